import type { Metadata } from 'next';
import { localeOrNotFound } from '@/i18n/locale';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { Listing, listingNotFound, pageNumber, parsePageParam } from '@/components/listing/Listing';
import { getTag } from '@/lib/content';
import { getAccess } from '@/lib/editorial/preview';
import { pageMetadata } from '@/lib/seo/metadata';
import { formatNumber } from '@/lib/format';
import * as urls from '@/lib/urls';

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tags/[tag]/page/[n]'>): Promise<Metadata> {
  const { locale, tag, n } = await params;
  const labels = getTag(tag);
  if (!hasLocale(routing.locales, locale) || !labels) return {};
  const page = pageNumber(n);
  // A 404's title comes from the layout.
  if (page === undefined || (await listingNotFound(await params))) return {};
  const t = await getTranslations({ locale, namespace: 'tag' });
  return pageMetadata({
    locale,
    title: t('pageTitle', { label: labels[locale], page: formatNumber(page, locale) }),
    description: t('description', { label: labels[locale] }),
    tagFeed: { id: tag, label: labels[locale] },
    alternates: urls.inLocales(routing.locales, (l) => urls.tag(l, tag, page)),
  });
}

export default async function TagPageN({ params }: PageProps<'/[locale]/tags/[tag]/page/[n]'>) {
  const { locale: segment, tag, n } = await params;
  const locale = localeOrNotFound(segment);
  setRequestLocale(locale);
  return <Listing locale={locale} tag={tag} page={parsePageParam(n)} access={await getAccess()} />;
}
