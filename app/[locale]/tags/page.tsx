import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { localeOrNotFound } from '@/i18n/locale';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { PageFrame } from '@/components/layout/PageFrame';
import { getTags } from '@/lib/content';
import { getAccess } from '@/lib/editorial/preview';
import { regenerateWithinPublishInterval } from '@/lib/editorial/publish-interval';
import { sectionMetadata } from '@/lib/seo/metadata';
import { formatNumber } from '@/lib/format';
import * as urls from '@/lib/urls';

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]/tags'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return sectionMetadata(locale, 'tags', (l) => urls.tags(l));
}

export default async function TagsPage({ params }: PageProps<'/[locale]/tags'>) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'tags' });
  await regenerateWithinPublishInterval();
  const tags = getTags(locale, await getAccess());
  return (
    <PageFrame locale={locale} section="tags" alternates={urls.inLocales(routing.locales, (l) => urls.tags(l))}>
      <h1 className="mb-8 text-3xl font-bold">{t('title')}</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tags.map((tag) => (
          <li key={tag.id}>
            <a
              href={urls.tag(locale, tag.id)}
              className="flex items-baseline justify-between gap-4 rounded-md border border-stone-200 p-4 hover:border-brand-600 hover:bg-brand-50 dark:border-stone-800 dark:hover:bg-brand-900"
            >
              <span className="text-lg font-bold">{tag.label}</span>
              <span className="text-sm text-stone-600 dark:text-stone-400" data-testid="tag-count">
                {t('count', { count: tag.count, n: formatNumber(tag.count, locale) })}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}
