/**
 * Tests of lib/seo/sitemaps.ts against the `valid` content fixture: the entries,
 * the split into an index above SITEMAP_MAX_URLS, and the news sitemap's
 * 48-hour window (with NOW moved next to a fixture story).
 *
 * Published at 2025-01-01: csto-peacekeepers-deployed (ar, ru, en; en updated)
 * and kazakhstan-referendum (ru, en); a draft and a scheduled story are not.
 */
import { test, before, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { canValidateSitemaps, validateUrlset } from '@/e2e/support/sitemap-xsd';

const ORIGIN = 'https://portal.example';
process.env.CONTENT_DIR = path.join(__dirname, '..', 'content', '__fixtures__', 'valid');
process.env.SITE_URL = ORIGIN;
Reflect.deleteProperty(process.env, 'NODE_ENV'); // not `development`: no mtime-based reloads
delete process.env.NEXT_PHASE;

let sm: typeof import('./sitemaps');
before(async () => {
  sm = await import('./sitemaps');
});
beforeEach(() => {
  process.env.NOW = '2025-01-01T00:00:00Z';
  delete process.env.SITEMAP_MAX_URLS;
});
after(() => {
  delete process.env.NOW;
  delete process.env.SITEMAP_MAX_URLS;
});

const urlsetOf = (xml: string) => parseSitemap(Readable.from([xml]));
const indexOf = (xml: string) => parseSitemapIndex(Readable.from([xml]));
const xsd = { skip: canValidateSitemaps() ? false : 'xmllint (libxml2-utils) is not installed' };

/** 3 locales × (home, tags index, 2 tags) + 3 + 2 story pages. */
const TOTAL = 17;

test('the entries list every published page in every locale, with alternates and lastmod', () => {
  const entries = sm.sitemapEntries();
  const locs = entries.map((e) => e.url);
  assert.equal(entries.length, TOTAL);
  assert.equal(new Set(locs).size, TOTAL);
  assert.ok(locs.every((u) => u.startsWith(`${ORIGIN}/`) && !u.includes('/page/')));
  assert.ok(!locs.some((u) => /csto-draft-note|csto-summit-scheduled|\/about$/.test(u)));

  const ruOnly = entries.find((e) => e.url === `${ORIGIN}/ru/news/kazakhstan-referendum`)!;
  assert.deepEqual(
    ruOnly.links?.map((l) => [l.lang, l.url]),
    [
      ['ru', `${ORIGIN}/ru/news/kazakhstan-referendum`],
      ['en', `${ORIGIN}/en/news/kazakhstan-referendum`],
      ['x-default', `${ORIGIN}/ru/news/kazakhstan-referendum`],
    ],
  );
  const updated = entries.find((e) => e.url === `${ORIGIN}/en/news/csto-peacekeepers-deployed`)!;
  assert.equal(updated.lastmod, '2022-01-07T09:30:00+03:00');
  assert.equal(updated.links?.find((l) => l.lang === 'x-default')?.url, `${ORIGIN}/ar/news/csto-peacekeepers-deployed`);
  // A listing's lastmod is its latest story change: the Arabic home has only the csto story.
  assert.equal(entries.find((e) => e.url === `${ORIGIN}/ar`)!.lastmod, '2022-01-06T12:00:00+03:00');
  assert.equal(entries.find((e) => e.url === `${ORIGIN}/ru`)!.lastmod, '2022-06-05T10:00:00+06:00');
});

test('chunk cuts a list into runs of at most the given size', () => {
  assert.deepEqual(sm.chunk([1, 2, 3, 4, 5, 6, 7], 3), [[1, 2, 3], [4, 5, 6], [7]]);
  assert.deepEqual(sm.chunk([], 3), []);
});

test('up to the maximum, /sitemap.xml is one urlset and there are no parts', async () => {
  process.env.SITEMAP_MAX_URLS = String(TOTAL);
  const xml = await sm.sitemapXml();
  const items = await urlsetOf(xml);
  assert.equal(items.length, TOTAL);
  assert.equal(sm.sitemapPartCount(), 0);
  assert.equal(await sm.sitemapPartXml(1), undefined);
});

test('above the maximum, /sitemap.xml is an index of ceil(n/max) parts of at most max URLs', async () => {
  process.env.SITEMAP_MAX_URLS = '3';
  const xml = await sm.sitemapXml();
  assert.match(xml, /<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
  const index = await indexOf(xml);
  const parts = Math.ceil(TOTAL / 3);
  assert.equal(index.length, parts);
  assert.equal(sm.sitemapPartCount(), parts);
  assert.deepEqual(
    index.map((i) => i.url),
    Array.from({ length: parts }, (_, i) => `${ORIGIN}/sitemaps/${i + 1}.xml`),
  );
  assert.ok(index.every((i) => i.lastmod && !Number.isNaN(Date.parse(i.lastmod))));

  const seen: string[] = [];
  for (let n = 1; n <= parts; n++) {
    const part = await sm.sitemapPartXml(n);
    assert.ok(part, `part ${n}`);
    const items = await urlsetOf(part);
    assert.ok(items.length >= 1 && items.length <= 3, `part ${n} has ${items.length} URLs`);
    seen.push(...items.map((i) => i.url));
  }
  assert.deepEqual(
    seen.sort(),
    sm
      .sitemapEntries()
      .map((e) => e.url)
      .sort(),
  );
  assert.equal(await sm.sitemapPartXml(0), undefined);
  assert.equal(await sm.sitemapPartXml(parts + 1), undefined);
});

test('the news sitemap lists the last 48 hours of every locale, with publication, date and title', async () => {
  // The csto story was published 2022-01-06T09:00Z; 47 hours later it is news.
  process.env.NOW = '2022-01-08T08:00:00Z';
  const xml = await sm.newsSitemapXml();
  const items = await urlsetOf(xml);
  assert.deepEqual(
    items.map((i) => i.url),
    ['ar', 'ru', 'en'].map((l) => `${ORIGIN}/${l}/news/csto-peacekeepers-deployed`),
  );
  const ru = items[1]!.news!;
  // The site's name keeps its dash attached with a no-break space.
  assert.deepEqual(ru.publication, { name: 'Группа стратегического видения «Россия\u00a0– исламский мир»', language: 'ru' });
  assert.equal(ru.publication_date, '2022-01-06T12:00:00+03:00');
  assert.ok(ru.title.length > 0);
  assert.equal(items[0]!.news!.publication.language, 'ar');
});

test('the news sitemap is an empty urlset once nothing is younger than 48 hours', async () => {
  process.env.NOW = '2022-01-08T09:00:01Z';
  const xml = await sm.newsSitemapXml();
  assert.match(xml, /^<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:news=/);
  assert.deepEqual(await urlsetOf(xml), []);
  process.env.NOW = '2022-01-08T09:00:00Z'; // exactly 48 hours: still in
  assert.equal((await urlsetOf(await sm.newsSitemapXml())).length, 3);
});

test('the sitemaps validate against the sitemaps.org schema', xsd, async () => {
  await validateUrlset(await sm.sitemapXml());
  process.env.SITEMAP_MAX_URLS = '3';
  await validateUrlset((await sm.sitemapPartXml(1))!);
  process.env.NOW = '2022-01-08T08:00:00Z';
  await validateUrlset(await sm.newsSitemapXml());
});

test("an about page's lastmod is its own `updated` date, and absent when it gives none", async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-about-'));
  const valid = process.env.CONTENT_DIR!;
  try {
    fs.cpSync(valid, root, { recursive: true });
    const page = (updated?: string) =>
      ['---', 'title: "About"', 'summary: "Who we are."', ...(updated ? [`updated: "${updated}"`] : []), '---', '', 'Text.', ''].join('\n');
    fs.mkdirSync(path.join(root, 'pages', 'about'), { recursive: true });
    fs.writeFileSync(path.join(root, 'pages', 'about', 'en.md'), page('2026-11-30T07:20:17Z'));
    fs.writeFileSync(path.join(root, 'pages', 'about', 'ru.md'), page());
    process.env.CONTENT_DIR = root;
    const about = sm.sitemapEntries().filter((e) => e.url.endsWith('/about'));
    assert.deepEqual(
      about.map((e) => [e.url, e.lastmod]),
      [
        [`${ORIGIN}/ru/about`, undefined],
        [`${ORIGIN}/en/about`, '2026-11-30T07:20:17Z'],
      ],
    );
  } finally {
    process.env.CONTENT_DIR = valid;
    fs.rmSync(root, { recursive: true, force: true });
  }
});
