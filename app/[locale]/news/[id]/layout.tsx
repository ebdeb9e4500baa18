import type { ReactNode } from 'react';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getStoryEntry, getTranslations } from '@/lib/content';
import { getAccess } from '@/lib/preview';
import { PageFrame } from '@/components/layout/PageFrame';
import { NotFoundContent } from '@/components/story/NotFoundContent';
import * as urls from '@/lib/urls';

/**
 * A not-found boundary cannot see the route's params, so the story's 404 body
 * is decided here: when the page calls notFound() (status 404), its
 * not-found.tsx renders nothing and this layout shows either "not available
 * in this language" with links to the translations that exist, or a plain 404.
 */
export default async function StoryLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return children;
  const access = await getAccess();
  if (getStoryEntry(locale, id, access)) return children;
  const translations = getTranslations(id, access);
  return (
    <PageFrame locale={locale} section="story" alternates={urls.inLocales(translations, (l) => urls.story(l, id))}>
      <NotFoundContent locale={locale} storyId={id} translations={translations} />
      {children}
    </PageFrame>
  );
}
