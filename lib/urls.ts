/**
 * Every public path of the portal is built here and nowhere else.
 * Policy: no trailing slash (proxy.ts answers the other form with a 308).
 */
import { routing, type Locale } from '@/i18n/routing';
import { siteUrl } from '@/lib/config';
import type { NaskhWeight } from '@/lib/fonts/weights';

const seg = encodeURIComponent;

export function home(locale: Locale, page = 1): string {
  return page > 1 ? `/${locale}/page/${page}` : `/${locale}`;
}

export function story(locale: Locale, id: string): string {
  return `/${locale}/news/${seg(id)}`;
}

/** The story id of a path built by story(), or undefined for any other path. */
export function storyIdOf(pathname: string): string | undefined {
  const m = /^\/[^/]+\/news\/([^/]+)$/.exec(pathname);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

export function tags(locale: Locale): string {
  return `/${locale}/tags`;
}

export function tag(locale: Locale, tagId: string, page = 1): string {
  const base = `/${locale}/tags/${seg(tagId)}`;
  return page > 1 ? `${base}/page/${page}` : base;
}

export function about(locale: Locale): string {
  return `/${locale}/about`;
}

export function search(locale: Locale, query?: string, page = 1): string {
  if (!query) return `/${locale}/search`;
  return `/${locale}/search?q=${seg(query)}${page > 1 ? `&page=${page}` : ''}`;
}

/** The longest query a search keeps (a longer one is cut). */
export const SEARCH_QUERY_MAX = 200;

/**
 * Where proxy.ts rewrites `/{locale}/search?q=…&page=n`: a page of results
 * Next caches like any other (app/[locale]/search/[query]/[page]). Readers
 * and links only ever use search().
 */
export function searchResultsRoute(locale: Locale, query: string, page: number): string {
  return `/${locale}/search/${seg(query)}/${page}`;
}

/**
 * The browser search's index (lib/search/browser-index): its manifest, a
 * term's postings and a story's text, at one version.
 */
export function searchIndex(locale: Locale): string {
  return `/search-index/${locale}`;
}

export function searchIndexTerm(locale: Locale, version: string, term: string): string {
  return `/search-index/${locale}/${seg(version)}/terms?t=${seg(term)}`;
}

export function searchIndexStory(locale: Locale, version: string, n: number): string {
  return `/search-index/${locale}/${seg(version)}/stories/${n}`;
}

export function drafts(locale: Locale): string {
  return `/${locale}/drafts`;
}

export function feed(locale: Locale, kind: 'rss' | 'atom' | 'json' = 'rss'): string {
  return `/${locale}/${kind === 'rss' ? 'feed.xml' : kind === 'atom' ? 'atom.xml' : 'feed.json'}`;
}

export function tagFeed(locale: Locale, tagId: string): string {
  return `/${locale}/tags/${seg(tagId)}/feed.xml`;
}

/**
 * An image that belongs to a story, served from the story's content folder.
 * `version` changes with the file's bytes, so a corrected image gets a new
 * address and no cache (the browser's, a CDN's, the image optimizer's) keeps
 * the old one.
 */
export function media(id: string, file: string, version?: string): string {
  return `/media/${seg(id)}/${seg(file)}${version ? `?v=${seg(version)}` : ''}`;
}

export const sitemap = '/sitemap.xml';

/** One child sitemap of the index, used once the site has more than 50,000 URLs. */
export function sitemapPart(n: number): string {
  return `/sitemaps/${n}.xml`;
}

export const newsSitemap = '/news-sitemap.xml';

/** One weight of the Arabic face, subset at build time (app/font). */
export function naskhFont(weight: NaskhWeight): string {
  return `/font/naskh-${weight}.woff2`;
}

/** The locale's web app manifest. */
export function manifest(locale: Locale): string {
  return `/${locale}/manifest.webmanifest`;
}

/** The web app icons (made from lib/brand/emblem by app/icons). */
export const APP_ICONS = ['icon-192.png', 'icon-512.png', 'maskable-512.png'] as const;

export function appIcon(file: (typeof APP_ICONS)[number]): string {
  return `/icons/${file}`;
}

/** The publisher's logo, for structured data. */
export const logo = '/logo.png';

/** The script that turns on "copy link" (public/copy-link.js). */
export const copyLinkScript = '/copy-link.js';

/** A story's social card, or (without an id) the site's own card in that locale. */
export function ogImage(locale: Locale, id?: string): string {
  return `/og/${locale}/${id === undefined ? '_site' : seg(id)}.png`;
}

export const previewDisable = '/api/draft/disable';

/**
 * A path under the locale that no page can ever have (a story or page id never
 * holds a backslash): the localized 404 page. lib/http/request-guard serves it for
 * probing request targets.
 */
export function unmatchable(locale: Locale): string {
  return `/${locale}/%5C`;
}

/** Makes a site path absolute with SITE_URL. */
export function absolute(pathname: string): string {
  return `${siteUrl()}${pathname}`;
}

/** The same page in every given locale: `{ ar: '/ar/tags', ru: '/ru/tags', … }`. */
export function inLocales(locales: readonly Locale[], build: (locale: Locale) => string): Partial<Record<Locale, string>> {
  return Object.fromEntries(locales.map((l) => [l, build(l)]));
}

/**
 * hreflang links for a page that exists at `paths` (one path per existing
 * locale): absolute URLs in routing order, plus x-default, which is the
 * default locale's version if it exists, else the first that does. Pages'
 * <head> and the sitemap both use this, so they always agree.
 */
export function hreflang(paths: Partial<Record<Locale, string>>): { lang: Locale | 'x-default'; url: string }[] {
  const existing = routing.locales.filter((l) => paths[l]);
  const links: { lang: Locale | 'x-default'; url: string }[] = existing.map((l) => ({ lang: l, url: absolute(paths[l]!) }));
  const fallback = existing.includes(routing.defaultLocale) ? routing.defaultLocale : existing[0];
  if (fallback) links.push({ lang: 'x-default', url: absolute(paths[fallback]!) });
  return links;
}

/** First path segments the portal serves itself, outside any locale (app/ and Next's internals). */
const SITE_SECTIONS = ['api', '_next', '_vercel', 'media', 'og', 'sitemaps', 'font', 'icons', 'healthz', 'search-index'];

/** Second path segments of the portal's pages under each locale (app/[locale]/). */
const LOCALE_SECTIONS = ['news', 'tags', 'page', 'about', 'search', 'drafts', 'feed.xml', 'atom.xml', 'feed.json', 'manifest.webmanifest'];

/**
 * The portal's own address (or a path under one) that `pathname` falls in, or
 * undefined if it is none: the root, a locale's home, a section of a locale
 * (`/en/news/…`, `/en/tags/…`, `/en/about`, …), a site-wide section
 * (`/media/…`, `/api/…`, …) or a file at the root (`/sitemap.xml`). Old
 * addresses must lie outside all of these; proxy.ts runs only outside them.
 */
export function portalRouteOf(pathname: string): string | undefined {
  const segs = pathname.split('/').slice(1);
  const [first = '', second] = segs;
  if (pathname === '/') return 'the site root';
  if (SITE_SECTIONS.includes(first)) return `/${first}/`;
  if (segs.length === 1 && first.includes('.')) return 'a file at the site root';
  if (!(routing.locales as readonly string[]).includes(first)) return undefined;
  if (second === undefined || second === '') return `the home page /${first}`;
  return LOCALE_SECTIONS.includes(second) ? `/${first}/${second}` : undefined;
}
