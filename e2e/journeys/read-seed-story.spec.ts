import { test, expect } from '@playwright/test';
import { SEED, SEED_TITLE } from '../fixtures';

test.describe('reading the seed story in Arabic', () => {
  test('is right-to-left, with its title, date, credit, source and tags', async ({ page }) => {
    const res = await page.goto(`/ar/news/${SEED}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(SEED_TITLE.ar);
    await expect(page).toHaveTitle(new RegExp(`^${SEED_TITLE.ar}`));

    const date = page.locator('article header time').first();
    // The date, and the time of day in Moscow time, in Arabic-Indic digits.
    await expect(date).toHaveText('١٠ يناير ٢٠٢٢، ١٤:٠٠ بتوقيت موسكو');
    await expect(date).toHaveAttribute('datetime', '2022-01-10T14:00:00+03:00');

    const figure = page.locator('article figure');
    await expect(figure.locator('img')).toHaveAttribute('alt', /.+/);
    // The credit line is the data's own, label included, shown once.
    await expect(figure.locator('figcaption')).toHaveText('رسم توضيحي: مجموعة الرؤية الاستراتيجية «روسيا\u00a0– العالم الإسلامي»');

    await expect(page.getByText('المصدر:')).toBeVisible();
    await expect(page.locator('article footer')).toContainText('تاس');

    // The body is the seed's text.
    await expect(page.locator('article .prose')).toContainText('أعمال الشغب في كازاخستان كانت محاولة انقلاب');
    // Reading time uses the ICU plural form.
    await expect(page.locator('article header')).toContainText('للقراءة');

    const tags = page.locator('article footer').getByRole('link', { name: 'كازاخستان', exact: true });
    await expect(tags).toHaveAttribute('href', '/ar/tags/kazakhstan');
    await expect(page.locator('article footer').getByRole('link', { name: 'منظمة معاهدة الأمن الجماعي' })).toHaveAttribute(
      'href',
      '/ar/tags/csto',
    );

    // The article body's text runs right to left in the browser's own layout.
    const direction = await page
      .locator('article .prose p')
      .first()
      .evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe('rtl');
  });

  test('dates in Russian and English use their own forms', async ({ page }) => {
    await page.goto(`/ru/news/${SEED}`);
    await expect(page.locator('article header time').first()).toHaveText('10 января 2022 г., 14:00 мск');
    await expect(page.getByText('Источник:')).toBeVisible();
    await expect(page.locator('article figcaption')).toHaveText('Графика: Группа стратегического видения «Россия\u00a0– исламский мир»');
    await page.goto(`/en/news/${SEED}`);
    await expect(page.locator('article header time').first()).toHaveText('10 January 2022, 14:00 Moscow time');
    await expect(page.getByText('Source:')).toBeVisible();
    await expect(page.locator('article figcaption')).toHaveText('Graphic: Group of Strategic Vision “Russia\u00a0– Islamic World”');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });
});
