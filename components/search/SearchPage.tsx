import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { PageFrame } from '@/components/layout/PageFrame';
import { SearchForm } from '@/components/search/SearchForm';
import { SearchInBrowser, type SearchText } from '@/components/search/SearchInBrowser';
import { SearchResultList } from '@/components/search/SearchResultList';
import { paginationText } from '@/components/story/Pagination';
import type { SearchResults } from '@/lib/search/service';
import { sectionMetadata } from '@/lib/seo/metadata';
import * as urls from '@/lib/urls';

/** Both search pages declare the bare /{locale}/search canonical; result pages also carry `X-Robots-Tag: noindex` (next.config). */
export function searchPageMetadata(locale: Locale): Promise<Metadata> {
  return sectionMetadata(locale, 'search', (l) => urls.search(l));
}

/** The search page: the form, and the results when there is a query. */
export async function SearchPage({ locale, query, results }: { locale: Locale; query: string; results?: SearchResults }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  return (
    // The language links keep the query: a reader switching language sees the same search there.
    <PageFrame locale={locale} section="search" alternates={urls.inLocales(routing.locales, (l) => urls.search(l, query))}>
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      <SearchInBrowser
        locale={locale}
        text={await browserText(locale)}
        serverResults={results && <SearchResultList locale={locale} results={results} />}
      >
        <SearchForm locale={locale} query={query} />
      </SearchInBrowser>
    </PageFrame>
  );
}

/**
 * The strings the browser's search writes its results with, formatted here:
 * the count line once per plural category of the locale (the browser picks
 * one with Intl.PluralRules), so no message formatter is sent to it.
 */
async function browserText(locale: Locale): Promise<SearchText> {
  const t = await getTranslations({ locale, namespace: 'search' });
  const rules = new Intl.PluralRules(locale);
  const results: SearchText['results'] = {};
  for (let count = 1; count <= 200; count++) results[rules.select(count)] ??= t('results', { count, n: '{n}' });
  return {
    results,
    noResults: t('noResults'),
    pagination: await paginationText(locale, '{page}', '{total}'),
  };
}
