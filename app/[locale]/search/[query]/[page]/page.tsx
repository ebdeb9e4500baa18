import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { localeOrNotFound } from '@/i18n/locale';
import { routing } from '@/i18n/routing';
import { SearchPage, searchPageMetadata } from '@/components/search/SearchPage';
import { regenerateWithinPublishInterval } from '@/lib/editorial/publish-interval';
import { search } from '@/lib/search/service';
import { SEARCH_QUERY_MAX } from '@/lib/urls';

/**
 * A page of search results, reached through proxy.ts's rewrite of
 * `/{locale}/search?q=…&page=n`. Cached by Next like the listings: a
 * publish revalidates it, a scheduled story shows within the publish
 * interval, and lib/http/isr-cache-handler keeps these pages in memory only,
 * so readers' queries never fill the disk or Redis.
 */
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/search/[query]/[page]'>): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? searchPageMetadata(locale) : {};
}

export default async function SearchResultsPage({ params }: PageProps<'/[locale]/search/[query]/[page]'>) {
  const p = await params;
  const locale = localeOrNotFound(p.locale);
  setRequestLocale(locale);
  const page = Number(p.page);
  const query = decoded(p.query).trim().slice(0, SEARCH_QUERY_MAX);
  if (!query || !Number.isInteger(page) || page < 1 || String(page) !== p.page) notFound();
  await regenerateWithinPublishInterval();
  return <SearchPage locale={locale} query={query} results={await search(locale, query, page)} />;
}

/** The query segment as the rewrite wrote it (Next hands a rewritten segment over still percent-encoded). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
