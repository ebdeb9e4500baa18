import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { localeOrNotFound } from '@/i18n/locale';
import { routing } from '@/i18n/routing';
import { SearchPage, searchPageMetadata } from '@/components/search/SearchPage';

/**
 * `/{locale}/search`: the empty search form, static. A query
 * (`?q=…[&page=n]`) is rewritten by proxy.ts to the results page,
 * ./[query]/[page], which renders results on the server (no JavaScript needed).
 */
export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? searchPageMetadata(locale) : {};
}

export default async function SearchFormPage({ params }: PageProps<'/[locale]/search'>) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  return <SearchPage locale={locale} query="" />;
}
