import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LOCALES, SEED } from './fixtures';

const pages = (l: string) => [
  ['home', `/${l}`],
  ['story', `/${l}/news/${SEED}`],
  ['tags', `/${l}/tags`],
  ['tag', `/${l}/tags/kazakhstan`],
  ['404', `/${l}/no-such-page`],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const locale of LOCALES) {
      for (const [name, path] of pages(locale)) {
        test(`${name} in ${locale} has no violations`, async ({ page }) => {
          await page.goto(path!);
          await page.waitForLoadState('networkidle');
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
