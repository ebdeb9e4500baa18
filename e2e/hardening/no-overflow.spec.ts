import { test, expect } from '@playwright/test';
import { LOCALES, SEED, NO_ARABIC } from '../fixtures';

for (const width of [360, 768, 1440]) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const locale of LOCALES) {
      test(`no horizontal scroll in ${locale}`, async ({ page }) => {
        for (const path of [
          `/${locale}`,
          `/${locale}/news/${SEED}`,
          `/${locale}/tags`,
          `/${locale}/tags/csto`,
          `/${locale}/about`,
          `/${locale}/news/${NO_ARABIC}`,
        ]) {
          await page.goto(path);
          const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          expect(scroll, `${path} overflows`).toBeLessThanOrEqual(client);
        }
      });
    }
  });
}
