/**
 * RSS, Atom and JSON feeds of every locale and a tag's RSS feed, read over
 * HTTP and parsed with a real XML parser. Links must be absolute on SITE_URL,
 * which the e2e server shares with its baseURL (playwright.config.ts).
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import ar from '../../messages/ar.json';
import ru from '../../messages/ru.json';
import en from '../../messages/en.json';
import { LOCALES, NO_ARABIC, SEED } from '../fixtures';

const SITE_NAME = { ar: ar.site.name, ru: ru.site.name, en: en.site.name };
const KAZAKHSTAN = { ar: 'كازاخستان', ru: 'Казахстан', en: 'Kazakhstan' } as const;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, jpath) =>
    ['rss.channel.item', 'rss.channel.item.category', 'feed.entry', 'feed.entry.link', 'feed.entry.category'].includes(String(jpath)),
});

// Plain HTTP: one browser project is enough.
test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'HTTP only, checked once'));

async function fetchText(request: APIRequestContext, path: string, type: string): Promise<string> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type']).toBe(`${type}; charset=utf-8`);
  return res.text();
}

/** Dates are valid and never increase down the list. */
function expectNewestFirst(dates: string[]) {
  const times = dates.map((d) => Date.parse(d));
  expect(
    times.every((t) => !Number.isNaN(t)),
    dates.join(', '),
  ).toBe(true);
  expect(times).toEqual([...times].sort((a, b) => b - a));
}

type Attrs = Record<string, string>;

for (const locale of LOCALES) {
  test.describe(`${locale} feeds`, () => {
    test('RSS 2.0', async ({ request, baseURL }) => {
      const doc = parser.parse(await fetchText(request, `/${locale}/feed.xml`, 'application/rss+xml'));
      expect(doc.rss['@version']).toBe('2.0');
      const channel = doc.rss.channel;
      expect(channel.title).toBe(SITE_NAME[locale]);
      expect(channel.link).toBe(`${baseURL}/${locale}`);
      expect(channel.language).toBe(locale);
      expect(channel.copyright).toBe(SITE_NAME[locale]);
      const items: {
        title: string;
        link: string;
        description: string;
        pubDate: string;
        category: (string | { '#text': string })[];
        enclosure?: Attrs;
      }[] = channel.item;
      expect(items.length).toBeGreaterThanOrEqual(1);
      for (const item of items) {
        expect(item.link.startsWith(`${baseURL}/${locale}/news/`), item.link).toBe(true);
        expect(item.title).not.toBe('');
        expect(item.description).not.toBe('');
        expect(item.category.length).toBeGreaterThanOrEqual(1);
      }
      expectNewestFirst(items.map((i) => i.pubDate));
      const seed = items.find((i) => i.link === `${baseURL}/${locale}/news/${SEED}`);
      expect(seed?.enclosure?.['@url']).toMatch(new RegExp(`^${baseURL}/media/${SEED}/cover\\.png\\?v=[\\w-]{10}$`));
      expect(seed?.enclosure?.['@type']).toBe('image/png');
      expect(Number(seed?.enclosure?.['@length'])).toBeGreaterThan(0);
      const noArabic = items.some((i) => i.link.endsWith(`/news/${NO_ARABIC}`));
      expect(noArabic).toBe(locale !== 'ar');
    });

    test('Atom', async ({ request, baseURL }) => {
      const doc = parser.parse(await fetchText(request, `/${locale}/atom.xml`, 'application/atom+xml'));
      const feed = doc.feed;
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed['@xml:lang']).toBe(locale);
      expect(feed.title).toBe(SITE_NAME[locale]);
      expect(feed.rights).toBe(SITE_NAME[locale]);
      const entries: {
        id: string;
        title: { '#text': string };
        summary: { '#text': string };
        published: string;
        updated: string;
        link: Attrs[];
        category: Attrs[];
      }[] = feed.entry;
      expect(entries.length).toBeGreaterThanOrEqual(1);
      for (const e of entries) {
        const href = e.link.find((l) => !l['@rel'] || l['@rel'] === 'alternate')?.['@href'] ?? '';
        expect(href.startsWith(`${baseURL}/${locale}/news/`), href).toBe(true);
        expect(e.id).toBe(href);
        expect(e.title['#text']).not.toBe('');
        expect(e.summary['#text']).not.toBe('');
        expect(Date.parse(e.updated)).not.toBeNaN();
        expect(e.category.length).toBeGreaterThanOrEqual(1);
        expect(e.category.every((c) => c['@label'] && c['@term'])).toBe(true);
      }
      expectNewestFirst(entries.map((e) => e.published));
      const seed = entries.find((e) => e.id === `${baseURL}/${locale}/news/${SEED}`);
      const enclosure = seed?.link.find((l) => l['@rel'] === 'enclosure');
      expect(enclosure?.['@href']).toMatch(new RegExp(`^${baseURL}/media/${SEED}/cover\\.png\\?v=[\\w-]{10}$`));
      expect(enclosure?.['@type']).toBe('image/png');
    });

    test('JSON Feed', async ({ request, baseURL }) => {
      const doc = JSON.parse(await fetchText(request, `/${locale}/feed.json`, 'application/feed+json'));
      expect(['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1']).toContain(doc.version);
      expect(doc.title).toBe(SITE_NAME[locale]);
      expect(doc.language).toBe(locale);
      expect(doc.home_page_url).toBe(`${baseURL}/${locale}`);
      const items: {
        id: string;
        url: string;
        title: string;
        summary: string;
        content_html: string;
        date_published: string;
        tags: string[];
        attachments?: { url: string; mime_type: string }[];
      }[] = doc.items;
      expect(items.length).toBeGreaterThanOrEqual(1);
      for (const item of items) {
        expect(item.url.startsWith(`${baseURL}/${locale}/news/`), item.url).toBe(true);
        expect(item.id).toBe(item.url);
        expect(item.title).not.toBe('');
        expect(item.summary).not.toBe('');
        expect(item.content_html).not.toBe('');
        expect(item.tags.length).toBeGreaterThanOrEqual(1);
      }
      expectNewestFirst(items.map((i) => i.date_published));
      const seed = items.find((i) => i.url === `${baseURL}/${locale}/news/${SEED}`);
      expect(seed?.attachments?.[0]).toMatchObject({ mime_type: 'image/png' });
      expect(seed?.attachments?.[0]?.url).toMatch(new RegExp(`^${baseURL}/media/${SEED}/cover\\.png\\?v=[\\w-]{10}$`));
    });

    test('tag RSS', async ({ request, baseURL }) => {
      const doc = parser.parse(await fetchText(request, `/${locale}/tags/kazakhstan/feed.xml`, 'application/rss+xml'));
      const channel = doc.rss.channel;
      expect(channel.title).toContain(KAZAKHSTAN[locale]);
      expect(channel.title).toContain(SITE_NAME[locale]);
      expect(channel.link).toBe(`${baseURL}/${locale}/tags/kazakhstan`);
      expect(channel.language).toBe(locale);
      const items: { link: string; pubDate: string; category: (string | { '#text': string })[] }[] = channel.item;
      expect(items.length).toBeGreaterThanOrEqual(1);
      for (const item of items) {
        expect(item.link.startsWith(`${baseURL}/${locale}/news/`), item.link).toBe(true);
        const labels = item.category.map((c) => (typeof c === 'string' ? c : c['#text']));
        expect(labels, item.link).toContain(KAZAKHSTAN[locale]);
      }
      expectNewestFirst(items.map((i) => i.pubDate));
    });
  });
}

test('unknown tags and locales have no feed', async ({ request }) => {
  for (const path of ['/en/tags/no-such-tag/feed.xml', '/ar/tags/no-such-tag/feed.xml', '/fr/feed.xml', '/fr/atom.xml', '/fr/feed.json']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
