import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing, localeInfo } from '@/i18n/routing';
import { PageFrame } from '@/components/layout/PageFrame';
import { SearchResults } from '@/components/search/SearchResults';
import { pluralTemplates } from '@/lib/search/plural';
import { pageMetadata } from '@/lib/seo';
import * as urls from '@/lib/urls';

/**
 * `/{locale}/search?q=…`: a static page. The query is read in the browser
 * (SearchResults), never on the server, so one prerendered HTML serves every
 * query; result pages carry `X-Robots-Tag: noindex` (next.config headers)
 * and all of them declare /{locale}/search canonical.
 */
const alternates = () => urls.inLocales(routing.locales, (l) => urls.search(l));

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'search' });
  return pageMetadata({ locale, title: t('title'), description: t('description'), alternates: alternates() });
}

export default async function SearchPage({ params }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'search' });
  const tNav = await getTranslations({ locale, namespace: 'nav' });
  return (
    <PageFrame locale={locale} section="other" alternates={alternates()}>
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      <SearchResults
        locale={locale}
        action={urls.search(locale)}
        numberLocale={localeInfo[locale].dateLocale}
        strings={{
          label: t('label'),
          placeholder: t('placeholder'),
          submit: t('submit'),
          noResults: t('noResults'),
          loading: t('loading'),
          more: t('more'),
          error: t('error'),
        }}
        results={pluralTemplates((count, n) => t('results', { count, n }), locale)}
      />
      <noscript>
        <p className="rounded-md border border-gold-700 bg-gold-400/15 p-4 text-stone-900 dark:text-stone-100">
          {t('needsJs')}{' '}
          <a href={urls.tags(locale)} className="font-semibold underline underline-offset-4">
            {tNav('tags')}
          </a>
        </p>
      </noscript>
    </PageFrame>
  );
}
