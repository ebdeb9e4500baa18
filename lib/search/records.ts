/**
 * What the search index holds, collected from the content layer (never from
 * built HTML): one record per published story translation. Only
 * getAllStories() is asked, which leaves drafts and scheduled stories out, so
 * the index can never leak an unpublished story.
 */
import { routing, type Locale } from '@/i18n/routing';
import { getAllStories, getStoryText } from '@/lib/content';
import { formatDate } from '@/lib/format';
import * as urls from '@/lib/urls';
import { normalize } from './normalize';

export interface SearchRecord {
  /** The story's path, as its links use it. */
  url: string;
  language: Locale;
  /** What Pagefind indexes: normalize(title + body text). */
  content: string;
  /** Shown in the result list. */
  meta: { title: string; date: string; dateText: string };
  /** The body's plain text as written (not normalized), for the highlighted excerpt. */
  text: string;
}

/** Every published story of `locale`, newest first, as search records, one at a time. */
export function* recordsOf(locale: Locale): Generator<SearchRecord> {
  for (const entry of getAllStories(locale)) {
    // Parsed, not rendered: the index needs words, not HTML.
    const text = getStoryText(locale, entry.id);
    if (text === undefined) continue;
    yield {
      url: urls.story(locale, entry.id),
      language: locale,
      content: normalize(`${entry.title}\n${text}`),
      meta: {
        title: entry.title,
        date: new Date(entry.time).toISOString(),
        dateText: formatDate(entry.date, locale),
      },
      text,
    };
  }
}

/** Every published story of `locale`, newest first, as search records. */
export function collectRecords(locale: Locale): SearchRecord[] {
  return [...recordsOf(locale)];
}

/** Records of every locale, in the routing order. */
export function collectAllRecords(): SearchRecord[] {
  return routing.locales.flatMap((l) => collectRecords(l));
}
