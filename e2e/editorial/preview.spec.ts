import { test, expect } from '@playwright/test';
import { CANARY, SECRET, BEFORE, startEditorial, type Server } from '../support/editorial';

test.describe.configure({ mode: 'serial' });

let server: Server;
test.beforeAll(async () => {
  server = await startEditorial(3202, { NOW: BEFORE, PREVIEW_SECRET: SECRET });
});
test.afterAll(async () => server?.stop());

const draftLink = (q: string) => `/api/draft?${q}`;

test('enable preview: banner and draft, listings mark it, then exit and the draft is 404 again', async ({ page, context }) => {
  const res = await page.goto(server.url + draftLink(`secret=${SECRET}&id=draft-story&locale=en`));
  expect(res?.status()).toBe(200);
  await expect(page).toHaveURL(`${server.url}/en/news/draft-story`);
  await expect(page.getByTestId('preview-banner')).toBeVisible();
  await expect(page.getByTestId('preview-banner')).toContainText('Preview');
  await expect(page.locator('h1')).toHaveText(`Draft headline ${CANARY} (en)`);
  await expect(page.locator('article header').getByTestId('status-badge')).toHaveText('Draft');
  expect(res?.headers()['cache-control']).toMatch(/private/);
  expect(res?.headers()['cache-control']).toMatch(/no-store/);
  expect(res?.headers()['x-robots-tag']).toBe('noindex');

  // Listings include drafts and scheduled stories, marked as such.
  await page.goto(`${server.url}/en`);
  const draftCard = page.locator('article', { has: page.locator('a[href="/en/news/draft-story"]') }).first();
  await expect(draftCard.getByTestId('status-badge')).toHaveText('Draft');
  const scheduledCard = page.locator('article', { has: page.locator('a[href="/en/news/scheduled-story"]') }).first();
  await expect(scheduledCard.getByTestId('status-badge')).toHaveText('Scheduled');

  // Arabic marks them in Arabic.
  await page.goto(`${server.url}/ar`);
  await expect(
    page
      .locator('article', { has: page.locator('a[href="/ar/news/draft-story"]') })
      .first()
      .getByTestId('status-badge'),
  ).toHaveText('مسودة');

  // The drafts list, with links to preview each.
  await page.goto(`${server.url}/en/drafts`);
  await expect(page.getByTestId('drafts').locator('a')).toHaveText([
    'Scheduled headline SCHEDULED-41d2b8 (en)',
    `Draft headline ${CANARY} (en)`,
  ]);

  // The draft's image is served in preview.
  const img = await page.request.get(`${server.url}/media/draft-story/cover.png`);
  expect(img.status()).toBe(200);

  // Exit is a POST that returns to the same page, where the draft is then 404.
  await page.goto(`${server.url}/en/news/draft-story`);
  await page.getByRole('button', { name: 'Exit preview' }).click();
  await expect(page).toHaveURL(`${server.url}/en/news/draft-story`);
  await expect(page.getByTestId('preview-banner')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText('Page not found');
  const after = await page.request.get(`${server.url}/en/news/draft-story`);
  expect(after.status()).toBe(404);
  expect((await context.cookies()).find((c) => c.name === '__prerender_bypass')?.value ?? '').toBe('');
});

test('a wrong, missing or repeated secret gets 401 and no cookie', async ({ request }) => {
  for (const q of [
    'secret=wrong&id=draft-story&locale=en',
    `secret=${SECRET}x&id=draft-story&locale=en`,
    'id=draft-story&locale=en',
    `secret=&id=draft-story&locale=en`,
    `secret=${SECRET}&secret=${SECRET}&id=draft-story&locale=en`,
    `secret=${SECRET}&secret=wrong&id=draft-story&locale=en`,
  ]) {
    const res = await request.get(server.url + draftLink(q), { maxRedirects: 0 });
    expect(res.status(), q).toBe(401);
    expect(res.headers()['set-cookie'], q).toBeUndefined();
    expect(res.headers()['referrer-policy']).toBe('no-referrer');
  }
});

test('an unknown id or locale gets 404 and no cookie', async ({ request }) => {
  for (const q of [
    `secret=${SECRET}&id=no-such-story&locale=en`,
    `secret=${SECRET}&id=draft-story&locale=fr`,
    `secret=${SECRET}&id=draft-story&locale=ru`,
    `secret=${SECRET}&id=draft-story`,
  ]) {
    const res = await request.get(server.url + draftLink(q), { maxRedirects: 0 });
    expect(res.status(), q).toBe(404);
    expect(res.headers()['set-cookie'], q).toBeUndefined();
  }
});

test('no open redirect: the target is always the story path built by the site', async ({ request }) => {
  const attempts = [
    `secret=${SECRET}&id=//evil.example&locale=en`,
    `secret=${SECRET}&id=https://evil.example&locale=en`,
    `secret=${SECRET}&id=/\\evil&locale=en`,
    `secret=${SECRET}&id=${encodeURIComponent('/\\evil.example')}&locale=en`,
    `secret=${SECRET}&id=draft-story&locale=en&redirect=//evil.example`,
    `secret=${SECRET}&id=draft-story&locale=en&slug=https://evil.example&next=/\\evil`,
    `secret=${SECRET}&id=draft-story&locale=//evil.example`,
  ];
  for (const q of attempts) {
    const res = await request.get(server.url + draftLink(q), { maxRedirects: 0 });
    const location = res.headers()['location'];
    if (res.status() === 307) {
      expect(location, q).toBe('/en/news/draft-story');
    } else {
      expect(res.status(), q).toBe(404);
      expect(location, q).toBeUndefined();
    }
    if (location) expect(new URL(location, server.url).origin).toBe(server.url);
  }
});

test('exit is not a GET', async ({ request }) => {
  const res = await request.get(`${server.url}/api/draft/disable`, { maxRedirects: 0 });
  expect(res.status()).toBe(405);
});

test('the preview cookie is SameSite=Lax, and another site cannot end a preview', async ({ request }) => {
  const on = await request.get(server.url + draftLink(`secret=${SECRET}&id=draft-story&locale=en`), { maxRedirects: 0 });
  expect(on.status()).toBe(307);
  const cookies = on.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('__prerender_bypass='));
  expect(cookies.length).toBe(1);
  expect(cookies[0]!.value).toMatch(/;\s*SameSite=Lax/i);
  expect(cookies[0]!.value).toMatch(/;\s*HttpOnly/i);

  const disable = (headers: Record<string, string>) => request.post(`${server.url}/api/draft/disable`, { headers, maxRedirects: 0 });
  for (const headers of [
    { origin: 'https://evil.example' },
    { origin: 'null' },
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'cross-site', origin: server.url },
  ] as Record<string, string>[]) {
    const res = await disable(headers);
    expect(res.status(), JSON.stringify(headers)).toBe(403);
    expect(res.headers()['set-cookie'], JSON.stringify(headers)).toBeUndefined();
  }
  for (const headers of [{ origin: server.url, 'sec-fetch-site': 'same-origin' }, {}] as Record<string, string>[]) {
    const res = await disable(headers);
    expect(res.status(), JSON.stringify(headers)).toBe(303);
    expect(res.headers()['set-cookie']).toMatch(/__prerender_bypass=;.*SameSite=Lax/i);
  }
});

test('without PREVIEW_SECRET, preview is off in production', async ({ request }) => {
  const off = await startEditorial(3203, { NOW: BEFORE, PREVIEW_SECRET: undefined });
  try {
    for (const q of [
      'secret=anything&id=draft-story&locale=en',
      'id=draft-story&locale=en',
      'secret=dev-preview&id=draft-story&locale=en',
    ]) {
      const res = await request.get(off.url + draftLink(q), { maxRedirects: 0 });
      expect(res.status(), q).toBe(404);
      expect(res.headers()['set-cookie']).toBeUndefined();
    }
  } finally {
    await off.stop();
  }
});
