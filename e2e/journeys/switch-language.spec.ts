import { test, expect } from '@playwright/test';
import { SEED, SEED_TITLE, NO_ARABIC } from '../fixtures';

test('the language switcher leads to the same story and back', async ({ page }) => {
  await page.goto(`/ar/news/${SEED}`);
  const switcher = page.getByRole('navigation', { name: 'اللغة' });
  await switcher.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/news/${SEED}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('h1')).toHaveText(SEED_TITLE.ru);

  await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/news/${SEED}$`));
  await expect(page.locator('h1')).toHaveText(SEED_TITLE.en);

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/news/${SEED}$`));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText(SEED_TITLE.ar);
});

test('the switcher offers only the languages a story exists in, isolated with <bdi>', async ({ page }) => {
  await page.goto(`/ru/news/${NO_ARABIC}`);
  const switcher = page.getByRole('navigation', { name: 'Язык' });
  await expect(switcher.getByRole('link')).toHaveCount(1);
  await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('href', `/en/news/${NO_ARABIC}`);
  await expect(switcher.getByText('العربية')).toHaveCount(0);
  await expect(switcher.locator('bdi')).toHaveCount(2);
  // hreflang in <head> lists exactly the existing translations.
  const hreflangs = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('hreflang')).sort());
  expect(hreflangs).toEqual(['en', 'ru', 'x-default']);
});
