import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

/**
 * A crawler's view: every URL of the sitemap answers 200, is its own
 * canonical, lists hreflang alternates that exist and list it back, and
 * carries JSON-LD that parses and has the fields of its page type.
 */
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
});

async function sitemapUrls(request: APIRequestContext): Promise<{ loc: string; alternates: Record<string, string> }[]> {
  const doc = xml.parse(await (await request.get('/sitemap.xml')).text());
  const sets = doc.sitemapindex
    ? await Promise.all(
        doc.sitemapindex.sitemap.map(async (s: { loc: string }) => xml.parse(await (await request.get(s.loc)).text()).urlset),
      )
    : [doc.urlset];
  return sets.flatMap((set: { url: { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[] }) =>
    set.url.map((u) => ({
      loc: u.loc,
      alternates: Object.fromEntries((u['xhtml:link'] ?? []).map((l) => [l['@hreflang'], l['@href']])),
    })),
  );
}

interface Head {
  canonical: string | null;
  alternates: Record<string, string>;
  jsonld: Record<string, unknown>[];
  lang: string | null;
}

async function readHead(page: Page, html: string): Promise<Head> {
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  return page.evaluate(() => ({
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    alternates: Object.fromEntries(
      [...document.querySelectorAll('head link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang')!,
        l.getAttribute('href')!,
      ]),
    ),
    jsonld: [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => {
      const v = JSON.parse(s.textContent ?? 'null');
      return Array.isArray(v) ? v : [v];
    }),
    lang: document.documentElement.getAttribute('lang'),
  }));
}

const REQUIRED: Record<string, string[]> = {
  NewsArticle: [
    'headline',
    'description',
    'datePublished',
    'dateModified',
    'inLanguage',
    'image',
    'author',
    'publisher',
    'keywords',
    'mainEntityOfPage',
  ],
  BreadcrumbList: ['itemListElement'],
  WebSite: ['name', 'url', 'inLanguage'],
  Organization: ['name', 'url', 'logo'],
};

test('crawl every sitemap URL', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  await page.route('**/*', (route) => route.abort());
  const entries = await sitemapUrls(request);
  expect(entries.length).toBeGreaterThan(40);
  const heads = new Map<string, Head>();
  for (const { loc, alternates } of entries) {
    expect(loc.startsWith(baseURL!), loc).toBe(true);
    const res = await request.get(loc, { maxRedirects: 0 });
    expect(res.status(), loc).toBe(200);
    const head = await readHead(page, await res.text());
    heads.set(loc, head);
    expect(head.canonical, `canonical of ${loc}`).toBe(loc);
    // The page's hreflang set is the sitemap's.
    expect(head.alternates, `hreflang of ${loc}`).toEqual(alternates);
    expect(head.alternates[head.lang!], `${loc} lists itself`).toBe(loc);
    expect(head.alternates['x-default'], `${loc} x-default`).toBeTruthy();

    const types = head.jsonld.map((d) => String(d['@type']));
    const path = new URL(loc).pathname;
    if (/^\/\w+\/news\//.test(path)) expect(types).toEqual(expect.arrayContaining(['NewsArticle', 'BreadcrumbList']));
    else if (/^\/\w+\/tags\/[^/]+$/.test(path)) expect(types).toContain('BreadcrumbList');
    else if (/^\/\w+$/.test(path)) expect(types).toEqual(expect.arrayContaining(['WebSite', 'Organization']));
    for (const d of head.jsonld) {
      expect(d['@context']).toBe('https://schema.org');
      for (const field of REQUIRED[String(d['@type'])] ?? []) expect(d[field], `${loc} ${d['@type']}.${field}`).toBeTruthy();
    }
  }
  // Reciprocity, and every alternate exists.
  for (const [loc, head] of heads) {
    for (const [lang, href] of Object.entries(head.alternates)) {
      if (lang === 'x-default') {
        expect(heads.has(href), `${loc}: x-default ${href} is in the sitemap`).toBe(true);
        continue;
      }
      const other = heads.get(href);
      expect(other, `${loc} → ${href} exists in the sitemap`).toBeDefined();
      expect(other!.alternates[head.lang!], `${href} lists ${loc} back`).toBe(loc);
    }
  }
});
