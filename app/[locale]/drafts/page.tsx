import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { localeOrNotFound } from '@/i18n/locale';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { PageFrame } from '@/components/layout/PageFrame';
import { DateTime } from '@/components/story/DateTime';
import { StatusBadge } from '@/components/story/StatusBadge';
import { getUnpublished } from '@/lib/content';
import { getAccess } from '@/lib/editorial/preview';
import * as urls from '@/lib/urls';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Every draft and scheduled story of this locale, for editors in preview only (404 otherwise). */
export default async function DraftsPage({ params }: PageProps<'/[locale]/drafts'>) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  if (!(await getAccess()).preview) notFound();
  const t = await getTranslations({ locale, namespace: 'preview' });
  const stories = getUnpublished(locale);
  return (
    <PageFrame locale={locale} section="other" alternates={urls.inLocales(routing.locales, (l) => urls.drafts(l))}>
      <h1 className="mb-8 text-3xl font-bold">{t('draftsTitle')}</h1>
      {stories.length === 0 ? (
        <p>{t('draftsEmpty')}</p>
      ) : (
        <ul className="flex flex-col gap-4" data-testid="drafts">
          {stories.map((s) => (
            <li key={s.id} className="flex flex-col gap-1 border-s-4 border-gold-400 ps-4">
              <StatusBadge locale={locale} status={s.status} />
              <a href={urls.story(locale, s.id)} className="text-lg font-bold underline-offset-4 hover:underline">
                {s.title}
              </a>
              <span className="text-sm text-stone-600 dark:text-stone-400">
                <DateTime iso={s.date} locale={locale} /> · <code dir="ltr">{s.id}</code>
              </span>
            </li>
          ))}
        </ul>
      )}
    </PageFrame>
  );
}
