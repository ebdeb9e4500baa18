/**
 * Site search (Pagefind, built from the content layer by
 * scripts/build-search-index.ts after `next build`) against the shipped content.
 */
import { test, expect, type Page } from '@playwright/test';
import ar from '../messages/ar.json';
import ru from '../messages/ru.json';
import en from '../messages/en.json';
import { LOCALES, SEED, SEED_TITLE } from './fixtures';

const messages = { ar, ru, en } as const;
type L = (typeof LOCALES)[number];
/** A Russian story whose body has ё (партнёрскому, пройдёт, продлён, начнётся). */
const YO_STORY = 'russia-islamic-finance-experiment-law';

const status = (page: Page) => page.getByTestId('search-status');
const resultLinks = (page: Page) => page.getByTestId('search-results').locator('li h2 a');

/** Waits until the search has answered (results or the no-results line). */
async function settled(page: Page, locale: L) {
  const s = messages[locale].search;
  await expect(status(page)).not.toHaveText('');
  await expect(status(page)).not.toHaveText(s.loading);
  await expect(status(page)).not.toHaveText(s.error);
}

async function search(page: Page, locale: L, q: string) {
  await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
  await settled(page, locale);
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
    await expect(seed.locator('time')).toHaveText('١٠ يناير ٢٠٢٢');
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

test('searching again from the page updates the URL and the results without a reload; Back restores them', async ({ page }) => {
  await search(page, 'en', 'coup');
  const marker = await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
  const form = page.getByRole('main').locator('form');
  await form.getByRole('searchbox').fill('zxqvj');
  await form.getByRole('button', { name: en.search.submit }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=zxqvj$/);
  await expect(status(page)).toHaveText(en.search.noResults);
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(marker);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/search\?q=coup$/);
  await settled(page, 'en');
  expect(await hrefs(page)).toContain(`/en/news/${SEED}`);
});

test('search runs under the CSP (WebAssembly allowed, no violation)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused (CSP ${e.violatedDirective}): ${e.blockedURI}`));
  });
  await search(page, 'ru', 'Токаев');
  expect((await hrefs(page)).length).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test('without JavaScript the search page explains that search needs it, and the form still works', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/search?q=coup');
  // The note is shown (Playwright's text selectors skip <noscript>, so read its markup).
  const note = page.getByRole('main').locator('noscript p');
  await expect(note).toHaveCount(1);
  expect(await note.innerHTML()).toContain(ru.search.needsJs);
  const form = page.getByRole('main').locator('form');
  await expect(form).toHaveAttribute('method', 'get');
  await expect(form).toHaveAttribute('action', '/ru/search');
  await expect(form.getByRole('searchbox')).toHaveAttribute('name', 'q');
  await context.close();
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

test("the bundle route serves each locale's Pagefind bundle with its types and refuses anything else", async ({ request }) => {
  for (const locale of LOCALES) {
    const js = await request.get(`/pagefind/${locale}/pagefind.js`);
    expect(js.status()).toBe(200);
    expect(js.headers()['content-type']).toMatch(/^text\/javascript/);
    const entry = await request.get(`/pagefind/${locale}/pagefind-entry.json`);
    expect(entry.headers()['content-type']).toMatch(/^application\/json/);
    // A locale's bundle indexes that locale only.
    expect(Object.keys((await entry.json()).languages)).toEqual([locale]);
    const wasm = await request.get(`/pagefind/${locale}/wasm.${locale}.pagefind`);
    expect(wasm.status()).toBe(200);
    expect(wasm.headers()['cache-control']).toMatch(/max-age=\d+/);
    // The story's original text, from which excerpts are cut.
    const text = await request.get(`/pagefind/${locale}/text/${SEED}.txt`);
    expect(text.status()).toBe(200);
    expect(text.headers()['content-type']).toMatch(/^text\/plain; charset=utf-8/);
    expect(text.headers()['content-encoding']).toBe('gzip'); // compressed once on the wire
    const plain = await request.get(`/pagefind/${locale}/text/${SEED}.txt`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
    expect(await plain.text()).toBe(await text.text());
    expect((await text.text()).length).toBeGreaterThan(500);
  }
  for (const bad of [
    '/pagefind/pagefind.js',
    '/pagefind/fr/pagefind.js',
    '/pagefind/ar/pagefind-ui.js',
    '/pagefind/ar/index/nope.pf_index',
    '/pagefind/ar/%2e%2e/package.json',
    '/pagefind/ar/..%2f..%2fpackage.json',
    '/pagefind/..%2fpackage.json',
    '/pagefind/ar/index/..%2fpagefind.js',
    '/pagefind/ar/pagefind.js%00.js',
    '/pagefind/ar/a/b/c.js',
    '/pagefind/ar/.env.js',
    '/pagefind/ar/BUILD_ID.txt',
    `/pagefind/ar/${SEED}.txt`,
    '/pagefind/ar/text/pagefind.js',
    '/pagefind/ar/text/no-such-story.txt',
    '/pagefind/ar/text/..%2f..%2f..%2fBUILD_ID.txt',
  ]) {
    const res = await request.get(bad, { maxRedirects: 0 });
    expect(res.status(), bad).toBe(404);
  }
});
