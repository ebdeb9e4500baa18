import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { localeOrNotFound } from '@/i18n/locale';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { Listing, listingNotFound, pageNumber, parsePageParam } from '@/components/listing/Listing';
import { getAccess } from '@/lib/editorial/preview';
import { pageMetadata } from '@/lib/seo/metadata';
import { formatNumber } from '@/lib/format';
import * as urls from '@/lib/urls';

export const revalidate = 300;

// Further pages render on first request and are then cached.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/page/[n]'>): Promise<Metadata> {
  const { locale, n } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const page = pageNumber(n);
  // A 404's title comes from the layout.
  if (page === undefined || (await listingNotFound(await params))) return {};
  const t = await getTranslations({ locale });
  return pageMetadata({
    locale,
    title: t('home.pageTitle', { page: formatNumber(page, locale) }),
    description: t('home.description'),
    alternates: urls.inLocales(routing.locales, (l) => urls.home(l, page)),
  });
}

export default async function HomePageN({ params }: PageProps<'/[locale]/page/[n]'>) {
  const { locale: segment, n } = await params;
  const locale = localeOrNotFound(segment);
  setRequestLocale(locale);
  return <Listing locale={locale} page={parsePageParam(n)} access={await getAccess()} />;
}
