import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { Pagination } from '@/components/story/Pagination';
import { formatDate, formatNumber, formatTime } from '@/lib/format';
import type { SearchResults } from '@/lib/search/service';
import * as urls from '@/lib/urls';
import { SearchResultsView } from './SearchResultsView';

/** A page of results the server found (readers without JavaScript, and links to a query). */
export async function SearchResultList({ locale, results }: { locale: Locale; results: SearchResults }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const story = await getTranslations({ locale, namespace: 'story' });
  const { total, page, totalPages, query } = results;
  return (
    <SearchResultsView
      status={total === 0 ? t('noResults') : t('results', { count: total, n: formatNumber(total, locale) })}
      results={results.results.map(({ entry, excerpt }) => ({
        id: entry.id,
        href: urls.story(locale, entry.id),
        title: entry.title,
        date: entry.date,
        dateText: story('dateTime', { date: formatDate(entry.date, locale), time: formatTime(entry.date, locale) }),
        excerpt,
      }))}
      pagination={<Pagination locale={locale} page={page} totalPages={totalPages} hrefFor={(n) => urls.search(locale, query, n)} />}
    />
  );
}
