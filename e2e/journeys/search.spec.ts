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
