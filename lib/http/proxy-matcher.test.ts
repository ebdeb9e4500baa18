/**
 * proxy.ts runs only outside the portal's own pages (so prerendered pages
 * stay fast), yet must see every path an old address can have. Its matcher
 * is a literal that names the locales and the sections of a locale; these
 * tests hold it to i18n/routing, lib/urls portalRouteOf() and app/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { routing } from '@/i18n/routing';
import { portalRouteOf } from '@/lib/urls';
import { config } from '@/proxy';

const runs = (url: string) => unstable_doesMiddlewareMatch({ config, url: `http://localhost${url}` });

/** A path under each of the portal's own addresses of a locale, from app/[locale]. */
function localeRoutes(locale: string): string[] {
  const dir = path.join(process.cwd(), 'app', '[locale]');
  const sections = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('['))
    .map((d) => d.name);
  assert.ok(sections.includes('news') && sections.includes('tags'));
  return [`/${locale}`, ...sections.flatMap((s) => [`/${locale}/${s}`, `/${locale}/${s}/some-id`, `/${locale}/${s}/some-id/feed.xml`])];
}

test('every page of the portal is one of its own addresses, and the proxy never runs on it', () => {
  for (const locale of routing.locales) {
    for (const p of localeRoutes(locale)) {
      assert.ok(portalRouteOf(p), `${p} should be a portal address`);
      assert.equal(runs(p), false, `proxy runs on ${p}`);
    }
  }
  const top = fs
    .readdirSync(path.join(process.cwd(), 'app'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('['))
    .map((d) => `/${d.name}`);
  const files = fs.readdirSync(path.join(process.cwd(), 'public')).map((f) => `/${f}`);
  for (const p of [...top, ...files, '/robots.txt', '/_next/static/chunks/x.js', '/media/some-id/cover.png']) {
    assert.ok(portalRouteOf(p), `${p} should be a portal address`);
    assert.equal(runs(p), false, `proxy runs on ${p}`);
  }
});

test('the proxy runs on every shape of old address, in any letter case, with or without a trailing slash', () => {
  const olds = [
    '/en/novosti/tokayev-riots-coup-attempt-2022-01-10-21457',
    '/ar/novosti/%D8%AA%D9%88%D9%83%D8%A7%D9%8A%D9%8A%D9%81',
    '/en/group-news/some-story',
    '/ar/mn-nhn/some-story',
    '/en/about-us',
    '/ar/novosti',
    '/en/news-archive/x',
    '/en/abouts',
    '/novosti/some-story',
    '/novosti/some-story.html',
    '/en/novosti/some-story.html',
    '/fr/news/x',
    '/ar-eg/news/x',
  ];
  for (const p of olds) {
    assert.equal(portalRouteOf(p), undefined, p);
    for (const v of [p, `${p}/`, p.toUpperCase(), `${p.toUpperCase()}/`]) {
      // Upper case turns a real section into an old-address shape (`/EN/NEWS/X`), which the proxy must see too.
      assert.equal(runs(v), true, `proxy does not run on ${v}`);
    }
  }
});

test('the proxy runs on a trailing slash anywhere (it gives the 308 Next would), and on the locale redirects', () => {
  for (const locale of routing.locales) {
    for (const p of localeRoutes(locale)) assert.equal(runs(`${p}/`), true, `${p}/`);
  }
  for (const p of ['/', '/news/some-id', '/tags']) assert.equal(runs(p), true, p);
});

test('the proxy runs on a search with a query (it rewrites it to the cached results page), and only then', () => {
  for (const locale of routing.locales) {
    assert.equal(runs(`/${locale}/search?q=x`), true, `${locale} search with a query`);
    assert.equal(runs(`/${locale}/search?q=x&page=2`), true);
    assert.equal(runs(`/${locale}/search`), false, `${locale} empty search form`);
    assert.equal(runs(`/${locale}/search/x/1`), false, `${locale} results page asked for by its own path`);
  }
  // Not a locale: the portal's own sections, which the proxy never touches.
  for (const p of ['/api/search?q=x', '/media/search?q=x', '/og/search?q=x']) assert.equal(runs(p), false, p);
});
