import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { filesContaining, filesUnder } from '../support/files';
import { CANARY, EDITORIAL_DIST, INTERVAL, SCHEDULED_MARKER, BEFORE, startEditorial, type Server } from '../support/editorial';

test.describe.configure({ mode: 'serial' });

let server: Server;
test.beforeAll(async () => {
  server = await startEditorial(3201, { NOW: BEFORE });
});
test.afterAll(async () => server?.stop());

/** Files under `dir` that contain the draft canary or the scheduled story's marker. */
const leaksUnder = (dir: string) => filesContaining(dir, [CANARY, SCHEDULED_MARKER]);

test('the draft canary and the scheduled story are in no file of the build output', () => {
  expect(filesUnder(EDITORIAL_DIST).length).toBeGreaterThan(50);
  expect([...leaksUnder(EDITORIAL_DIST), ...leaksUnder('public')]).toEqual([]);
});

test('no public response carries the draft canary', async ({ request }) => {
  const paths = [
    '/en',
    '/ar',
    '/en/tags',
    '/en/tags/kazakhstan',
    '/en/tags/csto',
    '/ar/tags/csto',
    '/en/news/published-story',
    '/ar/news/published-story',
    '/en/news/draft-story',
    '/ar/news/draft-story',
    '/en/news/scheduled-story',
    '/media/draft-story/cover.png',
    '/en/drafts',
    '/en/page/2',
  ];
  for (const p of paths) {
    const variants: Record<string, string>[] = [{}, { rsc: '1' }, { rsc: '1', 'next-router-prefetch': '1' }];
    for (const headers of variants) {
      const res = await request.get(server.url + p, { headers, maxRedirects: 0 });
      expect(res.status(), p).toBeLessThan(500);
      const body = await res.text();
      expect(body, `${p} ${JSON.stringify(headers)}`).not.toContain(CANARY);
      expect(body, p).not.toContain(SCHEDULED_MARKER);
    }
  }
  expect((await request.get(`${server.url}/en/news/draft-story`)).status()).toBe(404);
  expect((await request.get(`${server.url}/media/draft-story/cover.png`)).status()).toBe(404);
  expect((await request.get(`${server.url}/en/drafts`)).status()).toBe(404);
});

test("the browser search's index holds neither the draft nor the scheduled story", async ({ request }) => {
  for (const locale of ['ar', 'ru', 'en']) {
    const { version, stories } = (await (await request.get(`${server.url}/search-index/${locale}`)).json()) as {
      version: string;
      stories: number;
    };
    for (let n = 0; n <= stories; n++) {
      const res = await request.get(`${server.url}/search-index/${locale}/${version}/stories/${n}`);
      // One past the last is a 404.
      expect(res.status(), `${locale} ${n}`).toBe(n < stories ? 200 : 404);
      const body = await res.text();
      expect(body).not.toContain(CANARY);
      expect(body).not.toContain(SCHEDULED_MARKER);
      expect(body).not.toMatch(/"id":"(draft|scheduled)-story"/);
    }
  }
});

test("a draft's or a scheduled story's old address is 404, as if it did not exist; a published one's is 301", async ({ request }) => {
  const get = (p: string, headers: Record<string, string> = {}) => request.get(server.url + p, { maxRedirects: 0, headers });
  for (const p of [
    '/en/novosti/draft-story-2022-01-11-2',
    '/EN/NOVOSTI/DRAFT-STORY-2022-01-11-2',
    '/ar/novosti/draft-story-2022-01-11-2',
    '/en/old-draft',
    '/en/novosti/scheduled-story-2031-01-01-3',
    '/en/old-scheduled',
  ]) {
    for (const headers of [{}, { cookie: '__prerender_bypass=forged-0123456789abcdef' }] as Record<string, string>[]) {
      const res = await get(p, headers);
      expect([res.status(), res.headers()['location']], p).toEqual([404, undefined]);
      const body = await res.text();
      expect(body, p).not.toContain(CANARY);
      // The 404 page repeats the path asked for, but never where it would lead.
      expect(body, p).not.toMatch(/news\/(draft|scheduled)-story/);
    }
  }
  // With a trailing slash, the same answer as any unknown path: one 308 to the path without it.
  const slash = await get('/en/novosti/draft-story-2022-01-11-2/');
  expect([slash.status(), slash.headers()['location']]).toEqual([308, '/en/novosti/draft-story-2022-01-11-2']);
  const live = await get('/en/novosti/published-story-2022-01-10-1/');
  expect([live.status(), live.headers()['location']]).toEqual([301, '/en/news/published-story']);
});

test('the published story links to neither draft nor scheduled story', async ({ page }) => {
  await page.goto(`${server.url}/en/news/published-story`);
  await expect(page.locator('h1')).toHaveText('Published fixture story (en)');
  await expect(page.locator('a[href*="draft-story"], a[href*="scheduled-story"]')).toHaveCount(0);
  await page.goto(`${server.url}/en/tags`);
  // Tag counts leave the draft and the scheduled story out.
  await expect(page.locator('a[href="/en/tags/csto"]')).toContainText('no stories');
  await expect(page.locator('a[href="/en/tags/kazakhstan"]')).toContainText('1 story');
});

test('a forged Draft Mode cookie shows nothing unpublished', async ({ request }) => {
  const headers = { cookie: '__prerender_bypass=forged-0123456789abcdef' };
  const story = await request.get(`${server.url}/en/news/draft-story`, { headers });
  expect(story.status()).toBe(404);
  expect(await story.text()).not.toContain(CANARY);
  const home = await request.get(`${server.url}/en`, { headers });
  expect(home.status()).toBe(200);
  const body = await home.text();
  expect(body).not.toContain(CANARY);
  expect(body).not.toContain(SCHEDULED_MARKER);
  expect((await request.get(`${server.url}/en/drafts`, { headers })).status()).toBe(404);
});

test('nothing the server wrote while serving these requests holds the draft or the scheduled story', async ({ request }) => {
  // Runs last: by now the listings have been asked for more than PUBLISH_INTERVAL
  // after the build, so they were regenerated and written to this server's copy.
  await new Promise((r) => setTimeout(r, (INTERVAL + 1) * 1000));
  for (const p of ['/en', '/ar', '/en/tags', '/en/tags/csto']) await request.get(server.url + p);
  await expect
    .poll(
      () => filesUnder(server.distDir).filter((f) => (fs.statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0) > server.startedAt).length,
      {
        timeout: 10_000,
      },
    )
    .toBeGreaterThan(0);
  expect(leaksUnder(server.distDir)).toEqual([]);
});
