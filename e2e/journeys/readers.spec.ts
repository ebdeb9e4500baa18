/**
 * What readers of a news site expect: share links, breadcrumbs, the web app
 * manifest, and a phone layout with a short header and 44 px targets.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { LOCALES, SEED, SEED_TITLE } from '../fixtures';
import ar from '../../messages/ar.json';
import ru from '../../messages/ru.json';
import en from '../../messages/en.json';

const messages = { ar, ru, en };

async function canonical(page: Page): Promise<string> {
  return (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
}

for (const locale of LOCALES) {
  test(`${locale}: share links carry the encoded canonical URL and title`, async ({ page }) => {
    await page.goto(`/${locale}/news/${SEED}`);
    const url = await canonical(page);
    const title = SEED_TITLE[locale];
    const u = encodeURIComponent(url);
    const t = encodeURIComponent(title);
    const expected: Record<string, string> = {
      telegram: `https://t.me/share/url?url=${u}&text=${t}`,
      whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
      x: `https://x.com/intent/post?url=${u}&text=${t}`,
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
      vk: `https://vk.com/share.php?url=${u}&title=${t}`,
      email: `mailto:?subject=${t}&body=${u}`,
    };
    const links = page.getByTestId('share').getByRole('link');
    const got = await links.evaluateAll((as) => as.map((a) => [a.getAttribute('data-service'), a.getAttribute('href'), a.textContent]));
    expect(Object.fromEntries(got.map(([s, href]) => [s, href]))).toEqual(expected);
    // Localized labels.
    expect(got.map(([s, , text]) => [s, text])).toEqual(
      Object.keys(expected).map((s) => [s, messages[locale].share[s as keyof typeof en.share]]),
    );
    // No third-party frame or script on the page.
    await expect(page.locator('iframe')).toHaveCount(0);
    for (const origin of await page
      .locator('script[src]')
      .evaluateAll((ss) => ss.map((s) => new URL((s as HTMLScriptElement).src).origin))) {
      expect(origin).toBe(new URL(page.url()).origin);
    }
  });

  test(`${locale}: "copy link" copies the canonical URL`, async ({ page, context, browserName }) => {
    test.skip(browserName !== 'chromium', 'clipboard permissions are Chromium-only');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${locale}/news/${SEED}`);
    const button = page.getByTestId('share').locator('button');
    await expect(button).toHaveText(messages[locale].share.copy);
    await button.click();
    await expect(button).toHaveText(messages[locale].share.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonical(page));
  });

  for (const [kind, path] of [
    ['story', `/${locale}/news/${SEED}`],
    ['tag', `/${locale}/tags/kazakhstan`],
  ] as const) {
    test(`${locale}: the ${kind} page's breadcrumbs equal its JSON-LD BreadcrumbList`, async ({ page }) => {
      await page.goto(path);
      const ld = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((ss) => ss.flatMap((s) => [JSON.parse(s.textContent!)].flat()).find((d) => d['@type'] === 'BreadcrumbList'));
      const nav = page.getByRole('navigation', { name: messages[locale].nav.breadcrumbs });
      const crumbs = await nav
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href, a.getAttribute('aria-current')]));
      expect(crumbs.map(([name, href]) => [name, new URL(href!).pathname])).toEqual(
        ld.itemListElement.map((i: { name: string; item: string }) => [i.name, new URL(i.item).pathname]),
      );
      expect(crumbs.map(([, , current]) => current)).toEqual([...crumbs.slice(1).map(() => null), 'page']);
      await expect(nav.locator('ol > li')).toHaveCount(crumbs.length);
    });
  }

  test(`${locale}: the web app manifest is in ${locale}, with its icons`, async ({ page, request }) => {
    await page.goto(`/${locale}`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`/${locale}/manifest.webmanifest`);
    const res = await request.get(href!);
    expect(res.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const m = await res.json();
    expect(m).toMatchObject({
      name: messages[locale].site.name,
      short_name: messages[locale].site.shortName,
      description: messages[locale].home.description,
      lang: locale,
      dir: locale === 'ar' ? 'rtl' : 'ltr',
      start_url: `/${locale}`,
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    const icons = m.icons as { src: string; sizes: string; type: string; purpose: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      const png = await request.get(icon.src);
      expect(png.headers()['content-type']).toBe('image/png');
      const body = await png.body();
      // The PNG's own width and height (IHDR) are what the manifest says.
      expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`).toBe(icon.sizes);
    }
  });
}

test('Chromium finds the portal installable in every locale', async ({ playwright, launchOptions, baseURL }, info) => {
  test.skip(info.project.name !== 'desktop', 'one browser profile, checked once');
  // A profile on disk: Playwright's usual contexts are incognito, where Chromium installs nothing.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-install-'));
  const context = await playwright.chromium.launchPersistentContext(dir, launchOptions);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    for (const locale of LOCALES) {
      await page.goto(`${baseURL}/${locale}`);
      await page.waitForLoadState('networkidle');
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors, locale).toEqual([]);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.url, locale).toBe(`${baseURL}/${locale}/manifest.webmanifest`);
      expect(manifest.errors, locale).toEqual([]);
    }
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const locale of LOCALES) {
    test(`${locale}: the header takes at most a fifth of the first screen`, async ({ page }) => {
      for (const path of [`/${locale}`, `/${locale}/news/${SEED}`, `/${locale}/no-such-page`]) {
        await page.goto(path);
        const box = await page.getByRole('banner').boundingBox();
        expect(box!.height, path).toBeLessThanOrEqual(148);
        // Search stays one tap away.
        await expect(page.getByRole('banner').getByRole('link', { name: messages[locale].search.title })).toBeVisible();
      }
    });

    test(`${locale}: every control in the header, footer and navigation is at least 44×44`, async ({ page }) => {
      for (const path of [`/${locale}/news/${SEED}`, `/${locale}/tags/kazakhstan`, `/${locale}`, `/${locale}/no-such-page`]) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const small = await page
          .locator(
            'header a, header button, footer a, footer button, nav a, nav button, [data-testid="share"] a, [data-testid="share"] button, article a[href*="/tags/"]',
          )
          .evaluateAll((els) =>
            els
              .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility === 'visible')
              .map((e) => ({ text: e.textContent!.trim(), box: e.getBoundingClientRect() }))
              .filter(({ box }) => box.width < 44 || box.height < 44)
              .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
          );
        expect(small, path).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      }
    });
  }
});

test('the printout names the site and the story address, and leaves the dark illustration out', async ({ page }) => {
  await page.goto(`/en/news/${SEED}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  const url = await canonical(page);
  await expect(page.locator('article header').getByText(url)).toBeVisible();
  await expect(page.locator('article header')).toContainText(en.site.name.replace('\u00a0', ' '));
  await expect(page.locator('article figure')).toBeHidden();
});
