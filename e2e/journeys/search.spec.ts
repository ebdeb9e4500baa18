/**
 * Site search (found and rendered on the server, lib/search) against the
 * shipped content, with JavaScript on and off.
 */
import { test, expect, type Page } from '@playwright/test';
import ar from '../../messages/ar.json';
import ru from '../../messages/ru.json';
import en from '../../messages/en.json';
import { LOCALES, SEED, SEED_TITLE } from '../fixtures';

const messages = { ar, ru, en } as const;
type L = (typeof LOCALES)[number];
/** A Russian story whose body has ё (партнёрскому, пройдёт, продлён, начнётся). */
const YO_STORY = 'russia-islamic-finance-experiment-law';

const status = (page: Page) => page.getByTestId('search-status');
const resultLinks = (page: Page) => page.getByTestId('search-results').locator('li h2 a');

/** The server sends the answer (results or the no-results line) with the page. */
async function settled(page: Page) {
  await expect(status(page)).not.toHaveText('');
}

async function search(page: Page, locale: L, q: string) {
  await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
  await settled(page);
}

async function hrefs(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
}

for (const q of ['اعمال الشغب', 'أعمالُ الشغب']) {
  test(`ar: "${q}" finds the seed story, with the query's words marked in the excerpt`, async ({ page }) => {
    await search(page, 'ar', q);
    const seed = page.getByTestId('search-results').locator('li').filter({ hasText: SEED_TITLE.ar });
    await expect(seed.locator('h2 a')).toHaveAttribute('href', `/ar/news/${SEED}`);
    // The best result first.
    await expect(resultLinks(page).first()).toHaveAttribute('href', `/ar/news/${SEED}`);
    // The excerpt is the original text (hamza kept), the matches marked.
    const marks = await seed.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks).toContain('أعمال');
    await expect(seed.locator('time')).toHaveText(/^١٠ يناير ٢٠٢٢/);
    // Input prefilled with the query.
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(q);
    // The count line is localized (Arabic-Indic digits or a word form).
    await expect(status(page)).not.toHaveText(/[0-9]/);
  });
}

test('ru: a query written with е finds the story written with ё, and marks the ё word', async ({ page }) => {
  await search(page, 'ru', 'партнерскому');
  await expect(resultLinks(page).first()).toHaveAttribute('href', `/ru/news/${YO_STORY}`);
  const item = page.getByTestId('search-results').locator('li').first();
  await expect(item.locator('mark').first()).toHaveText(/^[Пп]артнёрск/);
  await expect(status(page)).toHaveText(/^\d+ результат/);
});

test('en: "coup" finds the seed story', async ({ page }) => {
  await search(page, 'en', 'coup');
  expect(await hrefs(page)).toContain(`/en/news/${SEED}`);
  const item = page.getByTestId('search-results').locator('li').filter({ hasText: SEED_TITLE.en });
  await expect(item.locator('mark').first()).toHaveText(/^coup/i);
  await expect(status(page)).toHaveText(/^\d+ results?$/);
});

test('an Arabic search only ever returns Arabic stories', async ({ page }) => {
  for (const q of ['كازاخستان', 'توكاييف', 'coup', 'Kazakhstan', 'Казахстан']) {
    await search(page, 'ar', q);
    for (const href of await hrefs(page)) expect(href, q).toMatch(/^\/ar\/news\//);
  }
  // A common word: many results, all Arabic.
  await search(page, 'ar', 'كازاخستان');
  expect((await hrefs(page)).length).toBeGreaterThan(3);
});

for (const locale of LOCALES) {
  test(`${locale}: a nonsense query shows the localized no-results message`, async ({ page }) => {
    await search(page, locale, 'zxqvj qqxzv');
    await expect(status(page)).toHaveText(messages[locale].search.noResults);
    await expect(resultLinks(page)).toHaveCount(0);
  });

  test(`${locale}: the header's search is one link to /${locale}/search, not a second search box`, async ({ page }) => {
    await page.goto(`/${locale}/tags`);
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('searchbox')).toHaveCount(0);
    await banner.getByRole('link', { name: messages[locale].search.title }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/${locale}/search`);
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`results come in the server's HTML (JavaScript ${javaScriptEnabled ? 'on' : 'off'}), with the query kept in the form and pages`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`/ar/search?q=${encodeURIComponent('كازاخستان')}`);
    expect((await hrefs(page)).length).toBeGreaterThan(3);
    for (const href of await hrefs(page)) expect(href).toMatch(/^\/ar\/news\//);
    // One search box on the page, which submits again with a plain GET.
    const form = page.getByRole('main').getByRole('search');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(form).toHaveAttribute('action', '/ar/search');
    await form.getByRole('searchbox').fill('zxqvj');
    await form.getByRole('button', { name: ar.search.submit }).click();
    await expect(page).toHaveURL(/\/ar\/search\?q=zxqvj$/);
    await expect(status(page)).toHaveText(ar.search.noResults);
    await context.close();
  });
}

test('the raw HTML holds the results, marked excerpts and dates: no script needed', async ({ request }) => {
  const res = await request.get(`/en/search?q=coup`);
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain(`href="/en/news/${SEED}"`);
  expect(html).toMatch(/<mark[^>]*>[Cc]oup/);
  expect(html).toContain('data-testid="search-status"');
});

test('the search page: canonical without the query, noindex on result pages', async ({ request, page }) => {
  const bare = await request.get('/en/search');
  expect(bare.headers()['x-robots-tag']).toBeUndefined();
  const withQ = await request.get('/en/search?q=coup');
  expect(withQ.status()).toBe(200);
  expect(withQ.headers()['x-robots-tag']).toMatch(/noindex/);
  await page.goto('/en/search?q=coup');
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', /\/en\/search$/);
  await expect(page).toHaveTitle(new RegExp(`^${en.search.title} \\|`));
});

test('the old client-side search bundle is gone', async ({ request }) => {
  for (const path of ['/pagefind/ar/pagefind.js', `/pagefind/en/text/${SEED}.txt`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('switching language on a results page keeps the query, with JavaScript off too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/ar/search?q=${encodeURIComponent('Kazakhstan')}`);
  await page.getByRole('banner').locator('a[hreflang="en"]').click();
  await expect(page).toHaveURL((url) => url.pathname === '/en/search' && url.searchParams.get('q') === 'Kazakhstan');
  expect((await hrefs(page)).length).toBeGreaterThan(0);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('Kazakhstan');
  await context.close();
});

/** What the page shows as results, without React's text separators (the server's HTML has them, a browser render not). */
const shown = (page: Page) => page.getByTestId('search-answer').evaluate((e) => e.innerHTML.replaceAll('<!-- -->', ''));

/**
 * Sends a query from the page's form as a reader does, and waits for its
 * answer. Returns the requests the page made meanwhile.
 */
async function ask(page: Page, q: string): Promise<string[]> {
  const asked: string[] = [];
  const onRequest = (r: { url: () => string; resourceType: () => string }) => asked.push(`${r.resourceType()} ${r.url()}`);
  page.on('request', onRequest);
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill(q);
  await box.press('Enter');
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === q);
  await expect(page.getByTestId('search-answer')).toHaveAttribute('aria-busy', 'false');
  page.off('request', onRequest);
  return asked;
}

/** The same address, rendered by the server for a reader without JavaScript. */
async function serverAnswer(browser: import('@playwright/test').Browser, url: string): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const html = await shown(page);
  await context.close();
  return html;
}

test('with JavaScript the browser searches: no page is rendered for a query, and it shows what the server would', async ({
  page,
  browser,
}) => {
  await page.goto('/ar/search');
  // "في" (in): in 12 of the shipped Arabic stories, two pages.
  const asked = await ask(page, 'في');
  // No document, no RSC payload, nothing of the search page: the server renders nothing for a query.
  expect(asked.filter((r) => r.startsWith('document') || /[?&]_rsc=/.test(r) || /\/ar\/search/.test(r))).toEqual([]);
  expect(asked.some((r) => /\/search-index\/ar\/[^/]+\/terms\?t=/.test(r))).toBe(true);
  expect(await shown(page)).toBe(await serverAnswer(browser, page.url()));
  expect((await hrefs(page)).length).toBe(10);

  // The next page of results, in the browser too.
  const next = page.getByRole('navigation', { name: ar.pagination.label }).locator('a[rel="next"]');
  const before = await hrefs(page);
  await next.click();
  await expect(page).toHaveURL((url) => url.searchParams.get('page') === '2');
  await expect(page.getByTestId('search-answer')).toHaveAttribute('aria-busy', 'false');
  expect(await hrefs(page)).not.toEqual(before);
  expect(await shown(page)).toBe(await serverAnswer(browser, page.url()));

  // Back and forward walk the queries and pages.
  await page.goBack();
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'في' && !url.searchParams.has('page'));
  await expect.poll(() => hrefs(page)).toEqual(before);
  await page.goBack();
  await expect(page).toHaveURL((url) => url.pathname === '/ar/search' && url.search === '');
  await expect(resultLinks(page)).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('');
});

test('with JavaScript, another language keeps the query and searches it in the browser as well', async ({ page }) => {
  await page.goto('/ar/search');
  await ask(page, 'Kazakhstan');
  const documents: string[] = [];
  page.on('request', (r) => void (r.resourceType() === 'document' && documents.push(new URL(r.url()).pathname + new URL(r.url()).search)));
  await page.getByRole('banner').locator('a[hreflang="en"]').click();
  await expect(page).toHaveURL((url) => url.pathname === '/en/search' && url.searchParams.get('q') === 'Kazakhstan' && url.hash === '');
  await expect(page.getByTestId('search-answer')).toHaveAttribute('aria-busy', 'false');
  expect((await hrefs(page)).length).toBeGreaterThan(0);
  for (const href of await hrefs(page)) expect(href).toMatch(/^\/en\/news\//);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('Kazakhstan');
  // The page came without the query: the server rendered no results for it.
  expect(documents).toEqual(['/en/search']);
});

test('the browser search index: a version per content, kept for good; an old or made-up one is a 404; never indexed', async ({
  request,
}) => {
  const manifest = await request.get('/search-index/en');
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()['cache-control']).toBe('no-cache');
  expect(manifest.headers()['x-robots-tag']).toBe('noindex');
  const { version, stories } = (await manifest.json()) as { version: string; stories: number };
  expect((await request.get('/search-index/en', { headers: { 'If-None-Match': manifest.headers()['etag']! } })).status()).toBe(304);
  const term = await request.get(`/search-index/en/${version}/terms?t=coup`);
  expect(term.status()).toBe(200);
  expect(term.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const story = await request.get(`/search-index/en/${version}/stories/0`);
  expect(story.headers()['cache-control']).toBe('private, max-age=31536000, immutable');
  expect(Object.keys(await story.json()).sort()).toEqual(['date', 'dateText', 'id', 'text', 'title']);
  for (const path of [
    `/search-index/en/${version}/stories/${stories}`,
    `/search-index/en/not-a-version/terms?t=coup`,
    `/search-index/en/${version}/terms`,
    '/search-index/fr',
    `/search-index/en/${version}/stories/-1`,
    `/search-index/en/${version}/stories/..%2F..%2Fetc`,
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /search-index/');
});
