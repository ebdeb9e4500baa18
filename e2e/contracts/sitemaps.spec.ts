/**
 * /sitemap.xml, /news-sitemap.xml and /robots.txt over HTTP. The sitemaps are
 * parsed with a real XML parser and, when `xmllint` is installed (Debian:
 * libxml2-utils), validated against the sitemaps.org schema that the
 * `sitemap` package ships (see e2e/support/sitemap-xsd.ts).
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { ABOUT_UPDATED, LOCALES, NO_ARABIC, SEED } from '../fixtures';
import { canValidateSitemaps, validateUrlset } from '../support/sitemap-xsd';

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
/** W3C datetime (https://www.w3.org/TR/NOTE-datetime), date or date and time with zone. */
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

interface Alternate {
  '@rel': string;
  '@hreflang': string;
  '@href': string;
}
interface UrlEntry {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: Alternate[];
  'news:news'?: {
    'news:publication': { 'news:name': string; 'news:language': string };
    'news:publication_date': string;
    'news:title': string;
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, jpath) => ['urlset.url', 'urlset.url.xhtml:link'].includes(String(jpath)),
});

// Plain HTTP: one browser project is enough.
test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'HTTP only, checked once'));

async function fetchXml(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type']).toBe('application/xml; charset=utf-8');
  return res.text();
}

test('/sitemap.xml lists every published page with lastmod and hreflang alternates', async ({ request, baseURL }) => {
  const xml = await fetchXml(request, '/sitemap.xml');
  const { urlset } = parser.parse(xml);
  expect(urlset['@xmlns']).toBe(NS);
  const urls: UrlEntry[] = urlset.url;
  const locs = urls.map((u) => u.loc);
  expect(new Set(locs).size).toBe(locs.length);

  for (const u of urls) {
    expect(u.loc.startsWith(`${baseURL}/`), u.loc).toBe(true);
    expect(u.loc).not.toContain('/page/');
    expect(u.lastmod, u.loc).toMatch(W3C_DATETIME);
    expect(Date.parse(u.lastmod!), u.loc).not.toBeNaN();
    for (const link of u['xhtml:link'] ?? []) {
      expect(link['@rel']).toBe('alternate');
      expect(link['@href'].startsWith(`${baseURL}/`), link['@href']).toBe(true);
    }
  }

  for (const l of LOCALES) {
    for (const path of [`/${l}`, `/${l}/tags`, `/${l}/tags/kazakhstan`, `/${l}/about`]) expect(locs).toContain(`${baseURL}${path}`);
    // The page's own date, not the server's start.
    expect(Date.parse(urls.find((u) => u.loc === `${baseURL}/${l}/about`)?.lastmod ?? '')).toBe(Date.parse(ABOUT_UPDATED));
  }

  const alternatesOf = (loc: string) =>
    Object.fromEntries((urls.find((u) => u.loc === loc)?.['xhtml:link'] ?? []).map((a) => [a['@hreflang'], a['@href']]));
  for (const l of LOCALES) {
    expect(alternatesOf(`${baseURL}/${l}/news/${SEED}`)).toEqual({
      ar: `${baseURL}/ar/news/${SEED}`,
      ru: `${baseURL}/ru/news/${SEED}`,
      en: `${baseURL}/en/news/${SEED}`,
      'x-default': `${baseURL}/ar/news/${SEED}`,
    });
  }
  expect(locs).not.toContain(`${baseURL}/ar/news/${NO_ARABIC}`);
  for (const l of ['ru', 'en']) {
    expect(alternatesOf(`${baseURL}/${l}/news/${NO_ARABIC}`)).toEqual({
      ru: `${baseURL}/ru/news/${NO_ARABIC}`,
      en: `${baseURL}/en/news/${NO_ARABIC}`,
      'x-default': `${baseURL}/ru/news/${NO_ARABIC}`,
    });
  }

  // Every story of every locale (each JSON feed holds all of them while there are fewer than 50).
  const stories: string[] = [];
  for (const l of LOCALES) {
    const feed = await (await request.get(`/${l}/feed.json`)).json();
    stories.push(...feed.items.map((i: { url: string }) => i.url));
  }
  expect(locs.filter((u) => u.includes('/news/')).sort()).toEqual(stories.sort());

  // One file holds everything, so there are no parts.
  expect((await request.get('/sitemaps/1.xml')).status()).toBe(404);
});

test('/sitemap.xml is valid against the sitemaps.org schema', async ({ request }) => {
  // CI installs xmllint (.ci/run), so there the check can never be skipped.
  if (process.env.CI) expect(canValidateSitemaps(), 'xmllint must be installed in CI').toBe(true);
  else test.skip(!canValidateSitemaps(), 'xmllint (libxml2-utils) is not installed');
  await validateUrlset(await fetchXml(request, '/sitemap.xml'));
});

test('/news-sitemap.xml is a Google News urlset of the last 48 hours', async ({ request, baseURL }) => {
  const xml = await fetchXml(request, '/news-sitemap.xml');
  const { urlset } = parser.parse(xml);
  expect(urlset).toBeDefined();
  expect(urlset['@xmlns']).toBe(NS);
  expect(urlset['@xmlns:news']).toBe(NEWS_NS);
  // The shipped stories are all older than 48 hours, so the set is usually empty.
  const urls: UrlEntry[] = urlset.url ?? [];
  for (const u of urls) {
    expect(u.loc).toMatch(new RegExp(`^${baseURL}/(${LOCALES.join('|')})/news/`));
    const news = u['news:news']!;
    expect(LOCALES).toContain(news['news:publication']['news:language']);
    expect(news['news:publication']['news:name']).not.toBe('');
    expect(news['news:title']).not.toBe('');
    expect(Date.now() - Date.parse(news['news:publication_date'])).toBeLessThanOrEqual(48 * 3600_000);
  }
  if (urls.length && canValidateSitemaps()) await validateUrlset(xml);
});

test('/robots.txt keeps crawlers out of the API and names both sitemaps', async ({ request, baseURL }) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  const lines = (await res.text()).split('\n').map((l) => l.trim());
  expect(lines).toContain('Allow: /');
  expect(lines).toContain('Disallow: /api/');
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(lines).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
});
