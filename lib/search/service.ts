/**
 * Site search on the server: one InvertedIndex per locale, kept equal to that
 * locale's published stories (getAllStories), so drafts and scheduled stories
 * are never indexed before they are live.
 *
 * The index follows the content by identity: the content layer reuses a
 * story's entry object until its folder changes, and derives a new published
 * list only when a story is published, corrected, taken down or comes due.
 * So a search first checks that list against the one it last indexed and, if
 * it changed, re-indexes just the entries that are new or different: those of
 * the folders a publish's read names (its lineage) and those come due, or,
 * when the lineage does not lead back to what was indexed, every entry by
 * identity. The first build of a locale's index (at server start) runs in
 * slices so that pages keep being served meanwhile.
 */
import 'server-only';
import crypto from 'node:crypto';
import { routing, type Locale } from '@/i18n/routing';
import { getAllStories, getIndex, getStoryEntry, getStoryText, type StoryEntry } from '@/lib/content';
import type { ContentIndex } from '@/lib/content/loader';
import { buildId } from '@/lib/http/build-id';
import type { Excerpt } from './excerpt';
import { analyzeDistinct, queryExcerpter, queryTerms } from './analyze';
import { InvertedIndex, RESULTS_PER_PAGE } from './engine';

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
  /** The content index (its lineage generation) `list` was taken from. */
  generation?: number;
  /** What each indexed story was indexed from (title, date and text), hashed: the browser's index version is made of them. */
  digests: Map<string, string>;
  /** What the browser's index is made of (browser-index.ts), for `list`. */
  snapshot?: Snapshot;
}

/**
 * The index as the browser reads it, at one version: stories numbered by
 * their place in the published list (newest first, the ranking's tie-break),
 * and a version made of the build and the stories' content, so that instances
 * serving the same build and content give the same numbers under the same
 * version, and a new build never meets a browser's copy of an older one's.
 */
export interface Snapshot {
  version: string;
  list: readonly StoryEntry[];
  index: InvertedIndex;
  /** The number of each of the index's documents (-1: replaced or removed). */
  numberOf: Int32Array;
  /** Each number's length code (engine.ts lengthCode). */
  codes: Uint8Array;
}

const state = globalThis as unknown as { __searchIndexes?: Partial<Record<Locale, LocaleIndex>> };

function localeIndex(locale: Locale): LocaleIndex {
  const all = (state.__searchIndexes ??= {});
  return (all[locale] ??= { index: new InvertedIndex(), list: [], entries: new Map(), stems: new Map(), digests: new Map() });
}

function indexEntry(s: LocaleIndex, locale: Locale, entry: StoryEntry): void {
  const text = getStoryText(locale, entry.id);
  if (text === undefined) return;
  const title = analyzeDistinct(entry.title, locale, s.stems);
  const body = analyzeDistinct(text, locale, s.stems);
  s.index.add(entry.id, title.terms, body.terms, title.length + body.length, entry.time);
  s.entries.set(entry.id, entry);
  s.digests.set(entry.id, crypto.createHash('sha1').update(`${entry.title}\0${entry.date}\0${text}`).digest('base64url').slice(0, 12));
}

/** Drops a story from a locale's index. */
function unindex(s: LocaleIndex, id: string): void {
  s.index.remove(id);
  s.entries.delete(id);
  s.digests.delete(id);
}

/**
 * How long a whole index build (after a start) holds the event loop before
 * letting waiting requests through: by time, since a story's cost varies.
 */
const SLICE_MS = 4;

/** A pause for waiting requests once SLICE_MS of work has gone by since the last one (nothing to wait for otherwise). */
function slices(): () => Promise<void> | void {
  let since = performance.now();
  return () => {
    if (performance.now() - since <= SLICE_MS) return;
    return new Promise<void>((r) => setImmediate(r)).then(() => void (since = performance.now()));
  };
}

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
    const content = getIndex();
    const list = getAllStories(locale);
    // A publish's read says which story folders differ from the index it was derived from.
    const { generation, base } = content.lineage;
    let changed: ReadonlySet<string> | undefined;
    if (s.built && generation === s.generation) changed = new Set();
    else if (s.built && base && base.generation === s.generation) changed = base.changed;
    s.syncing = (async () => {
      if (!(changed && (await syncChanged(s, locale, content, list, changed)))) await syncAll(s, locale, list);
      s.list = list;
      s.generation = generation;
      s.built = true;
    })().finally(() => (s.syncing = undefined));
    await s.syncing;
  }
}

/**
 * Brings the index from `s.list` to `list` when the content differs only in
 * the story folders `changed`: those stories, and the ones at the top of
 * `list` that came due since. Its cost follows the change, not the archive.
 * False when the result does not add up to `list` (the clock went back, say):
 * a whole pass is needed then.
 */
async function syncChanged(
  s: LocaleIndex,
  locale: Locale,
  content: ContentIndex,
  list: readonly StoryEntry[],
  changed: ReadonlySet<string>,
): Promise<boolean> {
  const turn = slices();
  const newest = s.list[0]?.time ?? -Infinity;
  for (const entry of list) {
    if (entry.time < newest) break;
    if (s.entries.get(entry.id) === entry) continue;
    indexEntry(s, locale, entry);
    await turn();
  }
  // `list` holds every story of its locale that is not a draft and is no newer than its first.
  const top = list[0]?.time ?? -Infinity;
  for (const id of changed) {
    const entry = content.stories.get(id)?.[locale];
    if (entry && !entry.draft && entry.time <= top) {
      if (s.entries.get(id) === entry) continue;
      indexEntry(s, locale, entry);
      await turn(); // an import of many stories at once
    } else if (s.entries.has(id)) {
      unindex(s, id);
    }
  }
  return s.entries.size === list.length;
}

/** Brings the index up to date with `list` by comparing every entry, in slices (the first build, at a start). */
async function syncAll(s: LocaleIndex, locale: Locale, list: readonly StoryEntry[]): Promise<void> {
  const turn = slices();
  const before = s.entries.size;
  let kept = 0;
  for (const entry of list) {
    const had = s.entries.get(entry.id);
    if (had) kept++;
    if (had === entry) continue;
    indexEntry(s, locale, entry);
    await turn();
  }
  // Only when some story indexed before is no longer listed, find which.
  if (kept < before) {
    const listed = new Set(list.map((e) => e.id));
    for (const id of s.entries.keys()) {
      if (listed.has(id)) continue;
      unindex(s, id);
    }
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

/**
 * Calls `read` with a locale's index as the browser reads it, once it is up to
 * date with the published stories, with no sync in progress: `read` runs
 * synchronously, so the index cannot change under it.
 */
export async function readSnapshot<T>(locale: Locale, read: (snapshot: Snapshot) => T): Promise<T> {
  for (;;) {
    await syncSearchIndex(locale);
    const s = localeIndex(locale);
    if (s.syncing) await s.syncing;
    if (s.syncing || s.list !== getAllStories(locale)) continue;
    if (s.snapshot?.list !== s.list) {
      // The build too: its code decides what the files of a version say.
      const hash = crypto.createHash('sha1').update(`${buildId()}\n`);
      const numberOf = new Int32Array(s.index.documents).fill(-1);
      const codes = new Uint8Array(s.list.length);
      s.list.forEach((entry, n) => {
        const doc = s.index.docOf(entry.id)!;
        numberOf[doc] = n;
        codes[n] = s.index.lengthCodeOf(doc);
        hash.update(`${entry.id}\0${s.digests.get(entry.id)}\n`);
      });
      s.snapshot = { version: hash.digest('base64url').slice(0, 16), list: s.list, index: s.index, numberOf, codes };
    }
    return read(s.snapshot);
  }
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
  const excerpt = queryExcerpter(query, locale, s.stems);
  const results: SearchResult[] = [];
  for (const { key } of hits) {
    const entry = getStoryEntry(locale, key);
    const text = entry && getStoryText(locale, key);
    if (!entry || text === undefined) continue;
    results.push({ entry, excerpt: excerpt(text) });
  }
  return { query, total, page, totalPages, results };
}
