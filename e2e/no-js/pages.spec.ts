/**
 * Every page type and every kind of 404, with JavaScript off: what a reader
 * without scripts, or a crawler, gets from the server HTML alone.
 */
import { test, expect, type Page } from '@playwright/test';
import { LOCALES, NO_ARABIC, NO_ENGLISH, SEED, SEED_TITLE } from '../fixtures';
import ar from '../../messages/ar.json';
import ru from '../../messages/ru.json';
import en from '../../messages/en.json';

const messages = { ar, ru, en };
type L = (typeof LOCALES)[number];
const dir = (l: L) => (l === 'ar' ? 'rtl' : 'ltr');

/** The document, the full header with its language links, a footer, one h1 and a title. */
async function complete(page: Page, locale: L) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('dir', dir(locale));
  await expect(page.locator('html')).not.toHaveAttribute('id', '__next_error__');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('navigation', { name: messages[locale].nav.label }).getByRole('link')).toHaveCount(3);
  await expect(banner.getByRole('link', { name: messages[locale].search.title })).toHaveAttribute('href', `/${locale}/search`);
  expect(await banner.getByRole('navigation', { name: messages[locale].nav.languages }).getByRole('link').count()).toBeGreaterThan(0);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: messages[locale].footer.feeds })).toHaveAttribute(
    'href',
    `/${locale}/feed.xml`,
  );
  await expect(page.locator('h1')).toHaveCount(1);
  expect((await page.title()).length).toBeGreaterThan(0);
}

for (const locale of LOCALES) {
  const m = messages[locale];
  test.describe(`${locale} without JavaScript`, () => {
    for (const [name, path] of [
      ['home', `/${locale}`],
      ['tags', `/${locale}/tags`],
      ['tag', `/${locale}/tags/kazakhstan`],
      ['about', `/${locale}/about`],
      ['search', `/${locale}/search`],
    ] as const) {
      test(`${name} page is complete`, async ({ page }) => {
        const res = await page.goto(path);
        expect(res?.status()).toBe(200);
        await complete(page, locale);
      });
    }

    test('story page is complete: text, breadcrumbs, share links', async ({ page }) => {
      const res = await page.goto(`/${locale}/news/${SEED}`);
      expect(res?.status()).toBe(200);
      await complete(page, locale);
      await expect(page.locator('h1')).toHaveText(SEED_TITLE[locale]);
      await expect(page.locator('article .prose p').first()).not.toBeEmpty();
      await expect(page.getByRole('navigation', { name: m.nav.breadcrumbs }).getByRole('listitem')).toHaveCount(3);
      await expect(page.getByTestId('share').getByRole('link')).toHaveCount(6);
    });

    const notFound: [string, string][] = [
      ['an unknown story', `/${locale}/news/no-such-story`],
      ['an unknown tag', `/${locale}/tags/no-such-tag`],
      ['a tag page beyond the last', `/${locale}/tags/kazakhstan/page/99`],
      ['a home page beyond the last', `/${locale}/page/99`],
      ['page 1 under /page', `/${locale}/page/1`],
      ['a malformed page number', `/${locale}/page/x`],
      ['an unknown path', `/${locale}/no/such/page`],
      ['the drafts list outside preview', `/${locale}/drafts`],
    ];
    for (const [kind, path] of notFound) {
      test(`404 for ${kind} is complete`, async ({ page }) => {
        const res = await page.goto(path);
        expect(res?.status()).toBe(404);
        await complete(page, locale);
        await expect(page.locator('h1')).toHaveText(m.notFound.title);
        await expect(page).toHaveTitle(new RegExp(`^${m.notFound.title}`));
        await expect(page.getByRole('main').getByRole('link', { name: m.notFound.home })).toHaveAttribute('href', `/${locale}`);
      });
    }
  });
}

for (const [path, locale, links] of [
  [`/ar/news/${NO_ARABIC}`, 'ar', ['ru', 'en']],
  [`/en/news/${NO_ENGLISH}`, 'en', ['ar', 'ru']],
] as const) {
  test(`404 for a story missing in ${locale} links to its translations in the HTML`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await complete(page, locale);
    await expect(page.locator('h1')).toHaveText(messages[locale].missing.title);
    const id = path.split('/').pop();
    expect(
      await page
        .getByTestId('translations')
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(links.map((l) => `/${l}/news/${id}`));
  });
}

for (const path of ['/fr', '/fr/news/x', '/fr/search?q=x', '/AR', '/AR/tags', '/ar-EG']) {
  test(`404 for an unknown locale (${path}) is the default locale's, complete`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await complete(page, 'ar');
    await expect(page.locator('h1')).toHaveText(ar.notFound.title);
    await expect(page).toHaveTitle(new RegExp(`^${ar.notFound.title}`));
  });
}
