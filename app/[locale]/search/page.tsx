import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { localeOrNotFound } from '@/i18n/locale';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { PageFrame } from '@/components/layout/PageFrame';
import { SearchForm } from '@/components/search/SearchForm';
import { SearchResultList } from '@/components/search/SearchResultList';
import { search } from '@/lib/search/service';
import { pageMetadata } from '@/lib/seo/metadata';
import * as urls from '@/lib/urls';

/**
 * `/{locale}/search?q=…[&page=n]`: results are found and rendered on the
 * server, so the page is complete without JavaScript. Result pages carry
 * `X-Robots-Tag: noindex` (next.config headers) and declare the bare
 * /{locale}/search canonical.
 */
const alternates = () => urls.inLocales(routing.locales, (l) => urls.search(l));

/** The first value of a query parameter, trimmed. */
function param(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
}

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'search' });
  return pageMetadata({ locale, title: t('title'), description: t('description'), alternates: alternates() });
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  const sp = await searchParams;
  const query = param(sp.q).slice(0, 200);
  const page = Number(param(sp.page) || 1);
  const results = query ? await search(locale, query, Number.isInteger(page) && page >= 1 ? page : 1) : undefined;
  const t = await getTranslations({ locale, namespace: 'search' });
  return (
    // The language links keep the query: a reader switching language sees the same search there.
    <PageFrame locale={locale} section="search" alternates={urls.inLocales(routing.locales, (l) => urls.search(l, query))}>
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      <SearchForm locale={locale} query={query} />
      {results && <SearchResultList locale={locale} results={results} />}
    </PageFrame>
  );
}
