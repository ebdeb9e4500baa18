import { test, expect } from '@playwright/test';
import { SEED, SEED_TITLE } from '../fixtures';

for (const tag of ['kazakhstan', 'csto'] as const) {
  test(`browse the ${tag} tag from the tags page`, async ({ page }) => {
    await page.goto('/ar/tags');
    await expect(page.locator('h1')).toHaveText('المواضيع');
    const link = page.locator(`main a[href="/ar/tags/${tag}"]`);
    await expect(link).toHaveCount(1);
    const countText = await link.getByTestId('tag-count').textContent();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/ar/tags/${tag}$`));
    const cards = page.locator('main article');
    const n = await cards.count();
    expect(n).toBeGreaterThan(1);
    // The count on the tags page matches the stories listed (all fit on one page).
    expect(countText).toContain(new Intl.NumberFormat('ar-u-nu-arab').format(n));
    await expect(page.locator('main').getByRole('link', { name: SEED_TITLE.ar })).toHaveAttribute('href', `/ar/news/${SEED}`);
    // Every card carries this tag.
    for (let i = 0; i < n; i++) {
      await expect(cards.nth(i).locator(`a[href="/ar/tags/${tag}"]`)).toHaveCount(1);
    }
  });
}

test('tag pages exist in Russian and English with localized labels', async ({ page }) => {
  await page.goto('/ru/tags/csto');
  await expect(page.locator('h1')).toHaveText('ОДКБ');
  await page.goto('/en/tags/kazakhstan');
  await expect(page.locator('h1')).toHaveText('Kazakhstan');
  await expect(page.locator('main').getByRole('link', { name: SEED_TITLE.en })).toBeVisible();
});

test('home lists stories newest first', async ({ page }) => {
  await page.goto('/en');
  const dates = await page.locator('main article time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
  expect(dates.length).toBeGreaterThan(5);
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
});
