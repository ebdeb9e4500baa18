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
  /** The story id. */
  id: string;
  /** The story's path, as its links use it. */
  url: string;
  language: Locale;
  /** What Pagefind indexes: the words of normalize(title + body text), see indexedWords. */
  content: string;
  /** Shown in the result list. */
  meta: { title: string; date: string; dateText: string };
  /** The body's plain text as written (not normalized), for the highlighted excerpt. */
  text: string;
}

/**
 * How many times one word of a story is indexed. Pagefind keeps every
 * position of every word, and a query downloads the whole position list of
 * each of its words: for a word found in most of a 10,000-story archive
 * (Kazakhstan, Russia…) that list alone outweighed the 300 KB budget of a
 * first query. Beyond a few occurrences a word adds nothing to ranking
 * (term frequency saturates), so search engines cap positions per word (as
 * PostgreSQL's full-text search does); the excerpt shown for each result is
 * cut from the story's original text, not from these positions.
 */
const MAX_OCCURRENCES = 1;

/**
 * The words of normalized text, each at most MAX_OCCURRENCES times, in
 * reading order. A word is a whitespace-separated token without its leading
 * and trailing punctuation, so compounds like "csto-led" reach Pagefind whole,
 * as they would in running text.
 */
export function indexedWords(normalized: string): string {
  const seen = new Map<string, number>();
  const out: string[] = [];
  // One regex pass finds each token already trimmed (see INDEXED_WORD):
  // splitting and trimming every token separately was a third of the time it
  // takes to collect a 10,000-story archive's records.
  for (const word of normalized.match(INDEXED_WORD) ?? []) {
    const n = (seen.get(word) ?? 0) + 1;
    seen.set(word, n);
    if (n <= MAX_OCCURRENCES) out.push(word);
  }
  return out.join(' ');
}

/**
 * A whitespace-separated token from its first to its last letter, mark or
 * digit: `\S*` cannot cross whitespace, and backtracks to the token's last
 * letter, so leading and trailing punctuation is left out and a token with no
 * letter at all is not matched.
 */
const INDEXED_WORD = /[\p{L}\p{M}\p{N}](?:\S*[\p{L}\p{M}\p{N}])?/gu;

/** Every published story of `locale`, newest first, as search records, one at a time. */
export function* recordsOf(locale: Locale): Generator<SearchRecord> {
  for (const entry of getAllStories(locale)) {
    // Parsed, not rendered: the index needs words, not HTML.
    const text = getStoryText(locale, entry.id);
    if (text === undefined) continue;
    yield {
      id: entry.id,
      url: urls.story(locale, entry.id),
      language: locale,
      content: indexedWords(normalize(`${entry.title}\n${text}`)),
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
