/**
 * Every public path of the portal is built here and nowhere else.
 * Policy: no trailing slash (Next answers the other form with a 308).
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

export function search(locale: Locale, query?: string): string {
  return query ? `/${locale}/search?q=${seg(query)}` : `/${locale}/search`;
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

/** An image that belongs to a story, served from the story's content folder. */
export function media(id: string, file: string): string {
  return `/media/${seg(id)}/${seg(file)}`;
}

export const sitemap = '/sitemap.xml';

/** One child sitemap of the index, used once the site has more than 50,000 URLs. */
export function sitemapPart(n: number): string {
  return `/sitemaps/${n}.xml`;
}

export const newsSitemap = '/news-sitemap.xml';

export const robots = '/robots.txt';

/** One weight of the Arabic face, subset at build time (app/font). */
export function naskhFont(weight: NaskhWeight): string {
  return `/font/naskh-${weight}.woff2`;
}

/** The locale's web app manifest. */
export function manifest(locale: Locale): string {
  return `/${locale}/manifest.webmanifest`;
}

/** The web app icons (made from lib/emblem by app/icons). */
export const APP_ICONS = ['icon-192.png', 'icon-512.png', 'maskable-512.png'] as const;

export function appIcon(file: (typeof APP_ICONS)[number]): string {
  return `/icons/${file}`;
}

/** The publisher's logo, for structured data. */
export const logo = '/logo.png';

/** A story's social card, or (without an id) the site's own card in that locale. */
export function ogImage(locale: Locale, id?: string): string {
  return `/og/${locale}/${id === undefined ? '_site' : seg(id)}.png`;
}

export function previewEnable(locale: Locale, id: string, secret: string): string {
  return `/api/draft?secret=${seg(secret)}&id=${seg(id)}&locale=${locale}`;
}

export const previewDisable = '/api/draft/disable';

/** Where the search index (Pagefind bundles) is served; see app/pagefind. */
export const searchRoot = '/pagefind/';

/** One locale's Pagefind bundle (a directory URL, with its trailing slash). */
export function searchBundle(locale: Locale): string {
  return `${searchRoot}${locale}/`;
}

/**
 * A path under the locale that no page can ever have (a story or page id never
 * holds a backslash): the localized 404 page. lib/request-guard serves it for
 * probing request targets.
 */
export function unmatchable(locale: Locale): string {
  return `/${locale}/%5C`;
}

/** A story's original plain text, beside its locale's search bundle: the source of search excerpts. */
export function searchText(locale: Locale, id: string): string {
  return `${searchBundle(locale)}text/${seg(id)}.txt`;
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
