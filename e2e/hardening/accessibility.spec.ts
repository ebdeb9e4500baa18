import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LOCALES, NO_ARABIC, NO_ENGLISH, SEED } from '../fixtures';

const pages = (l: string) => [
  ['home', `/${l}`],
  ['story', `/${l}/news/${SEED}`],
  ['tags', `/${l}/tags`],
  ['tag', `/${l}/tags/kazakhstan`],
  ['404', `/${l}/no-such-page`],
  // A story not in this language (every locale but ru has one).
  ...(l === 'ru' ? [] : [['missing-translation 404', `/${l}/news/${l === 'ar' ? NO_ARABIC : NO_ENGLISH}`]]),
];

/** Elements each page must have, so that axe really checks them. */
const expected: Record<string, string[]> = {
  story: ['[data-testid="share"] a', '[data-testid="share"] button', 'main nav ol li', 'article time'],
  tag: ['main nav ol li', 'main a[type="application/rss+xml"]'],
  '404': ['header nav a[hreflang]'],
  'missing-translation 404': ['[data-testid="translations"] a'],
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const locale of LOCALES) {
      for (const [name, path] of pages(locale)) {
        test(`${name} in ${locale} has no violations`, async ({ page }) => {
          await page.goto(path!);
          await page.waitForLoadState('networkidle');
          for (const selector of expected[name!] ?? []) expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
          await expect(page.getByRole('contentinfo').locator('a[type="application/rss+xml"]')).toHaveCount(1);
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
    }
  });
}

test('the skip link moves focus to the main content', async ({ page, browserName }) => {
  test.skip(browserName !== 'chromium');
  await page.goto(`/en/news/${SEED}`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main#main')).toBeFocused();
});
