/**
 * The content API. The only module the app uses to read `content/`.
 *
 * The metadata index is built once per process and shared by every page
 * (during `next dev` it is rebuilt when a file under the root changes, so
 * edits show on reload). Bodies are rendered only for the story asked for.
 * Visibility is decided at query time against `now()`, so a scheduled story
 * appears by itself once its time has come.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import { PAGE_SIZE, now } from '@/lib/config';
import { media } from '@/lib/urls';
import { assetVersion, loadContent, readAsset, readBody, imageContentType, type ContentIndex } from './loader';
import { markdownToText, renderMarkdown } from './markdown';
import { ContentError } from './problems';
import { fingerprint, readCachedIndex, writeCachedIndex } from './cache';
import { aliasKey } from './aliases';
import type { Paged, StaticPage, Story, StoryEntry, TagInfo, Visibility } from './types';

export type { Story, StoryEntry, StoryImage, TagInfo, Paged, StaticPage, Visibility } from './types';

/** Options every query takes. `preview` shows drafts and scheduled stories (Draft Mode only). */
export interface Access {
  preview?: boolean;
}

import { contentRootPath as contentRoot } from './root';

const cache = globalThis as unknown as { __contentIndex?: { index: ContentIndex; stamp: string } };

function devStamp(root: string): string {
  // Cheap change detector for `next dev`: newest mtime of the root, its article folders and files.
  let newest = 0;
  const walk = (dir: string, depth: number) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      const m = fs.statSync(p).mtimeMs;
      if (m > newest) newest = m;
      if (d.isDirectory() && depth < 3) walk(p, depth + 1);
    }
  };
  try {
    walk(root, 0);
  } catch {
    /* a missing root is reported by the loader */
  }
  return `${root}:${newest}`;
}

/** The shared index. Throws during `next build` while any content problem remains. */
export function getIndex(): ContentIndex {
  const root = contentRoot();
  const dev = process.env.NODE_ENV === 'development';
  const stamp = dev ? devStamp(root) : root;
  if (cache.__contentIndex?.stamp !== stamp) {
    const index = dev ? loadContent(root) : loadShared(root);
    if (index.problems.length && process.env.NEXT_PHASE === 'phase-production-build') {
      throw new ContentError(index.problems);
    }
    if (index.problems.length) {
      console.error(new ContentError(index.problems).message);
    }
    cache.__contentIndex = { index, stamp };
  }
  return cache.__contentIndex!.index;
}

/** Loads through the disk copy shared by the processes of a build or a server restart. */
function loadShared(root: string): ContentIndex {
  const print = fingerprint(root);
  const cached = readCachedIndex(root);
  if (cached?.fingerprint === print) return cached.index;
  const index = loadContent(root, cached?.index.folders);
  writeCachedIndex(index, print);
  return index;
}

/**
 * Reads the content root again for a publish, parsing only the story folders
 * that changed since the index in use. The result is not installed: the
 * caller checks its problems first.
 */
export function reloadIndex(): ContentIndex {
  const root = contentRoot();
  const current = cache.__contentIndex?.index;
  return loadContent(root, current?.root === root ? current.folders : undefined);
}

/**
 * Makes `index` the one every page and query reads from now on. The disk copy
 * is left as the build wrote it: a restart re-reads from it only the folders
 * changed since, which are the ones published.
 */
export function installIndex(index: ContentIndex): void {
  cache.__contentIndex = { index, stamp: index.root };
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
  /** Each story's place in `list`. */
  position: Map<string, number>;
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
  const cached = (perLocale[locale] ??= { nonDraft: index.byLocale[locale].filter((e) => !e.draft), from: -1 });
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
    cached.published = { list, position: new Map(list.map((e, i) => [e.id, i])) };
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

/** One story in one locale with its rendered body, if it exists and is visible. */
export function getStory(locale: Locale, id: string, access?: Access): Story | undefined {
  const entry = getStoryEntry(locale, id, access);
  if (!entry) return undefined;
  const html = renderMarkdown(readBody(entry.path), (file) => {
    const version = imageContentType(file) ? assetVersion(path.join(path.dirname(entry.path), file)) : undefined;
    return version ? media(id, file, version) : undefined;
  });
  return { ...entry, html, status: visibilityOf(entry) };
}

/** The plain text of a visible story's body (for the search index), without rendering it. */
export function getStoryText(locale: Locale, id: string, access?: Access): string | undefined {
  const entry = getStoryEntry(locale, id, access);
  return entry ? markdownToText(readBody(entry.path)) : undefined;
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
  const { list, position } = published(locale);
  const i = position.get(id);
  return i === undefined ? {} : { newer: list[i - 1], older: list[i + 1] };
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

/** A static page such as `about`, rendered, or undefined. */
export function getPage(name: string, locale: Locale): StaticPage | undefined {
  const p = getIndex().pages.get(name)?.[locale];
  if (!p) return undefined;
  return { title: p.meta.title, summary: p.meta.summary, updated: p.meta.updated, html: renderMarkdown(p.body, () => undefined) };
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

/**
 * An image file of a visible story, for the media route. With `version`, only
 * while the file is still that version: an old or made-up address is a 404,
 * never a second cache entry for the same image.
 */
export function getStoryAsset(id: string, file: string, access?: Access, version?: string): { body: Buffer; type: string } | undefined {
  if (getStoryLocales(id, access).length === 0) return undefined;
  const body = readAsset(contentRoot(), id, file);
  // Checked once readAsset has confined the path to the story's folder.
  if (body && version !== undefined && version !== assetVersion(path.join(contentRoot(), 'articles', id, file))) return undefined;
  const type = imageContentType(file);
  return body && type ? { body, type } : undefined;
}
