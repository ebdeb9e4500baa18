import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { DateTime } from '@/components/story/DateTime';
import { Pagination } from '@/components/story/Pagination';
import { formatNumber } from '@/lib/format';
import type { SearchResults } from '@/lib/search/service';
import * as urls from '@/lib/urls';

/** The count line, the results with their marked excerpts, and links to further pages. */
export async function SearchResultList({ locale, results }: { locale: Locale; results: SearchResults }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const { total, page, totalPages, query } = results;
  return (
    <>
      <p role="status" className="mb-6 text-stone-700 dark:text-stone-300" data-testid="search-status">
        {total === 0 ? t('noResults') : t('results', { count: total, n: formatNumber(total, locale) })}
      </p>
      {results.results.length > 0 && (
        <ol className="flex flex-col gap-6" data-testid="search-results">
          {results.results.map(({ entry, excerpt }) => (
            <li key={entry.id} className="border-b border-stone-200 pb-6 dark:border-stone-800">
              <h2 className="text-xl leading-snug font-bold">
                <a href={urls.story(locale, entry.id)} className="text-brand-700 underline-offset-4 hover:underline dark:text-brand-100">
                  {entry.title}
                </a>
              </h2>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                <DateTime iso={entry.date} locale={locale} />
              </p>
              <p className="mt-2 text-start text-stone-800 dark:text-stone-200">
                {excerpt.before && '… '}
                {excerpt.parts.map((p, i) =>
                  p.mark ? (
                    <mark key={i} className="rounded-sm bg-gold-400/50 px-0.5 text-inherit dark:bg-gold-700/70">
                      {p.text}
                    </mark>
                  ) : (
                    p.text
                  ),
                )}
                {excerpt.after && ' …'}
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination locale={locale} page={page} totalPages={totalPages} hrefFor={(n) => urls.search(locale, query, n)} />
    </>
  );
}
