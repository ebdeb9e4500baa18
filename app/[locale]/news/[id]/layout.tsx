import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import { getStoryEntry, getStoryLocales } from '@/lib/content';
import { getAccess } from '@/lib/editorial/preview';
import { NotFoundPage, notFoundMetadata } from '@/components/layout/NotFoundPage';
import * as urls from '@/lib/urls';

type Props = { params: Promise<{ locale: string; id: string }> };

/** The story's translations when it is missing in this locale, or undefined when it exists (or the locale is unknown). */
async function missing({ params }: Props): Promise<{ locale: Locale; id: string; translations: Locale[] } | undefined> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return undefined;
  const access = await getAccess();
  if (getStoryEntry(locale, id, access)) return undefined;
  return { locale, id, translations: getStoryLocales(id, access) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const m = await missing(props);
  return m ? notFoundMetadata(m.locale, m.translations.length > 0) : {};
}

/**
 * A missing story's 404 (see NotFoundPage): "not available in this language"
 * with links to the translations that exist, or a plain 404.
 */
export default async function StoryLayout({ children, params }: Props & { children: ReactNode }) {
  const m = await missing({ params });
  if (!m) return children;
  // The language links lead to the translations, or to the home pages when there is none.
  const alternates =
    m.translations.length > 0
      ? urls.inLocales([...m.translations, m.locale], (l) => urls.story(l, m.id))
      : urls.inLocales(routing.locales, (l) => urls.home(l));
  return (
    <NotFoundPage locale={m.locale} storyId={m.id} translations={m.translations} alternates={alternates}>
      {children}
    </NotFoundPage>
  );
}
