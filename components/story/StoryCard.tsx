import type { Locale } from '@/i18n/routing';
import { visibilityOf, type StoryEntry } from '@/lib/content';
import * as urls from '@/lib/urls';
import { DateTime } from './DateTime';
import { StoryImage } from '@/components/media/StoryImage';
import { TagLinks } from './TagLinks';
import { StatusBadge } from './StatusBadge';

export function StoryCard({
  story,
  locale,
  lead = false,
  priority = false,
  heading = 'h2',
}: {
  story: StoryEntry;
  locale: Locale;
  lead?: boolean;
  priority?: boolean;
  /** The heading level that keeps the page's outline without gaps. */
  heading?: 'h2' | 'h3';
}) {
  const href = urls.story(locale, story.id);
  const Heading = heading;
  return (
    <article className={lead && story.image ? 'grid gap-5 md:grid-cols-2 md:items-center' : 'flex flex-col gap-3'}>
      {story.image ? (
        <a href={href} tabIndex={-1} aria-hidden="true" className="block overflow-hidden rounded-md bg-stone-200 dark:bg-stone-800">
          <StoryImage
            image={story.image}
            alt=""
            sizes={lead ? '(min-width: 768px) 576px, 100vw' : '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw'}
            priority={priority}
            className="aspect-[16/9] w-full object-cover"
          />
        </a>
      ) : null}
      <div className="flex flex-col gap-2">
        <StatusBadge locale={locale} status={visibilityOf(story)} />
        <Heading
          className={lead ? 'text-2xl leading-tight font-bold text-balance md:text-3xl' : 'text-lg leading-snug font-bold text-balance'}
        >
          <a href={href} className="hover:text-brand-700 hover:underline dark:hover:text-brand-100">
            {story.title}
          </a>
        </Heading>
        <p className={lead ? 'text-lg text-stone-700 dark:text-stone-300' : 'text-stone-700 dark:text-stone-300'}>{story.summary}</p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-stone-600 dark:text-stone-400">
          <DateTime iso={story.date} locale={locale} />
          <TagLinks locale={locale} tags={story.tags} />
        </div>
      </div>
    </article>
  );
}
