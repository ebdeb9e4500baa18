import type { ReactNode } from 'react';
import type { Excerpt } from '@/lib/search/excerpt';

export interface ResultView {
  id: string;
  href: string;
  title: string;
  date: string;
  dateText: string;
  excerpt: Excerpt;
}

/**
 * The count line, the results with their marked excerpts, and the pagination:
 * the one markup of search results, rendered by the server (SearchResultList)
 * and by the browser's search (SearchInBrowser).
 */
export function SearchResultsView({ status, results, pagination }: { status: string; results: ResultView[]; pagination: ReactNode }) {
  return (
    <>
      <p role="status" className="mb-6 text-stone-700 dark:text-stone-300" data-testid="search-status">
        {status}
      </p>
      {results.length > 0 && (
        <ol className="flex flex-col gap-6" data-testid="search-results">
          {results.map(({ id, href, title, date, dateText, excerpt }) => (
            <li key={id} className="border-b border-stone-200 pb-6 dark:border-stone-800">
              <h2 className="text-xl leading-snug font-bold">
                <a href={href} className="text-brand-700 underline-offset-4 hover:underline dark:text-brand-100">
                  {title}
                </a>
              </h2>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                <time dateTime={date}>{dateText}</time>
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
      {pagination}
    </>
  );
}
