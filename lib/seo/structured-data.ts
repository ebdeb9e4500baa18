/**
 * schema.org JSON-LD for stories (NewsArticle), listings (BreadcrumbList)
 * and the home page (WebSite, Organization). Typed with schema-dts.
 */
import type { BreadcrumbList, NewsArticle, Organization, Thing, WebSite, WithContext } from 'schema-dts';
import type { Locale } from '@/i18n/routing';
import { lastModified, type StoryEntry } from '@/lib/content';
import * as urls from '@/lib/urls';

function organizationNode(siteName: string): Exclude<Organization, string> {
  return {
    '@type': 'Organization',
    '@id': `${urls.absolute('/')}#organization`,
    name: siteName,
    url: urls.absolute('/'),
    logo: { '@type': 'ImageObject', url: urls.absolute(urls.logo), width: '512', height: '512' },
  };
}

export function newsArticle(story: StoryEntry, opts: { siteName: string; tagLabels: string[] }): WithContext<NewsArticle> {
  const url = urls.absolute(urls.story(story.locale, story.id));
  const publisher = organizationNode(opts.siteName);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.summary,
    datePublished: story.date,
    dateModified: lastModified(story),
    inLanguage: story.locale,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: story.image
      ? {
          '@type': 'ImageObject',
          url: urls.absolute(story.image.url),
          width: String(story.image.width),
          height: String(story.image.height),
          caption: story.image.alt,
          ...(story.image.credit ? { creditText: story.image.credit } : {}),
        }
      : { '@type': 'ImageObject', url: urls.absolute(urls.ogImage(story.locale, story.id)), width: '1200', height: '630' },
    author: story.author ? { '@type': 'Person', name: story.author } : publisher,
    publisher,
    keywords: opts.tagLabels,
    ...(story.source
      ? {
          isBasedOn: {
            '@type': 'NewsArticle',
            ...(story.source.url ? { url: story.source.url } : {}),
            publisher: { '@type': 'NewsMediaOrganization', name: story.source.name },
          },
        }
      : {}),
  };
}

export function breadcrumbs(items: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: urls.absolute(item.path),
    })),
  };
}

export function website(locale: Locale, siteName: string, description: string): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteName,
    description,
    url: urls.absolute(urls.home(locale)),
    inLanguage: locale,
    publisher: { '@id': `${urls.absolute('/')}#organization` },
  };
}

export function organizationLd(siteName: string): WithContext<Organization> {
  return { '@context': 'https://schema.org', ...organizationNode(siteName) };
}

/**
 * Serializes JSON-LD so that nothing in the data can end the script element:
 * `<`, `>` and `&` become \u escapes (valid JSON, inert HTML), and so do
 * U+2028/U+2029.
 */
export function serializeJsonLd(data: WithContext<Thing> | WithContext<Thing>[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
