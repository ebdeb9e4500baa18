import { test, expect } from '@playwright/test';
import sharp from 'sharp';
import { SEED } from '../fixtures';

async function card(request: import('@playwright/test').APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  const body = await res.body();
  const meta = await sharp(body).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  const { data } = await sharp(body).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { body, data, stats: await sharp(body).stats() };
}

test('every story page points og:image and twitter:image at its own 1200×630 PNG card', async ({ page, request }) => {
  for (const locale of ['ar', 'ru', 'en']) {
    await page.goto(`/${locale}/news/${SEED}`);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    const tw = await page.locator('meta[name="twitter:image"]').getAttribute('content');
    expect(og).toBe(tw);
    expect(new URL(og!).pathname).toBe(`/og/${locale}/${SEED}.png`);
    await card(request, new URL(og!).pathname);
  }
});

test('Arabic and Latin headlines give different, non-blank cards', async ({ request }) => {
  const ar = await card(request, `/og/ar/${SEED}.png`);
  const en = await card(request, `/og/en/${SEED}.png`);
  const ru = await card(request, `/og/ru/${SEED}.png`);
  // Non-blank: the text makes the luminance vary well beyond the smooth background.
  for (const c of [ar, en, ru]) expect(Math.max(...c.stats.channels.map((ch) => ch.stdev))).toBeGreaterThan(12);
  // Different pictures, not just different bytes.
  const differing = (a: Buffer, b: Buffer) => {
    let n = 0;
    for (let i = 0; i < a.length; i += 3) if (Math.abs(a[i]! - b[i]!) > 40) n++;
    return n / (a.length / 3);
  };
  expect(differing(ar.data, en.data)).toBeGreaterThan(0.01);
  expect(differing(ru.data, en.data)).toBeGreaterThan(0.01);
});

test('no card for unknown or unpublished stories', async ({ request }) => {
  expect((await request.get('/og/ar/no-such-story.png')).status()).toBe(404);
  expect((await request.get('/og/fr/x.png')).status()).toBe(404);
  expect((await request.get(`/og/ar/${SEED}.jpg`)).status()).toBe(404);
});
