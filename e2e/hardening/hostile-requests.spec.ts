import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { SEED } from '../fixtures';
import { raw } from '../support/raw-http';
import ar from '../../messages/ar.json';
import ru from '../../messages/ru.json';
import en from '../../messages/en.json';
import { distDir } from '../../lib/config';

const NOT_FOUND_TITLE = { ar: ar.notFound.title, ru: ru.notFound.title, en: en.notFound.title };

test('hostile paths are 404 (or 400), never 5xx', async ({ baseURL }) => {
  const cases: [string, number[]][] = [
    ['/fr', [404]],
    ['/AR', [404]],
    ['/ar-EG', [404]],
    ['/ar/news/..%2F..%2Fetc%2Fpasswd', [404]],
    ['/ar/news/%2e%2e%2f%2e%2e%2fetc%2fpasswd', [404]],
    ['/ar/news/%2e%2e%5c%2e%2e%5cetc%5cpasswd', [404]],
    ['/ar/news/x%2e%2e', [404]],
    ['/ar/news/%00', [404]],
    ['/ar/news/a%00b', [404]],
    ['/ar/news/%E0%A4%A', [400, 404]],
    ['/media/..%2F..%2Fpackage.json/x.png', [404]],
    ['/media/' + SEED + '/..%2F..%2F..%2Fpackage.json', [404]],
  ];
  for (const [path, ok] of cases) {
    const res = await raw(baseURL!, 'GET', path);
    expect(ok, `${path} → ${res.status}`).toContain(res.status);
    expect(res.body).not.toContain('"name": "rusislam-portal"');
    expect(res.body).not.toContain('root:x:0:0');
  }
  expect((await raw(baseURL!, 'GET', '/ar')).status).toBe(200);
});

test('backslashes and bare dot segments get the localized 404 page, not a redirect', async ({ baseURL }) => {
  // Next's router would answer these with a 308 to the cleaned path before any
  // app code runs; lib/http/request-guard (installed by instrumentation.ts) turns
  // them into the 404 page of the locale they start with.
  for (const [path, lang] of [
    ['/ar/news/%2e%2e', 'ar'],
    ['/ar/news/%2e%2e/%2e%2e/etc/passwd', 'ar'],
    ['/ru/news/../../../etc/passwd', 'ru'],
    ['/en/%2E%2E/%2E%2E/package.json', 'en'],
    ['/en/news/.', 'en'],
    ['/ar/news/\\..\\..\\etc\\passwd', 'ar'],
    ['/ru\\news\\no-such-story', 'ru'],
    ['/\\evil.example', 'ar'],
    ['/\\\\evil.example/x', 'ar'],
  ]) {
    const res = await raw(baseURL!, 'GET', path!);
    expect(res.status, `${path} → ${res.status} ${res.headers.location ?? ''}`).toBe(404);
    expect(res.headers.location).toBeUndefined();
    // The 404 page of that locale, in the server HTML.
    expect(res.body).toContain(`<html lang="${lang}"`);
    expect(res.body).toMatch(new RegExp(`<h1[^>]*>${NOT_FOUND_TITLE[lang as keyof typeof NOT_FOUND_TITLE]}</h1>`));
    expect(res.body).not.toContain('root:x:0:0');
    expect(res.body).not.toContain('"name": "rusislam-portal"');
  }
  // A dot segment only in the query string is an ordinary request.
  expect((await raw(baseURL!, 'GET', '/en/search?q=../..')).status).toBe(200);
});

test('404s for made-up URLs are never written to disk', async ({ baseURL }) => {
  // On-demand routes cache what they render; lib/http/isr-cache-handler.cjs keeps
  // a 404 in the bounded memory cache only, so random URLs cannot fill the disk.
  const cacheDir = path.join(process.cwd(), distDir(), 'server');
  const stamp = `probe-${Date.now().toString(36)}`;
  const n = 900000 + (Date.now() % 99999);
  const probes = ['ar', 'ru', 'en'].flatMap((l) => [`/${l}/news/${stamp}-a`, `/${l}/tags/${stamp}-b`, `/${l}/page/${n}`]);
  for (const p of probes) expect((await raw(baseURL!, 'GET', p)).status, p).toBe(404);
  // A published archive story rendered on demand is still cached (on disk).
  expect((await raw(baseURL!, 'GET', `/ar/news/${SEED}`)).status).toBe(200);
  const written = fs
    .readdirSync(cacheDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.includes(stamp) || f.includes(`page/${n}.`));
  expect(written).toEqual([]);
});

test('thousands of junk URLs under route handlers write nothing to disk', async ({ baseURL }) => {
  test.setTimeout(120_000);
  // Feeds, sitemap parts and social cards are cached route handlers: each
  // made-up URL answers 404, which lib/http/isr-cache-handler.cjs keeps in memory.
  const serverDir = path.join(process.cwd(), distDir(), 'server');
  const files = () => new Set(fs.readdirSync(serverDir, { recursive: true, encoding: 'utf8' }));
  const stamp = `junk${Date.now().toString(36)}`;
  const junk = Array.from({ length: 2000 }, (_, i) => {
    const r = `${stamp}${i}`;
    return [`/og/en/${r}.png`, `/sitemaps/${r}.xml`, `/${['ar', 'ru', 'en'][i % 3]}/tags/${r}/feed.xml`, `/${r}/feed.json`][i % 4]!;
  });
  const before = files();
  let next = 0;
  const worker = async () => {
    while (next < junk.length) {
      const p = junk[next++]!;
      expect((await raw(baseURL!, 'GET', p)).status, p).toBe(404);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const added = [...files()].filter((f) => !before.has(f));
  expect(added.filter((f) => f.includes(stamp))).toEqual([]);
});

test("readers' search queries are cached in memory only, never written to disk", async ({ baseURL }) => {
  // Any reader can make up new queries: proxy.ts rewrites each to a results
  // page Next caches, which lib/http/isr-cache-handler.cjs keeps off the disk.
  const serverDir = path.join(process.cwd(), distDir(), 'server');
  const stamp = `q${Date.now().toString(36)}`;
  for (const [i, locale] of ['ar', 'ru', 'en', 'en'].entries()) {
    const res = await raw(baseURL!, 'GET', `/${locale}/search?q=${stamp}${i}`);
    expect(res.status, locale).toBe(200);
    expect(res.body).toContain(`${stamp}${i}`);
  }
  // A query with results, asked twice: the second answer comes from the cache.
  const first = await raw(baseURL!, 'GET', `/en/search?q=Tokayev&page=1&x=${stamp}`);
  expect(first.status).toBe(200);
  const again = await raw(baseURL!, 'GET', `/en/search?q=Tokayev&page=1&x=${stamp}`);
  expect(again.headers['x-nextjs-cache'], 'served from the cache').toMatch(/HIT|STALE/);
  const written = fs
    .readdirSync(serverDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.includes(stamp) || /search[/\\]tokayev/i.test(f));
  expect(written).toEqual([]);
});

test('a method a route handler does not answer gets 405 with Allow, never a 500', async ({ baseURL }) => {
  const routes: [string, string][] = [
    ['/en/feed.xml', 'GET, HEAD'],
    ['/ar/atom.xml', 'GET, HEAD'],
    ['/ru/feed.json', 'GET, HEAD'],
    ['/en/tags/csto/feed.xml', 'GET, HEAD'],
    ['/sitemap.xml', 'GET, HEAD'],
    ['/news-sitemap.xml', 'GET, HEAD'],
    ['/sitemaps/1.xml', 'GET, HEAD'],
    ['/robots.txt', 'GET, HEAD'],
    ['/og/en/_site.png', 'GET, HEAD'],
    [`/media/${SEED}/cover.png`, 'GET, HEAD'],
    ['/api/draft', 'GET, HEAD'],
    ['/api/draft/disable', 'POST'],
  ];
  for (const [p, allow] of routes) {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'POST']) {
      if (allow.includes(method)) continue;
      const res = await raw(baseURL!, method, p);
      expect([res.status, res.headers.allow], `${method} ${p}`).toEqual([405, allow]);
    }
  }
  // A method Next does not know gets the same on a page, instead of a 500.
  for (const method of ['TRACE', 'PROPFIND']) {
    const res = await raw(baseURL!, method, `/ar/news/${SEED}`);
    expect([res.status, res.headers.allow], method).toEqual([405, 'GET, HEAD']);
  }
  expect((await raw(baseURL!, 'GET', '/en/feed.xml')).status).toBe(200);
  expect((await raw(baseURL!, 'HEAD', '/sitemap.xml')).status).toBe(200);
});

test('a URL of 16 KB or more gets 414 or 431', async ({ baseURL }) => {
  const res = await raw(baseURL!, 'GET', `/ar/news/${'a'.repeat(16 * 1024)}`);
  expect([414, 431]).toContain(res.status);
  expect((await raw(baseURL!, 'GET', '/ar')).status).toBe(200);
});

test('HEAD answers like GET, without a body', async ({ baseURL }) => {
  for (const path of [`/ar/news/${SEED}`, '/ar/no-such-page', '/sitemap.xml']) {
    const get = await raw(baseURL!, 'GET', path);
    const head = await raw(baseURL!, 'HEAD', path);
    expect(head.status, path).toBe(get.status);
    expect(head.body, path).toBe('');
    expect(get.body.length, path).toBeGreaterThan(0);
  }
});

test('spoofed internal headers change nothing', async ({ baseURL }) => {
  const spoofs: Record<string, string>[] = [
    { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    { 'x-prerender-revalidate': '1' },
    { 'x-now-route-matches': 'nxtPid=tokayev' },
    { 'next-resume': '1' },
  ];
  const plain = await raw(baseURL!, 'GET', `/en/news/${SEED}`);
  const root = await raw(baseURL!, 'GET', '/', { 'accept-language': 'en' });
  for (const h of spoofs) {
    const story = await raw(baseURL!, 'GET', `/en/news/${SEED}`, h);
    expect(story.status, JSON.stringify(h)).toBe(200);
    expect(story.headers['content-type']).toMatch(/text\/html/);
    expect(story.body.match(/<h1[^>]*>[^<]*/)?.[0]).toBe(plain.body.match(/<h1[^>]*>[^<]*/)?.[0]);
    // The locale proxy still runs: `/` still redirects.
    const r = await raw(baseURL!, 'GET', '/', { 'accept-language': 'en', ...h });
    expect([r.status, r.headers.location]).toEqual([root.status, root.headers.location]);
    const missing = await raw(baseURL!, 'GET', '/en/news/no-such-story', h);
    expect(missing.status).toBe(404);
  }
});

test('an rsc request without _rsc never poisons the HTML', async ({ baseURL }) => {
  for (const path of ['/ar', `/ar/news/${SEED}`, '/ar/tags/csto']) {
    const rsc = await raw(baseURL!, 'GET', path, { rsc: '1' });
    expect(rsc.status).toBeLessThan(500);
    const html = await raw(baseURL!, 'GET', path);
    expect(html.headers['content-type'], path).toMatch(/text\/html/);
    expect(html.body.startsWith('<!DOCTYPE html>'), path).toBe(true);
    expect(String(html.headers.vary ?? '').toLowerCase()).toContain('rsc');
  }
});

test('the image optimizer serves only local story images', async ({ baseURL }) => {
  const img = (url: string, w = 640) => raw(baseURL!, 'GET', `/_next/image?url=${encodeURIComponent(url)}&w=${w}&q=70`);
  const good = await img(`/media/${SEED}/cover.png`);
  expect(good.status).toBe(200);
  for (const [url, w] of [
    ['https://evil.example/x.png', 640],
    ['//evil.example/x.png', 640],
    ['/icon.svg', 640],
    ['/logo.png', 640],
    [`/media/${SEED}/cover.png`, 99999],
    [`/media/${SEED}/cover.png`, 641],
  ] as [string, number][]) {
    const res = await img(url, w);
    expect(res.status, `${url} w=${w}`).toBeGreaterThanOrEqual(400);
    expect(res.status, `${url} w=${w}`).toBeLessThan(500);
  }
});

test('a POST with a junk Next-Action header is a fast 4xx', async ({ baseURL }) => {
  for (const path of ['/ar', `/ar/news/${SEED}`, '/']) {
    const res = await raw(baseURL!, 'POST', path, { 'next-action': 'deadbeef'.repeat(5), 'content-type': 'text/plain;charset=UTF-8' });
    expect(res.status, path).toBeGreaterThanOrEqual(400);
    expect(res.status, path).toBeLessThan(500);
    expect(res.ms, path).toBeLessThan(2000);
  }
  expect((await raw(baseURL!, 'GET', '/ar')).status).toBe(200);
});

test('old addresses and trailing slashes never redirect off the site, whatever the request looks like', async ({ baseURL }) => {
  // proxy.ts answers old addresses with a 301 and `/x/` with a 308; neither may
  // ever name another host, however the path, query or Host header is bent.
  const paths = [
    '//evil.example',
    '//evil.example/',
    '///evil.example/',
    '/\\evil.example/',
    '/%2F%2Fevil.example/',
    '/%2f%2fevil.example',
    '/%5Cevil.example/',
    '/%5C%5Cevil.example/',
    '/%09/evil.example/',
    '/https://evil.example/',
    '/https:/evil.example/',
    '/en/about-us//evil.example/',
    '/en/about-us/%2F%2Fevil.example',
    '/EN/ABOUT-US%2F%2Fevil.example/',
    '/en/novosti/..%2F..%2F%2F%2Fevil.example/',
    '/en/about-us?next=//evil.example',
    '/en/about-us/?next=//evil.example',
    '/en/about-us#//evil.example',
    '/ar/novosti/%E0%A4%A/',
    '/en/about-us%00/',
    '/en/about-us%0d%0aLocation:%20//evil.example',
    '/en/novosti/tokayev-riots-coup-attempt-2022-01-10-21457/%2F..',
    '/en/novosti/tokayev-riots-coup-attempt-2022-01-10-21457%2F%2F',
  ];
  for (const p of paths) {
    for (const headers of [{}, { host: 'evil.example' }, { 'x-forwarded-host': 'evil.example' }] as Record<string, string>[]) {
      const res = await raw(baseURL!, 'GET', p, headers);
      const what = `${p} ${JSON.stringify(headers)} → ${res.status} ${res.headers.location ?? ''}`;
      expect(res.status, what).toBeLessThan(500);
      const location = res.headers.location;
      if (location === undefined) continue;
      // A path on this site (Next itself sends `//evil.example` to `/evil.example`).
      expect(location, what).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, baseURL).origin, what).toBe(new URL(baseURL!).origin);
    }
  }
  // Nothing above was mistaken for an old address: only real ones answer 301.
  expect((await raw(baseURL!, 'GET', '/en/about-us/')).headers.location).toBe('/en/about');
});
