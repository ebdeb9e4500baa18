/**
 * `/sitemap.xml` (with hreflang alternates), its `/sitemaps/{n}.xml` children
 * once the site outgrows one file, and the Google News `/news-sitemap.xml`.
 * All XML is written by the `sitemap` package.
 *
 * Only published pages are listed: the content API hides drafts and scheduled
 * stories. Paginated listings (`/page/N`) are left out on purpose.
 */
import 'server-only';
import type { Transform } from 'node:stream';
import {
  SitemapIndexStream,
  SitemapStream,
  TagNames,
  streamToPromise,
  type IndexItem,
  type LinkItem,
  type SitemapItemLoose,
} from 'sitemap';
import { XMLBuilder } from 'fast-xml-parser';
import { routing, type Locale } from '@/i18n/routing';
import { now } from '@/lib/config';
import { getAllStories, getPage, getTags, getStoryLocales, lastModified } from '@/lib/content';
import { siteName } from '@/lib/messages';
import * as urls from '@/lib/urls';
import { notFoundText } from '@/lib/http/responses';

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

/** URLs per file: SITEMAP_MAX_URLS (for tests), at most and by default 50,000. */
export function maxUrls(): number {
  const n = Number(process.env.SITEMAP_MAX_URLS ?? SITEMAP_LIMIT);
  return Number.isInteger(n) && n >= 1 && n <= SITEMAP_LIMIT ? n : SITEMAP_LIMIT;
}

/** How far back the news sitemap looks (Google News: two days). */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

/** Google News reads at most 1,000 URLs per news sitemap. */
export const NEWS_LIMIT = 1000;

const NS_SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NS_NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';

const modified = lastModified;

/** The latest of some ISO dates, or undefined for none. */
function latest(dates: string[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (best === undefined || Date.parse(d) > Date.parse(best)) best = d;
  return best;
}

/** hreflang links for a page that exists in `locales` (the same rule as every page's <head>: lib/urls hreflang). */
function alternates(locales: readonly Locale[], path: (l: Locale) => string): LinkItem[] {
  return urls.hreflang(urls.inLocales(locales, path));
}

/**
 * Every published page in every locale, as sitemap entries: home, tags index,
 * each tag, about (where it exists), then every story in each locale it is
 * published in. Listings carry the latest change among their stories.
 */
export function sitemapEntries(): SitemapItemLoose[] {
  const all = routing.locales;
  const about = Object.fromEntries(all.map((l) => [l, getPage('about', l)]));
  const withAbout = all.filter((l) => about[l]);
  const listings: SitemapItemLoose[] = [];
  const stories: SitemapItemLoose[] = [];
  for (const locale of all) {
    const published = getAllStories(locale);
    const lastmod = latest(published.map(modified));
    listings.push(
      { url: urls.absolute(urls.home(locale)), lastmod, links: alternates(all, urls.home) },
      { url: urls.absolute(urls.tags(locale)), lastmod, links: alternates(all, urls.tags) },
      ...getTags(locale).map((t) => ({
        url: urls.absolute(urls.tag(locale, t.id)),
        lastmod: latest(published.filter((e) => e.tags.includes(t.id)).map(modified)),
        links: alternates(all, (l) => urls.tag(l, t.id)),
      })),
    );
    if (withAbout.includes(locale)) {
      // The page's own date; none rather than a made-up one if it gives none.
      listings.push({ url: urls.absolute(urls.about(locale)), lastmod: about[locale]!.updated, links: alternates(withAbout, urls.about) });
    }
    for (const e of published) {
      stories.push({
        url: urls.absolute(urls.story(locale, e.id)),
        lastmod: modified(e),
        links: alternates(getStoryLocales(e.id), (l) => urls.story(l, e.id)),
      });
    }
  }
  return [...listings, ...stories];
}

/** `items` cut into files of at most `size`. */
export function chunk<T>(items: readonly T[], size = maxUrls()): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Feeds `items` through one of the package's streams and collects the XML. */
async function render(stream: Transform, items: readonly unknown[]): Promise<string> {
  const xml = streamToPromise(stream);
  for (const item of items) stream.write(item);
  stream.end();
  return (await xml).toString('utf8');
}

const emptyUrlset = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@' });

/** A urlset of `items`; any invalid item fails the whole file instead of being skipped. */
async function urlset(items: readonly SitemapItemLoose[], news: boolean): Promise<string> {
  if (items.length === 0) {
    // The package's stream refuses to end empty (EmptySitemap) and has no public way to write an empty set.
    return emptyUrlset.build({ [TagNames.urlset]: { '@xmlns': NS_SITEMAP, ...(news && { '@xmlns:news': NS_NEWS }) } });
  }
  const errors: Error[] = [];
  const xml = await render(
    new SitemapStream({ xmlns: { news, xhtml: !news, image: false, video: false }, errorHandler: (e) => errors.push(e) }),
    items,
  );
  if (errors.length) throw new AggregateError(errors, `sitemap: ${errors.map((e) => e.message).join('; ')}`);
  return xml;
}

/** `/sitemap.xml`: the urlset itself, or an index of its parts once there are more than maxUrls() URLs. */
export async function sitemapXml(): Promise<string> {
  const parts = chunk(sitemapEntries());
  if (parts.length <= 1) return urlset(parts[0] ?? [], false);
  const index: IndexItem[] = parts.map((part, i) => ({
    url: urls.absolute(urls.sitemapPart(i + 1)),
    lastmod: latest(part.flatMap((p) => (p.lastmod ? [p.lastmod] : []))),
  }));
  return render(new SitemapIndexStream(), index);
}

/** How many `/sitemaps/{n}.xml` parts there are (0 while one file holds everything). */
export function sitemapPartCount(): number {
  const n = chunk(sitemapEntries()).length;
  return n > 1 ? n : 0;
}

/** `/sitemaps/{n}.xml` (1-based), or undefined for a part that does not exist. */
export async function sitemapPartXml(n: number): Promise<string | undefined> {
  const parts = chunk(sitemapEntries());
  const part = parts.length > 1 && Number.isInteger(n) ? parts[n - 1] : undefined;
  return part && urlset(part, false);
}

/**
 * `/news-sitemap.xml`: every locale's stories published in the last 48 hours
 * before now() (published ones are never later than now()), newest first per
 * locale, at most NEWS_LIMIT.
 */
export async function newsSitemapXml(): Promise<string> {
  const to = now().getTime();
  const items: SitemapItemLoose[] = [];
  for (const locale of routing.locales) {
    const name = await siteName(locale);
    for (const e of getAllStories(locale)) {
      if (e.time < to - NEWS_WINDOW_MS) break; // newest first: the rest are older
      items.push({
        url: urls.absolute(urls.story(locale, e.id)),
        news: { publication: { name, language: locale }, publication_date: e.date, title: e.title },
      });
    }
  }
  return urlset(items.slice(0, NEWS_LIMIT), true);
}

/** An XML answer of the sitemap routes. */
export function xmlResponse(xml: string | undefined): Response {
  if (xml === undefined) return notFoundText();
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
