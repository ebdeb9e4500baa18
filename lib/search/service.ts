/**
 * Site search on the server: one InvertedIndex per locale, kept equal to that
 * locale's published stories (getAllStories), so drafts and scheduled stories
 * are never indexed before they are live.
 *
 * The index follows the content by identity: the content layer reuses a
 * story's entry object until its folder changes, and derives a new published
 * list only when a story is published, corrected, taken down or comes due.
 * So a search first compares that list with the one it last indexed and, if
 * it changed, re-indexes just the entries that are new or different. The
 * first build of a locale's index (at server start) runs in slices so that
 * pages keep being served meanwhile.
 */
import 'server-only';
import { routing, type Locale } from '@/i18n/routing';
import { getAllStories, getStoryEntry, getListPositions, getStoryText, type StoryEntry } from '@/lib/content';
import { excerpter, type Excerpt } from './excerpt';
import { analyze, analyzeDistinct, queryTerms } from './analyze';
import { normalize, WORD } from './normalize';
import { InvertedIndex } from './engine';

/** Results per page of the search page. */
export const RESULTS_PER_PAGE = 10;

interface LocaleIndex {
  index: InvertedIndex;
  /** The published list the index was last brought up to date with. */
  list: readonly StoryEntry[];
  /** The entry each indexed story was indexed from. */
  entries: Map<string, StoryEntry>;
  stems: Map<string, string>;
  /** A bring-up-to-date in progress, which other searches wait for. */
  syncing?: Promise<void>;
  /** The first whole build has finished. */
  built?: boolean;
}

const state = globalThis as unknown as { __searchIndexes?: Partial<Record<Locale, LocaleIndex>> };

function localeIndex(locale: Locale): LocaleIndex {
  const all = (state.__searchIndexes ??= {});
  return (all[locale] ??= { index: new InvertedIndex(), list: [], entries: new Map(), stems: new Map() });
}

function indexEntry(s: LocaleIndex, locale: Locale, entry: StoryEntry): void {
  const text = getStoryText(locale, entry.id);
  if (text === undefined) return;
  const title = analyzeDistinct(entry.title, locale, s.stems);
  const body = analyzeDistinct(text, locale, s.stems);
  s.index.add(entry.id, title.terms, body.terms, title.length + body.length, entry.time);
  s.entries.set(entry.id, entry);
}

/**
 * How long a whole index build (after a start) holds the event loop before
 * letting waiting requests through: by time, since a story's cost varies.
 */
const SLICE_MS = 4;

/**
 * Whether a locale's index has been built once. Until then a publish need not
 * wait for it: the build in progress takes the newest stories when it ends,
 * and searches wait for it anyway.
 */
export function searchIndexBuilt(locale: Locale): boolean {
  return localeIndex(locale).built === true;
}

/** Brings a locale's index up to date with its published stories. */
export async function syncSearchIndex(locale: Locale): Promise<void> {
  const s = localeIndex(locale);
  while (s.list !== getAllStories(locale)) {
    if (s.syncing) {
      await s.syncing;
      continue;
    }
    const list = getAllStories(locale);
    s.syncing = (async () => {
      const before = s.entries.size;
      let slice = performance.now();
      let kept = 0;
      for (const entry of list) {
        const had = s.entries.get(entry.id);
        if (had) kept++;
        if (had === entry) continue;
        indexEntry(s, locale, entry);
        if (performance.now() - slice > SLICE_MS) {
          await new Promise((r) => setImmediate(r));
          slice = performance.now();
        }
      }
      // Only when some story indexed before is no longer listed, find which.
      if (kept < before) {
        const listed = getListPositions(locale);
        for (const id of s.entries.keys()) {
          if (listed.has(id)) continue;
          s.index.remove(id);
          s.entries.delete(id);
        }
      }
      s.list = list;
      s.built = true;
    })().finally(() => (s.syncing = undefined));
    await s.syncing;
  }
}

/** Builds every locale's index now (server start), so the first reader's search does not wait for it. */
export async function warmSearch(): Promise<{ locale: Locale; stories: number }[]> {
  const out = [];
  for (const locale of routing.locales) {
    await syncSearchIndex(locale);
    out.push({ locale, stories: localeIndex(locale).index.size });
  }
  return out;
}

export interface SearchResult {
  entry: StoryEntry;
  excerpt: Excerpt;
}

export interface SearchResults {
  query: string;
  total: number;
  page: number;
  totalPages: number;
  results: SearchResult[];
}

/** One page of a locale's published stories matching `query`, best first, with highlighted excerpts. */
export async function search(locale: Locale, query: string, page = 1): Promise<SearchResults> {
  await syncSearchIndex(locale);
  const terms = queryTerms(query, locale);
  const s = localeIndex(locale);
  const { total, hits } = s.index.search(terms, (page - 1) * RESULTS_PER_PAGE, RESULTS_PER_PAGE);
  const totalPages = Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
  // Excerpts mark the words that stem like a query term, in the story's own spelling.
  const wanted = new Set(terms);
  const marks = (normalize(query).match(WORD) ?? []).slice(0, 32);
  // The words are normalized already; their stems are mostly known from indexing.
  const stemOf = (word: string) => s.stems.get(word) ?? analyze(word, locale)[0] ?? '';
  const excerpt = excerpter(marks, (word) => wanted.has(stemOf(word)));
  const results: SearchResult[] = [];
  for (const { key } of hits) {
    const entry = getStoryEntry(locale, key);
    const text = entry && getStoryText(locale, key);
    if (!entry || text === undefined) continue;
    results.push({ entry, excerpt: excerpt(text) });
  }
  return { query, total, page, totalPages, results };
}
