import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { Pagination } from '@/components/story/Pagination';
import { dateTimeText } from '@/components/story/DateTime';
import { formatNumber } from '@/lib/format';
import type { SearchResults } from '@/lib/search/service';
import * as urls from '@/lib/urls';
import { SearchResultsView } from './SearchResultsView';

/** A page of results the server found (readers without JavaScript, and links to a query). */
export async function SearchResultList({ locale, results }: { locale: Locale; results: SearchResults }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const { total, page, totalPages, query } = results;
  return (
    <SearchResultsView
      status={total === 0 ? t('noResults') : t('results', { count: total, n: formatNumber(total, locale) })}
      results={await Promise.all(
        results.results.map(async ({ entry, excerpt }) => ({
          id: entry.id,
          href: urls.story(locale, entry.id),
          title: entry.title,
          date: entry.date,
          dateText: await dateTimeText(entry.date, locale),
          excerpt,
        })),
      )}
      pagination={<Pagination locale={locale} page={page} totalPages={totalPages} hrefFor={(n) => urls.search(locale, query, n)} />}
    />
  );
}
