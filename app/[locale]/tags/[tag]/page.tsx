import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { localeOrNotFound } from '@/i18n/locale';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { Listing } from '@/components/listing/Listing';
import { getTag, getTags } from '@/lib/content';
import { getAccess } from '@/lib/editorial/preview';
import { pageMetadata } from '@/lib/seo/metadata';
import * as urls from '@/lib/urls';

export const revalidate = 300;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!hasLocale(routing.locales, params.locale)) return [];
  return getTags(params.locale).map((t) => ({ tag: t.id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tags/[tag]'>): Promise<Metadata> {
  const { locale, tag } = await params;
  const labels = getTag(tag);
  if (!hasLocale(routing.locales, locale) || !labels) return {};
  const t = await getTranslations({ locale, namespace: 'tag' });
  return pageMetadata({
    locale,
    title: labels[locale],
    description: t('description', { label: labels[locale] }),
    tagFeed: { id: tag, label: labels[locale] },
    alternates: urls.inLocales(routing.locales, (l) => urls.tag(l, tag)),
  });
}

export default async function TagPage({ params }: PageProps<'/[locale]/tags/[tag]'>) {
  const { locale: segment, tag } = await params;
  const locale = localeOrNotFound(segment);
  setRequestLocale(locale);
  return <Listing locale={locale} tag={tag} page={1} access={await getAccess()} />;
}
