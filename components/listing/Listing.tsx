import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { getStories, getTag, type Access } from '@/lib/content';
import * as urls from '@/lib/urls';
import { PageFrame } from '@/components/layout/PageFrame';
import { notFoundLayout } from '@/components/layout/NotFoundPage';
import { getAccess } from '@/lib/editorial/preview';
import { StoryList } from '@/components/story/StoryList';
import { Pagination } from '@/components/story/Pagination';
import { regenerateWithinPublishInterval } from '@/lib/editorial/publish-interval';
import { JsonLd } from '@/components/seo/JsonLd';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { FeedIcon } from '@/components/layout/FeedIcon';
import { breadcrumbs, organizationLd, website } from '@/lib/seo/structured-data';

/** Home and tag listings, page `page`. 404 for an unknown tag or a page beyond the last. */
export async function Listing({ locale, tag, page, access }: { locale: Locale; tag?: string; page: number; access: Access }) {
  await regenerateWithinPublishInterval();
  const labels = tag ? getTag(tag) : undefined;
  if (tag && !labels) notFound();
  const result = getStories(locale, { tag, page, ...access });
  if (!result) notFound();
  const t = await getTranslations({ locale });
  const hrefFor = (p: number) => (tag ? urls.tag(locale, tag, p) : urls.home(locale, p));
  const heading = labels ? labels[locale] : t('home.title');
  const tagCrumbs =
    tag && labels
      ? [
          { name: t('nav.home'), path: urls.home(locale) },
          { name: t('tags.title'), path: urls.tags(locale) },
          { name: labels[locale], path: urls.tag(locale, tag, page) },
        ]
      : undefined;
  return (
    <PageFrame
      locale={locale}
      section={tag ? 'tags' : 'home'}
      alternates={urls.inLocales(routing.locales, (l) => (tag ? urls.tag(l, tag, page) : urls.home(l, page)))}
    >
      {tagCrumbs ? (
        <>
          <JsonLd data={breadcrumbs(tagCrumbs)} />
          <Breadcrumbs locale={locale} items={tagCrumbs} />
        </>
      ) : page === 1 ? (
        <JsonLd data={[website(locale, t('site.name'), t('home.description')), organizationLd(t('site.name'))]} />
      ) : null}
      <h1 className={tag ? 'text-3xl font-bold' : 'sr-only'}>{heading}</h1>
      {tag && labels ? (
        <p className="mb-6 print:hidden">
          <a
            href={urls.tagFeed(locale, tag)}
            type="application/rss+xml"
            className="inline-flex min-h-11 items-center gap-2 text-sm underline underline-offset-4"
          >
            <FeedIcon />
            {t('tag.feed')}
          </a>
        </p>
      ) : null}
      {result.items.length === 0 ? (
        <p className="text-lg">{t('home.empty')}</p>
      ) : (
        <StoryList stories={result.items} locale={locale} withLead={!tag && page === 1} />
      )}
      <Pagination locale={locale} page={page} totalPages={result.totalPages} hrefFor={hrefFor} />
    </PageFrame>
  );
}

/** A `/page/{n}` segment's number: only canonical integers ≥ 2 (page 1 lives at the base URL), else undefined. */
export function pageNumber(n: string): number | undefined {
  if (!/^[1-9][0-9]{0,5}$/.test(n)) return undefined;
  const page = Number(n);
  return page < 2 ? undefined : page;
}

/** Parses a `/page/{n}` segment, 404 for anything pageNumber() refuses. */
export function parsePageParam(n: string): number {
  return pageNumber(n) ?? notFound();
}

type ListingParams = { locale: string; tag?: string; n?: string };

/**
 * The locale when this listing segment is a 404 (an unknown tag in the tag's
 * segment; a page number that is malformed or beyond the last in a `/page/{n}`
 * segment), else undefined. An unknown locale is the root layout's 404, and an
 * unknown tag under `/page/{n}` is its tag segment's.
 */
export async function listingNotFound({ locale, tag, n }: ListingParams): Promise<Locale | undefined> {
  if (!hasLocale(routing.locales, locale)) return undefined;
  if (tag !== undefined && !getTag(tag)) return n === undefined ? locale : undefined;
  if (n === undefined) return undefined;
  const page = pageNumber(n);
  const exists = page !== undefined && getStories(locale, { tag, page, ...(await getAccess()) }) !== undefined;
  return exists ? undefined : locale;
}

/** The layout of a listing segment: the 404 page when listingNotFound() says so. */
export const listingSegment = notFoundLayout(listingNotFound);
