import { test, expect } from '@playwright/test';
import { NO_ARABIC, NO_ENGLISH } from '../fixtures';

test('a story missing in Arabic answers 404 and links to its translations', async ({ page }) => {
  const res = await page.goto(`/ar/news/${NO_ARABIC}`);
  expect(res?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('هذا الخبر غير متوفر باللغة العربية');
  const links = page.getByTestId('translations').getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute('href', `/ru/news/${NO_ARABIC}`);
  await expect(links.nth(1)).toHaveAttribute('href', `/en/news/${NO_ARABIC}`);
  await links.nth(1).click();
  await expect(page).toHaveURL(new RegExp(`/en/news/${NO_ARABIC}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).not.toHaveText(/not available/);
});

test('a story missing in English says so in English', async ({ page }) => {
  const res = await page.goto(`/en/news/${NO_ENGLISH}`);
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('This story is not available in English');
  await expect(page.getByTestId('translations').getByRole('link')).toHaveText(['العربية', 'Русский']);
  // The server's robots meta, and after hydration Next's not-found boundary adds its own: all say noindex.
  const robots = await page.locator('meta[name="robots"]').evaluateAll((ms) => ms.map((m) => m.getAttribute('content')));
  expect(robots.length).toBeGreaterThan(0);
  for (const content of robots) expect(content).toMatch(/noindex/);
});
