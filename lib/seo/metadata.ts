/**
 * Page metadata: title, description, a self-referencing canonical, hreflang
 * alternates for the locales the page really exists in (plus x-default),
 * Open Graph and Twitter cards, and links to the locale's feeds (RSS, Atom, JSON).
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing, localeInfo, type Locale } from '@/i18n/routing';
import * as urls from '@/lib/urls';

export interface PageMeta {
  locale: Locale;
  title: string;
  description: string;
  /** Paths of this page per existing locale; must include `locale`. */
  alternates: Partial<Record<Locale, string>>;
  /** Use `title` as is, without the site-name template. */
  absoluteTitle?: boolean;
  /** A story page: og:type article with its times and tags, and its own card. */
  article?: { id: string; publishedTime: string; modifiedTime: string; tags: string[] };
  /** A tag page: also links the tag's own feed. */
  tagFeed?: { id: string; label: string };
}

/** A section page that exists in every locale (the tags index, search): its title and description come from its messages. */
export async function sectionMetadata(locale: Locale, section: 'tags' | 'search', path: (l: Locale) => string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: section });
  return pageMetadata({ locale, title: t('title'), description: t('description'), alternates: urls.inLocales(routing.locales, path) });
}

export async function pageMetadata(m: PageMeta): Promise<Metadata> {
  const { locale } = m;
  const siteName = (await getTranslations({ locale, namespace: 'site' }))('name');
  const self = m.alternates[locale]!;
  const languages = Object.fromEntries(urls.hreflang(m.alternates).map((link) => [link.lang, link.url]));

  const image = {
    url: urls.absolute(urls.ogImage(locale, m.article?.id)),
    width: 1200,
    height: 630,
    alt: m.article ? m.title : siteName,
    type: 'image/png',
  };
  const feeds = [{ url: urls.absolute(urls.feed(locale)), title: siteName }];
  if (m.tagFeed) feeds.push({ url: urls.absolute(urls.tagFeed(locale, m.tagFeed.id)), title: `${m.tagFeed.label} | ${siteName}` });

  const common = {
    title: m.title,
    description: m.description,
    url: urls.absolute(self),
    siteName: siteName,
    locale: localeInfo[locale].ogLocale,
    alternateLocale: routing.locales.filter((l) => l !== locale && m.alternates[l]).map((l) => localeInfo[l].ogLocale),
    images: [image],
  };
  return {
    title: m.absoluteTitle ? { absolute: m.title } : m.title,
    description: m.description,
    alternates: {
      canonical: urls.absolute(self),
      languages,
      types: {
        'application/rss+xml': feeds,
        'application/atom+xml': [{ url: urls.absolute(urls.feed(locale, 'atom')), title: siteName }],
        'application/feed+json': [{ url: urls.absolute(urls.feed(locale, 'json')), title: siteName }],
      },
    },
    openGraph: m.article
      ? {
          ...common,
          type: 'article',
          publishedTime: m.article.publishedTime,
          modifiedTime: m.article.modifiedTime,
          tags: m.article.tags,
        }
      : { ...common, type: 'website' },
    twitter: { card: 'summary_large_image', title: m.title, description: m.description, images: [image.url] },
  };
}
