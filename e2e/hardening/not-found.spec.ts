import { test, expect } from '@playwright/test';
import { SEED } from '../fixtures';

const cases: [string, RegExp][] = [
  ['/fr', /الصفحة غير موجودة/],
  ['/fr/news/x', /الصفحة غير موجودة/],
  ['/AR', /الصفحة غير موجودة/],
  ['/ar-EG', /الصفحة غير موجودة/],
  ['/ar/news/no-such-story', /الصفحة غير موجودة/],
  ['/ru/news/no-such-story', /Страница не найдена/],
  ['/en/tags/no-such-tag', /Page not found/],
  ['/en/tags/kazakhstan/page/99', /Page not found/],
  ['/ru/page/99', /Страница не найдена/],
  ['/ar/page/1', /الصفحة غير موجودة/],
  ['/en/no/such/path', /Page not found/],
];

for (const [path, heading] of cases) {
  test(`${path} is a localized 404`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(page.locator('h1')).toHaveCount(1);
  });
}

test('/ redirects by Accept-Language, falling back to Arabic', async ({ request }) => {
  const cases: [string | undefined, string][] = [
    ['ru-RU,ru;q=0.9,en;q=0.8', '/ru'],
    ['en-US,en;q=0.9', '/en'],
    ['ar-EG', '/ar'],
    ['fr-FR,fr;q=0.9', '/ar'],
    ['de, en;q=0.5', '/en'],
    [undefined, '/ar'],
  ];
  for (const [lang, target] of cases) {
    const res = await request.get('/', { maxRedirects: 0, headers: lang ? { 'accept-language': lang } : {} });
    expect([307, 308]).toContain(res.status());
    expect(new URL(res.headers()['location']!, 'http://x').pathname).toBe(target);
    expect(res.headers()['set-cookie']).toBeUndefined();
    // The answer depends on the language: a shared cache must keep one per language.
    expect(res.headers()['vary'] ?? '', String(lang)).toMatch(/(^|,\s*)accept-language(\s*,|$)/i);
  }
});

test('a path without a locale redirects to the detected locale', async ({ request }) => {
  const res = await request.get(`/news/${SEED}`, { maxRedirects: 0, headers: { 'accept-language': 'en' } });
  expect([307, 308]).toContain(res.status());
  expect(new URL(res.headers()['location']!, 'http://x').pathname).toBe(`/en/news/${SEED}`);
  expect(res.headers()['vary'] ?? '').toMatch(/accept-language/i);
});

test('a trailing slash redirects permanently to the canonical form', async ({ request }) => {
  const res = await request.get('/ar/tags/', { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()['location']).toMatch(/\/ar\/tags$/);
});
