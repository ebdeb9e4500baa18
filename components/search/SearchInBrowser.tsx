'use client';

import { useEffect, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { routing, type Locale } from '@/i18n/routing';
import { PaginationView, type PaginationText } from '@/components/story/PaginationView';
import { formatNumber } from '@/lib/format';
import * as urls from '@/lib/urls';
import { SearchResultsView, type ResultView } from './SearchResultsView';

/** What the browser writes results with, formatted by the server (SearchPage). */
export interface SearchText {
  /** The count line for each plural category, `{n}` standing for the count. */
  results: Partial<Record<Intl.LDMLPluralRule, string>>;
  noResults: string;
  /** `status` has `{page}` and `{total}`. */
  pagination: PaginationText;
}

interface Shown {
  query: string;
  status: string;
  results: ResultView[];
  page: number;
  totalPages: number;
  pagination: PaginationText;
}

/**
 * With JavaScript, the search page searches in the browser (lib/search/browser):
 * the form's submit and the result pages' links are answered here, the address
 * follows with ?q=…&page=n (so it can be shared, and the server renders the
 * same results for it), and back and forward work. Without JavaScript, or if
 * the index cannot be read, the form and links reach the server's page as they
 * are. `children` is the server's form, `serverResults` what the server found
 * for the address the page was loaded at.
 */
export function SearchInBrowser({
  locale,
  text,
  children,
  serverResults,
}: {
  locale: Locale;
  text: SearchText;
  children: ReactNode;
  serverResults?: ReactNode;
}) {
  const [shown, setShown] = useState<Shown | 'none' | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);
  const root = useRef<HTMLDivElement>(null);

  async function run(query: string, page: number, history: 'push' | 'replace' | 'none') {
    const seq = ++latest.current;
    const href = urls.search(locale, query, page);
    setBusy(true);
    try {
      const { searchInBrowser } = await import('@/lib/search/browser');
      const found = await searchInBrowser(locale, query, page);
      if (seq !== latest.current) return;
      const n = (x: number) => formatNumber(x, locale);
      const counted = text.results[new Intl.PluralRules(locale).select(found.total)] ?? text.results.other ?? '{n}';
      setShown({
        query,
        status: found.total === 0 ? text.noResults : counted.replace('{n}', n(found.total)),
        results: found.results.map((r) => ({ ...r, href: urls.story(locale, r.id) })),
        page,
        totalPages: found.totalPages,
        pagination: {
          ...text.pagination,
          status: text.pagination.status.replace('{page}', n(page)).replace('{total}', n(found.totalPages)),
        },
      });
      if (history === 'push') window.history.pushState(null, '', href);
      if (history === 'replace') window.history.replaceState(null, '', href);
      keepQueryInLanguageLinks(locale, query);
    } catch {
      // The server renders the same results.
      window.location.assign(href);
    } finally {
      if (seq === latest.current) setBusy(false);
    }
  }

  function fromAddress(how: 'replace' | 'none') {
    const params = new URLSearchParams(how === 'replace' ? window.location.hash.slice(1) : window.location.search);
    const query = (params.get('q') ?? '').trim().slice(0, urls.SEARCH_QUERY_MAX);
    const input = root.current?.querySelector<HTMLInputElement>('input[name="q"]');
    if (input) input.value = query;
    if (query) void run(query, pageOf(params), how);
    else if (how === 'none') setShown('none');
  }

  useEffect(() => {
    // Another language's search page hands its query over in the fragment (#q=…).
    const handOver = window.location.hash.startsWith('#q=') ? window.setTimeout(() => fromAddress('replace')) : undefined;
    const onPop = () => fromAddress('none');
    window.addEventListener('popstate', onPop);
    return () => {
      window.clearTimeout(handOver);
      window.removeEventListener('popstate', onPop);
    };
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onSubmit(e: FormEvent<HTMLDivElement>) {
    const form = e.target as HTMLFormElement;
    const query = String(new FormData(form).get('q') ?? '')
      .trim()
      .slice(0, urls.SEARCH_QUERY_MAX);
    e.preventDefault();
    if (query) void run(query, 1, 'push');
    else {
      setShown('none');
      window.history.pushState(null, '', urls.search(locale));
    }
  }

  function onClick(e: MouseEvent<HTMLDivElement>) {
    const a = (e.target as Element).closest('a');
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const to = new URL(a.href);
    const query = to.searchParams.get('q');
    if (to.origin !== window.location.origin || to.pathname !== urls.search(locale) || !query) return;
    e.preventDefault();
    void run(query, pageOf(to.searchParams), 'push');
  }

  return (
    <div ref={root} onSubmit={onSubmit} onClick={onClick}>
      {children}
      <div aria-busy={busy} data-testid="search-answer" className={busy ? 'opacity-60 transition-opacity' : undefined}>
        {shown === undefined ? (
          serverResults
        ) : shown === 'none' ? null : (
          <SearchResultsView
            status={shown.status}
            results={shown.results}
            pagination={
              <PaginationView
                page={shown.page}
                totalPages={shown.totalPages}
                hrefFor={(n) => urls.search(locale, shown.query, n)}
                text={shown.pagination}
              />
            }
          />
        )}
      </div>
    </div>
  );
}

/** The page number of an address's `page` parameter, as the server reads it (proxy.ts): 1 unless a whole number from 1. */
function pageOf(params: URLSearchParams): number {
  const n = Number(params.get('page') || 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/**
 * The header's links to this page in the other languages carry the query
 * (in the fragment, for that page's own browser search), as the server's
 * links to a results page do.
 */
function keepQueryInLanguageLinks(locale: Locale, query: string) {
  for (const l of routing.locales) {
    if (l === locale) continue;
    for (const a of document.querySelectorAll<HTMLAnchorElement>(`a[hreflang="${l}"]`)) {
      if (new URL(a.href).pathname === urls.search(l)) a.href = `${urls.search(l)}#q=${encodeURIComponent(query)}`;
    }
  }
}
