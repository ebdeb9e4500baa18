import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { PageFrame } from '@/components/layout/PageFrame';
import { SearchForm } from '@/components/search/SearchForm';
import { SearchInBrowser, type SearchMessages } from '@/components/search/SearchInBrowser';
import { SearchResultList } from '@/components/search/SearchResultList';
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
  const { search, pagination } = (await getMessages({ locale })) as unknown as SearchMessages;
  return (
    // The language links keep the query: a reader switching language sees the same search there.
    <PageFrame locale={locale} section="search" alternates={urls.inLocales(routing.locales, (l) => urls.search(l, query))}>
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      <SearchInBrowser
        locale={locale}
        messages={{ search: { results: search.results, noResults: search.noResults }, pagination }}
        serverResults={results && <SearchResultList locale={locale} results={results} />}
      >
        <SearchForm locale={locale} query={query} />
      </SearchInBrowser>
    </PageFrame>
  );
}
