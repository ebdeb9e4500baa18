import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Story, StoryEntry } from '@/lib/content';
import { formatDate, formatNumber, readingMinutes } from '@/lib/format';
import * as urls from '@/lib/urls';
import { DateTime } from './DateTime';
import { StoryImage } from '@/components/media/StoryImage';
import { TagLinks } from './TagLinks';
import { StatusBadge } from './StatusBadge';
import { ShareLinks } from './ShareLinks';
import { LocaleLink } from '@/components/layout/LocaleLink';

export async function StoryArticle({
  story,
  locale,
  translations,
  related,
  adjacent,
}: {
  story: Story;
  locale: Locale;
  translations: Locale[];
  related: StoryEntry[];
  adjacent: { newer?: StoryEntry; older?: StoryEntry };
}) {
  const t = await getTranslations({ locale, namespace: 'story' });
  const siteName = (await getTranslations({ locale, namespace: 'site' }))('name');
  const url = urls.absolute(urls.story(locale, story.id));
  const minutes = readingMinutes(story.words);
  const others = translations.filter((l) => l !== locale);
  return (
    <article className="mx-auto max-w-3xl">
      <header className="mb-8 flex flex-col gap-4">
        {/* The header is not printed: the printout names the site and the story's address here. */}
        <p className="hidden text-sm print:block">
          {siteName} · <span dir="ltr">{url}</span>
        </p>
        <StatusBadge locale={locale} status={story.status} />
        <h1 className="text-3xl leading-tight font-bold text-balance md:text-4xl">{story.title}</h1>
        <p className="text-lg text-stone-700 md:text-xl dark:text-stone-300">{story.summary}</p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
          <DateTime iso={story.date} locale={locale} className="font-semibold text-stone-800 dark:text-stone-200" />
          {story.updated ? (
            <span>
              {t.rich('updated', {
                date: formatDate(story.updated, locale),
                time: (chunks) => <time dateTime={story.updated}>{chunks}</time>,
              })}
            </span>
          ) : null}
          <span>{t('readingTime', { count: minutes, n: formatNumber(minutes, locale) })}</span>
          {story.author ? <span>{t('author', { name: story.author })}</span> : null}
        </div>
      </header>

      {story.image ? (
        // Not printed: the illustrations are dark and would print as a solid block.
        <figure className="mb-8 print:hidden">
          <StoryImage
            image={story.image}
            alt={story.image.alt}
            sizes="(min-width: 800px) 768px, 100vw"
            priority
            className="w-full rounded-md bg-stone-200 dark:bg-stone-800"
          />
          {story.image.credit ? (
            <figcaption className="mt-2 text-sm text-stone-600 dark:text-stone-400">{story.image.credit}</figcaption>
          ) : null}
        </figure>
      ) : null}

      <div
        className="prose-story prose prose-lg max-w-none prose-stone dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-100"
        dangerouslySetInnerHTML={{ __html: story.html }}
      />

      <footer className="mt-10 flex flex-col gap-6 border-t border-stone-200 pt-6 dark:border-stone-800">
        {story.source ? (
          <p className="text-stone-700 dark:text-stone-300">
            <span className="font-semibold">{t('source')}</span>{' '}
            {story.source.url ? (
              <a
                href={story.source.url}
                rel="noopener noreferrer"
                className="inline-flex min-h-11 items-center underline underline-offset-4"
              >
                {story.source.name}
              </a>
            ) : (
              story.source.name
            )}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <h2 className="text-sm font-bold text-stone-600 dark:text-stone-400">{t('tags')}</h2>
          <TagLinks locale={locale} tags={story.tags} />
        </div>
        <ShareLinks locale={locale} url={url} title={story.title} />
        {others.length > 0 ? (
          <div className="flex flex-wrap items-center gap-3 print:hidden">
            <h2 className="text-sm font-bold text-stone-600 dark:text-stone-400">{t('translations')}</h2>
            <ul className="flex flex-wrap gap-x-3">
              {others.map((l) => (
                <li key={l}>
                  <LocaleLink
                    locale={l}
                    href={urls.story(l, story.id)}
                    className="inline-flex min-h-11 min-w-11 items-center underline underline-offset-4"
                  />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </footer>

      {related.length > 0 ? (
        <aside aria-labelledby="related" className="mt-12 print:hidden">
          <h2 id="related" className="mb-4 text-xl font-bold">
            {t('related')}
          </h2>
          <ul className="flex flex-col gap-4">
            {related.map((r) => (
              <li key={r.id} className="border-s-4 border-brand-600 ps-4">
                <a href={urls.story(locale, r.id)} className="font-semibold hover:underline">
                  {r.title}
                </a>
                <div className="text-sm text-stone-600 dark:text-stone-400">
                  <DateTime iso={r.date} locale={locale} />
                </div>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}

      {adjacent.newer || adjacent.older ? (
        <nav aria-label={t('adjacent')} className="mt-12 grid gap-4 sm:grid-cols-2 print:hidden">
          {adjacent.newer ? (
            <AdjacentLink href={urls.story(locale, adjacent.newer.id)} rel="prev" label={t('newer')} title={adjacent.newer.title} />
          ) : (
            <span />
          )}
          {adjacent.older ? (
            <AdjacentLink href={urls.story(locale, adjacent.older.id)} rel="next" label={t('older')} title={adjacent.older.title} end />
          ) : null}
        </nav>
      ) : null}
    </article>
  );
}

/** The newer or older story, at the end of an article (`end`: aligned to the line's end). */
function AdjacentLink({
  href,
  rel,
  label,
  title,
  end = false,
}: {
  href: string;
  rel: string;
  label: string;
  title: string;
  end?: boolean;
}) {
  const align = end ? ' text-end' : '';
  return (
    <a
      href={href}
      rel={rel}
      className={`rounded border border-stone-200 p-4${align} hover:bg-stone-50 dark:border-stone-800 dark:hover:bg-stone-900`}
    >
      <span className="block text-sm text-stone-600 dark:text-stone-400">{label}</span>
      <span className="font-semibold">{title}</span>
    </a>
  );
}
