import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { localeOrNotFound } from '@/i18n/locale';
import { routing } from '@/i18n/routing';
import { PageFrame } from '@/components/layout/PageFrame';
import { StoryArticle } from '@/components/story/StoryArticle';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getAdjacent, getRecentStoryIds, getRelated, getStory, getStoryEntry, getTag, getStoryLocales, lastModified } from '@/lib/content';
import { JsonLd } from '@/components/seo/JsonLd';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { breadcrumbs, newsArticle } from '@/lib/seo/structured-data';
import { prerenderStoryCount } from '@/lib/config';
import { getAccess } from '@/lib/editorial/preview';
import { regenerateWithinPublishInterval } from '@/lib/editorial/publish-interval';
import { pageMetadata } from '@/lib/seo/metadata';
import * as urls from '@/lib/urls';

export const revalidate = 300;

/** The newest stories are built ahead; older ones render on first request and are cached (ISR). */
export function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!hasLocale(routing.locales, params.locale)) return [];
  return getRecentStoryIds(params.locale, prerenderStoryCount()).map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news/[id]'>): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const access = await getAccess();
  const story = getStoryEntry(locale, id, access);
  if (!story) return {};
  return pageMetadata({
    locale,
    title: story.title,
    description: story.summary,
    alternates: urls.inLocales(getStoryLocales(id, access), (l) => urls.story(l, id)),
    article: {
      id,
      publishedTime: story.date,
      modifiedTime: lastModified(story),
      tags: story.tags.map((t) => getTag(t)?.[locale]).filter((x): x is string => !!x),
    },
  });
}

export default async function StoryPage({ params }: PageProps<'/[locale]/news/[id]'>) {
  const { locale: segment, id } = await params;
  const locale = localeOrNotFound(segment);
  setRequestLocale(locale);
  await regenerateWithinPublishInterval();
  const access = await getAccess();
  const story = getStory(locale, id, access);
  // The 404 body (including "not available in this language") comes from ./layout.tsx.
  if (!story) notFound();
  const translations = getStoryLocales(id, access);
  const t = await getTranslations({ locale });
  const tagLabels = story.tags.map((tag) => getTag(tag)?.[locale]).filter((x): x is string => !!x);
  const firstTag = story.tags[0];
  const crumbs = [
    { name: t('nav.home'), path: urls.home(locale) },
    ...(firstTag && tagLabels[0] ? [{ name: tagLabels[0], path: urls.tag(locale, firstTag) }] : []),
    { name: story.title, path: urls.story(locale, id) },
  ];
  return (
    <PageFrame locale={locale} section="story" alternates={urls.inLocales(translations, (l) => urls.story(l, id))}>
      <JsonLd data={[newsArticle(story, { siteName: t('site.name'), tagLabels }), breadcrumbs(crumbs)]} />
      <Breadcrumbs locale={locale} items={crumbs} />
      <StoryArticle
        story={story}
        locale={locale}
        translations={translations}
        related={getRelated(locale, id, 3, access)}
        adjacent={getAdjacent(locale, id, access)}
      />
    </PageFrame>
  );
}
