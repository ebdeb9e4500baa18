import { test, expect } from '@playwright/test';
import { LOCALES, SEED, NO_ARABIC } from '../fixtures';

const pageTypes = (l: string) => [
  `/${l}`,
  `/${l}/news/${SEED}`,
  `/${l}/tags`,
  `/${l}/tags/csto`,
  `/${l}/about`,
  `/${l}/no-such-page`,
  `/${l}/page/2`,
  `/${l}/search?q=${encodeURIComponent(l === 'en' ? 'coup' : l === 'ru' ? 'Казахстан' : 'كازاخستان')}`,
];

test('every response carries the security headers, and no X-Powered-By', async ({ request }) => {
  for (const path of [
    ...pageTypes('ar'),
    '/fr',
    '/sitemap.xml',
    '/robots.txt',
    '/ar/feed.xml',
    `/media/${SEED}/cover.png`,
    `/og/en/${SEED}.png`,
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    const csp = h['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "style-src 'self'",
    ]) {
      expect(csp, `${path}: ${directive}`).toContain(directive);
    }
    // No eval, and no WebAssembly either: site search runs on the server.
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'wasm-unsafe-eval'");
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\).*browsing-topics=\(\)/);
    expect(h['x-frame-options'], path).toBe('DENY');
    expect(h['x-powered-by'], path).toBeUndefined();
    // SITE_URL is http in this build: no HSTS (it would be wrong on plain http).
    expect(h['strict-transport-security'], path).toBeUndefined();
  }
});

test('cacheable pages and the locale redirect set no cookie', async ({ request }) => {
  for (const path of [...pageTypes('en'), `/ru/news/${NO_ARABIC}`]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()['set-cookie'], path).toBeUndefined();
  }
  const redirect = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'ru' } });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()['set-cookie']).toBeUndefined();
  const story = await request.get(`/en/news/${SEED}`);
  expect(story.headers()['cache-control']).toMatch(/s-maxage=\d+/);
});

test('the preview endpoint sends no Referer onwards', async ({ request }) => {
  const res = await request.get('/api/draft?secret=x&id=y&locale=en', { maxRedirects: 0 });
  expect(res.headers()['referrer-policy']).toBe('no-referrer');
});

for (const locale of LOCALES) {
  test(`no CSP violation on any page type in ${locale}`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI}`);
      });
    });
    for (const path of pageTypes(locale)) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Images load through the optimizer and fonts from the site itself.
      await page.evaluate(() => document.fonts.ready);
    }
    expect(violations).toEqual([]);
  });
}
