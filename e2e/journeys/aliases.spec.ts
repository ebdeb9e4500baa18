/**
 * Old addresses (content/README.md "Old addresses"): the seed story's aliases
 * and content/redirects.yaml answer one 301 to the current page, in any
 * letter case, with or without a trailing slash, dropping the query. A
 * draft's alias is 404: e2e/editorial/drafts-never-leak.spec.ts.
 */
import { test, expect } from '@playwright/test';
import { SEED, SEED_TITLE } from '../fixtures';
import { raw } from '../support/raw-http';

// Plain HTTP: one browser project is enough.
test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'HTTP only, checked once'));

const AR_SLUG = 'توكاييف-أعمال-الشغب-محاولة-انقلاب';
const OLD = {
  en: ['/en/novosti/tokayev-riots-coup-attempt-2022-01-10-21457', '/en/group-news/tokayev-riots-coup-attempt'],
  ru: ['/ru/novosti/tokaev-besporyadki-popytka-gosperevorota-2022-01-10-21457'],
  ar: [encodeURI(`/ar/novosti/${AR_SLUG}-2022-01-10-21457`), encodeURI(`/ar/mn-nhn/${AR_SLUG}`)],
} as const;

/** The forms of one old path a reader may arrive with. */
function variants(p: string): string[] {
  return [p, `${p}/`, p.toUpperCase(), `${p.toUpperCase()}/`, `${p}?utm_source=old-site&id=21457`, `${p}/?fbclid=x`];
}

test('every kind of story alias answers 301 to the story in its own language', async ({ baseURL }) => {
  for (const [locale, olds] of Object.entries(OLD)) {
    for (const old of olds) {
      for (const p of variants(old)) {
        for (const method of ['GET', 'HEAD']) {
          const res = await raw(baseURL!, method, p);
          expect([res.status, res.headers.location], `${method} ${p}`).toEqual([301, `/${locale}/news/${SEED}`]);
        }
      }
    }
  }
});

test('a reader following an old link lands on the story', async ({ request }) => {
  for (const [locale, olds] of Object.entries(OLD)) {
    const res = await request.get(`${olds[0]}/?utm_source=old-site`);
    expect(res.status()).toBe(200);
    expect(new URL(res.url()).pathname + new URL(res.url()).search).toBe(`/${locale}/news/${SEED}`);
    expect(await res.text()).toContain(SEED_TITLE[locale as keyof typeof SEED_TITLE]);
  }
});

test('redirects.yaml sends old pages and sections to the current ones with 301', async ({ baseURL }) => {
  for (const [old, to] of [
    ['/en/about-us', '/en/about'],
    ['/ru/about-us', '/ru/about'],
    ['/ar/about-us', '/ar/about'],
    ['/ar/novosti', '/ar'],
    ['/en/group-news', '/en'],
    ['/ar/mn-nhn', '/ar'],
  ]) {
    for (const p of variants(old!)) {
      const res = await raw(baseURL!, 'GET', p);
      expect([res.status, res.headers.location], p).toEqual([301, to]);
    }
  }
});

test('anything else under an old section is 404, and a trailing slash on a page still gets one 308', async ({ baseURL }) => {
  for (const p of ['/en/novosti/no-such-story', '/en/about-us/team', `/ar/novosti/${encodeURI('خبر')}`]) {
    const res = await raw(baseURL!, 'GET', p);
    expect([res.status, res.headers.location], p).toEqual([404, undefined]);
  }
  for (const [p, to] of [
    [`/en/news/${SEED}/`, `/en/news/${SEED}`],
    ['/en/novosti/no-such-story/', '/en/novosti/no-such-story'],
    ['/ar/', '/ar'],
    ['/ru/tags/csto/?page=1', '/ru/tags/csto?page=1'],
  ]) {
    const res = await raw(baseURL!, 'GET', p!);
    expect([res.status, res.headers.location], p).toEqual([308, to]);
  }
  expect((await raw(baseURL!, 'GET', '/', { 'accept-language': 'ru' })).headers.location).toBe('/ru');
});

test('old addresses appear in no sitemap, feed or hreflang', async ({ request }) => {
  for (const p of [
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/en/feed.xml',
    '/ru/atom.xml',
    '/ar/feed.json',
    '/en/tags/kazakhstan/feed.xml',
    `/ar/news/${SEED}`,
    `/en/news/${SEED}`,
  ]) {
    const res = await request.get(p);
    expect(res.status(), p).toBe(200);
    const body = await res.text();
    for (const mark of ['novosti', 'group-news', 'mn-nhn', 'about-us', '21457']) expect(body, `${p} mentions ${mark}`).not.toContain(mark);
  }
});
