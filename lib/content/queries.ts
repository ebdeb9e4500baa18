/**
 * Queries over the index: what is visible where, lists, tags, neighbours and
 * old addresses. Visibility is decided at query time against `now()`, so a
 * scheduled story appears by itself once its time has come.
 */
import 'server-only';
import { routing, type Locale } from '@/i18n/routing';
import { PAGE_SIZE, now } from '@/lib/config';
import type { ContentIndex } from './loader';
import { aliasKey } from './aliases';
import { getIndex } from './store';
import type { Paged, StoryEntry, TagInfo, Visibility } from './types';

/** Options every query takes. `preview` shows drafts and scheduled stories (Draft Mode only). */
export interface Access {
  preview?: boolean;
}

/** When a story last changed: its `updated`, else its `date` (feeds, sitemaps, structured data, article:modified_time). */
export function lastModified(entry: Pick<StoryEntry, 'date' | 'updated'>): string {
  return entry.updated ?? entry.date;
}

export function visibilityOf(entry: StoryEntry, at = now()): Visibility {
  if (entry.draft) return 'draft';
  return entry.time > at.getTime() ? 'scheduled' : 'published';
}

function visible(entry: StoryEntry, access: Access | undefined, at: Date): boolean {
  return access?.preview === true || visibilityOf(entry, at) === 'published';
}

function paginate<T>(all: readonly T[], page: number): Paged<T> | undefined {
  const totalPages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), page, totalPages, total: all.length };
}

interface Published {
  list: readonly StoryEntry[];
  /** Each story's place in `list`, made when a page first asks (not by a publish, which only lists). */
  position?: Map<string, number>;
}

/** Per index and locale: its non-draft stories, and the published list last derived from them. */
const publishedCache = new WeakMap<ContentIndex, Partial<Record<Locale, { nonDraft: StoryEntry[]; from: number; published?: Published }>>>();

/**
 * The published stories of a locale, newest first: derived once and shared
 * until a scheduled story's time comes (every page of a build, and every
 * request of a server, asks for them; filtering a 10,000-story archive each
 * time was a fifth of the build's page rendering). Frozen: callers copy before
 * they sort.
 */
function published(locale: Locale): Published {
  const index = getIndex();
  let perLocale = publishedCache.get(index);
  if (!perLocale) publishedCache.set(index, (perLocale = {}));
  const all = index.byLocale[locale];
  const cached = (perLocale[locale] ??= { nonDraft: all.some((e) => e.draft) ? all.filter((e) => !e.draft) : all, from: -1 });
  // byLocale is newest first, so the published ones are those from the
  // first whose time has come: a binary search.
  const at = now().getTime();
  let lo = 0;
  let hi = cached.nonDraft.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cached.nonDraft[mid]!.time > at) lo = mid + 1;
    else hi = mid;
  }
  if (!cached.published || cached.from !== lo) {
    const list = Object.freeze(cached.nonDraft.slice(lo));
    cached.published = { list };
    cached.from = lo;
  }
  return cached.published;
}

/** Visible stories of a locale, newest first. */
export function getAllStories(locale: Locale, access?: Access): readonly StoryEntry[] {
  if (access?.preview === true) return getIndex().byLocale[locale];
  return published(locale).list;
}

/** One page of a locale's stories, optionally of one tag. `undefined` for a page that does not exist. */
export function getStories(
  locale: Locale,
  opts: { tag?: string; page?: number } & Access = {},
): Paged<StoryEntry> | undefined {
  let all = getAllStories(locale, opts);
  if (opts.tag) all = all.filter((e) => e.tags.includes(opts.tag!));
  return paginate(all, opts.page ?? 1);
}

/** The newest `limit` visible story ids of a locale (what the build prerenders). */
export function getRecentStoryIds(locale: Locale, limit: number): string[] {
  return getAllStories(locale).slice(0, limit).map((e) => e.id);
}

/** Metadata of one story in one locale, if it exists and is visible. */
export function getStoryEntry(locale: Locale, id: string, access?: Access): StoryEntry | undefined {
  const entry = getIndex().stories.get(id)?.[locale];
  return entry && visible(entry, access, now()) ? entry : undefined;
}

/** The locales a story is visible in, in the routing order. */
export function getStoryLocales(id: string, access?: Access): Locale[] {
  const t = getIndex().stories.get(id);
  if (!t) return [];
  const at = now();
  return routing.locales.filter((l) => t[l] && visible(t[l]!, access, at));
}

/** Up to `limit` other stories of the same locale sharing the most tags, newest first among equals. */
export function getRelated(locale: Locale, id: string, limit = 3, access?: Access): StoryEntry[] {
  const self = getIndex().stories.get(id)?.[locale];
  if (!self || limit < 1) return [];
  const tags = new Set(self.tags);
  // The best `limit` so far, most shared tags first, and among equals in
  // timeline order (newest first). The scan goes newest first and stops once
  // every slot shares all the story's tags: nothing older can do better.
  const best: { e: StoryEntry; shared: number }[] = [];
  for (const e of getAllStories(locale, access)) {
    if (e.id === id) continue;
    let shared = 0;
    for (const t of e.tags) if (tags.has(t)) shared++;
    if (shared === 0) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.shared < shared) at--;
    if (at >= limit) continue;
    best.splice(at, 0, { e, shared });
    if (best.length > limit) best.pop();
    if (best.length === limit && best[limit - 1]!.shared === tags.size) break;
  }
  return best.map((x) => x.e);
}

/** The neighbouring visible stories in the locale's timeline. */
export function getAdjacent(locale: Locale, id: string, access?: Access): { newer?: StoryEntry; older?: StoryEntry } {
  if (access?.preview === true) {
    const all = getIndex().byLocale[locale];
    const i = all.findIndex((e) => e.id === id);
    return i < 0 ? {} : { newer: all[i - 1], older: all[i + 1] };
  }
  const { list } = published(locale);
  const i = getListPositions(locale).get(id);
  return i === undefined ? {} : { newer: list[i - 1], older: list[i + 1] };
}

/** Each story's place in getAllStories(locale): made once per list, when first asked. */
export function getListPositions(locale: Locale): ReadonlyMap<string, number> {
  const p = published(locale);
  return (p.position ??= new Map(p.list.map((e, n) => [e.id, n])));
}

/** Every Arabic-script character of the Arabic stories' files, drafts included: what the Arabic face must cover. */
export function getArabicScript(): string {
  const chars = new Set<string>();
  for (const folder of getIndex().folders.values()) for (const c of folder.arabicScript) chars.add(c);
  return [...chars].sort().join('');
}

/** Every tag with its label in `locale` and the number of visible stories in that locale. */
export function getTags(locale: Locale, access?: Access): TagInfo[] {
  const counts = new Map<string, number>();
  for (const e of getAllStories(locale, access)) for (const t of e.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...getIndex().tags].map(([id, labels]) => ({ id, label: labels[locale], count: counts.get(id) ?? 0 }));
}

/** A tag's labels, or undefined for an unknown tag. */
export function getTag(id: string): Record<Locale, string> | undefined {
  return getIndex().tags.get(id);
}

/** Drafts and scheduled stories of a locale (for the preview-only drafts list). */
export function getUnpublished(locale: Locale): (StoryEntry & { status: Visibility })[] {
  const at = now();
  return getIndex()
    .byLocale[locale].map((e) => ({ ...e, status: visibilityOf(e, at) }))
    .filter((e) => e.status !== 'published');
}

/**
 * Where an old address (a story alias or an entry of `redirects.yaml`) now
 * lives: the current path to answer 301 with, or undefined. `pathname` is
 * the request's path as sent (percent-encoded); letter case, a trailing
 * slash and the encoding do not matter. One map lookup, whatever the size of
 * the archive. A path that leads to a story answers only while that story is
 * published, so an alias never gives a draft or scheduled story away.
 */
export function getRedirect(pathname: string): string | undefined {
  const key = aliasKey(pathname);
  const entry = key === undefined ? undefined : getIndex().redirects.get(key);
  if (!entry) return undefined;
  if (entry.story && !getStoryEntry(entry.story.locale, entry.story.id)) return undefined;
  return entry.to;
}

