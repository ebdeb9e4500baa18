import type { Metadata } from 'next';
import { localeOrNotFound } from '@/i18n/locale';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { Listing } from '@/components/listing/Listing';
import { getAccess } from '@/lib/editorial/preview';
import { pageMetadata } from '@/lib/seo/metadata';
import * as urls from '@/lib/urls';

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale });
  return pageMetadata({
    locale,
    title: t('site.name'),
    absoluteTitle: true,
    description: t('home.description'),
    alternates: urls.inLocales(routing.locales, (l) => urls.home(l)),
  });
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  // The layout shows an unknown locale's 404 page; this makes the status 404.
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  return <Listing locale={locale} page={1} access={await getAccess()} />;
}
