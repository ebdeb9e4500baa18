import { test, expect } from '@playwright/test';
import { SEED } from './fixtures';

/**
 * Self-hosted faces are split by unicode-range, so each locale downloads only
 * the scripts it shows, and no locale preloads another's font.
 */
const expectations = {
  ar: { loads: /naskh/i, never: [/cyrillic/i] },
  ru: { loads: /cyrillic/i, never: [/naskh/i] },
  en: { loads: /latin/i, never: [/naskh/i, /cyrillic/i] },
} as const;

for (const [locale, e] of Object.entries(expectations)) {
  test(`${locale} pages load only the faces for their script`, async ({ page }) => {
    await page.goto(`/${locale}/news/${SEED}`);
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
    expect(loaded.some((f) => e.loads.test(f)), loaded.join(', ')).toBe(true);
    for (const never of e.never) expect(loaded.filter((f) => never.test(f)), loaded.join(', ')).toEqual([]);
    const preloads = await page.locator('link[rel="preload"][as="font"]').count();
    expect(preloads).toBe(0);
  });
}
