/**
 * Reads a content root and builds the metadata index, collecting every
 * problem instead of stopping at the first. Invalid files are left out of the
 * index (and reported); valid ones stay, so one bad edit never takes a
 * published story down at request time. `next build` and `content:check`
 * refuse to go on while problems remain.
 *
 * tags.yaml → story folders (story-folder.ts, each parsed only when its files
 * changed) → checks across files (tags, ids, old addresses) → static pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { nfcDeep, readDirSafe, rel, zodProblems } from './files';
import { parseFrontmatter, parseYamlFile } from './frontmatter';
import type { ContentProblem } from './problems';
import { loadRedirects, type AliasClaim } from './redirects';
import { ID_PATTERN, pageFrontmatterSchema, tagsFileSchema, describeInvisible, type PageFrontmatter } from './schema';
import { readStoryFolder, type FolderResult } from './story-folder';
import type { RedirectEntry, StoryEntry } from './types';

export { assetVersion, imageContentType, readAsset, readBody } from './files';

export interface ContentIndex {
  root: string;
  /** Tag id → label per locale, in file order. */
  tags: Map<string, Record<Locale, string>>;
  /** Story id → its translations (drafts and scheduled ones included; visibility is decided at query time). */
  stories: Map<string, Partial<Record<Locale, StoryEntry>>>;
  /** Every translation per locale, newest first. */
  byLocale: Record<Locale, StoryEntry[]>;
  /** Static pages: name → locale → parsed file. */
  pages: Map<string, Partial<Record<Locale, { meta: PageFrontmatter; body: string }>>>;
  problems: ContentProblem[];
  /** Stories lacking translations: id → missing locales. */
  missing: Map<string, Locale[]>;
  /** What each story folder gave, with the stats it was read at: a reload re-reads only changed folders. */
  folders: FolderMemo;
  /**
   * Old addresses (story aliases and `redirects.yaml`), by aliasKey(): one
   * lookup per request. Drafts' aliases are here too; visibility is decided
   * at query time.
   */
  redirects: Map<string, RedirectEntry>;
  /** How this index relates to earlier ones: what the next reload, a publish and the search follow. Not content. */
  lineage: Lineage;
}

interface Lineage {
  /** This load's number, unique in the process. */
  generation: number;
  /** The index this one was derived from, and the story folders that may differ from it (any others are the same objects). */
  base?: { generation: number; changed: ReadonlySet<string> };
  /** Every story id by its folded form (letter case, Unicode form): what a new folder's id must not clash with. */
  ids: ReadonlyMap<string, string>;
  /** The old addresses the story files claim. */
  claims: readonly AliasClaim[];
}

export type FolderMemo = Map<string, FolderResult>;

type Tags = ContentIndex['tags'];
type Stories = ContentIndex['stories'];

export interface ReloadHints {
  /**
   * The only entries of articles/ that may have changed since `previous` was
   * read (lib/content/watch): every other folder is taken from it without a stat.
   */
  changed?: ReadonlySet<string>;
  /** The index `previous` belongs to: its sorted lists are kept, with only the folders read again moved. */
  index?: ContentIndex;
}

// Process-wide: Next may load this module more than once.
const GENERATION = Symbol.for('portal.contentGeneration');
const counter = globalThis as { [GENERATION]?: number };
const nextGeneration = () => (counter[GENERATION] = (counter[GENERATION] ?? 0) + 1);

type StoryLoad = Pick<ContentIndex, 'stories' | 'byLocale' | 'folders' | 'missing'> & Omit<Lineage, 'generation'>;

/**
 * Reads a content root. With `previous` (the folders of an earlier load of
 * the same root), a story folder whose files are unchanged is taken from it
 * instead of being parsed again, so a reload costs what the edit touched plus
 * one stat per file. With `hints.changed` (lib/content/watch) and the
 * problem-free index `previous` belongs to, only the folders it names are
 * looked at, so the cost follows the edit and not the size of the archive.
 */
export function loadContent(root: string, previous?: FolderMemo, hints: ReloadHints = {}): ContentIndex {
  const problems: ContentProblem[] = [];
  const tags = loadTags(root, problems);
  const base = hints.index && hints.index.folders === previous && sameTags(hints.index.tags, tags) ? hints.index : undefined;
  const quick = base && hints.changed && problems.length === 0 && base.problems.length === 0 ? readChanged(root, tags, base, hints.changed) : undefined;
  const load = quick ?? loadStories(root, tags, problems, previous, base, hints.changed);
  const pages = loadPages(root, problems);
  const redirects = loadRedirects(root, load.claims, load.stories, tags, problems);
  // A refused read reports exactly what a full one does (which of two clashing claims is named, say).
  if (quick && problems.length > 0) return loadContent(root, previous, { ...hints, changed: undefined });
  const { stories, byLocale, folders, missing, ...lineage } = load;
  return { root, tags, stories, byLocale, pages, problems, missing, folders, redirects, lineage: { generation: nextGeneration(), ...lineage } };
}

function loadTags(root: string, problems: ContentProblem[]): Tags {
  const tags: Tags = new Map();
  const tagsPath = path.join(root, 'tags.yaml');
  const tagsFile = rel(tagsPath);
  if (!fs.existsSync(tagsPath)) {
    problems.push({ file: tagsFile, field: 'file', message: 'is missing' });
    return tags;
  }
  const raw = parseYamlFile(fs.readFileSync(tagsPath, 'utf8'), tagsFile, problems);
  if (raw !== undefined && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
    problems.push({ file: tagsFile, field: 'tags', message: 'must be a mapping of tag ids to their labels' });
  } else if (raw !== undefined) {
    // Entry by entry: one bad tag must not take every story down with it.
    const schema = tagsFileSchema(routing.locales);
    for (const [id, labels] of Object.entries(nfcDeep(raw) as Record<string, unknown>)) {
      const parsed = schema.safeParse({ [id]: labels });
      if (parsed.success) {
        tags.set(id, parsed.data[id] as Record<Locale, string>);
        continue;
      }
      for (const issue of parsed.error.issues) {
        const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
        problems.push({ file: tagsFile, field: issue.path.join('.') || id, message });
      }
    }
  }
  return tags;
}

/** Why a story folder's name cannot be an id (unique by letter case and Unicode form), or undefined. */
function idProblem(id: string, seenIds: Map<string, string>): string | undefined {
  const clash = clashProblem(id, seenIds);
  if (clash) return clash;
  const invisible = describeInvisible(id);
  if (invisible) return `"${id}" ${invisible}`;
  if (!ID_PATTERN.test(id)) return `"${id}" is not a valid story id: use lowercase a-z, 0-9 and single hyphens`;
  return undefined;
}

/** Ids folded by letter case and Unicode form, kept between reloads: the same ids come back every time. */
const folded = new Map<string, string>();

function foldedId(id: string): string {
  let key = folded.get(id);
  if (key === undefined) folded.set(id, (key = id.normalize('NFKC').toLowerCase()));
  return key;
}

/** Why an id clashes with one seen before, by letter case or Unicode form, or undefined (and it is seen now). */
function clashProblem(id: string, seenIds: Map<string, string>): string | undefined {
  const key = foldedId(id);
  const clash = seenIds.get(key);
  if (clash !== undefined) return `"${id}" differs from the story id "${clash}" only by letter case or Unicode form; ids must be unique`;
  seenIds.set(key, id);
  return undefined;
}

/** Newest first; equal times by id, so the order is total and a merge gives what a sort does. */
function newestFirst(a: StoryEntry, b: StoryEntry): number {
  return b.time - a.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function sameTags(a: Tags, b: Tags): boolean {
  if (a.size !== b.size) return false;
  for (const [id, labels] of a) if (JSON.stringify(labels) !== JSON.stringify(b.get(id))) return false;
  return true;
}

/** `sorted` without the entries of `gone` ids, with `fresh` entries put in their places. */
function mergeSorted(sorted: readonly StoryEntry[], gone: ReadonlySet<string>, fresh: StoryEntry[]): StoryEntry[] {
  const out = gone.size ? sorted.filter((e) => !gone.has(e.id)) : sorted.slice();
  for (const e of fresh) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newestFirst(out[mid]!, e) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, e);
  }
  return out;
}

function eachLocale<T>(value: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(routing.locales.map((l) => [l, value(l)])) as Record<Locale, T>;
}

/** `base`'s sorted lists without the stories of `gone`, with `fresh` entries (unsorted) in their places. */
function mergeLists(base: ContentIndex, gone: ReadonlySet<string>, fresh: Record<Locale, StoryEntry[]>): Record<Locale, StoryEntry[]> {
  return eachLocale((l) => mergeSorted(base.byLocale[l], gone, fresh[l].sort(newestFirst)));
}

/**
 * Every story folder: listed, checked and, unless `previous` has it unchanged, read.
 * With `base` (the index `previous` belongs to, with the same tags, which decide
 * which translations are kept), only the folders read again change its sorted
 * lists: a sort of the whole archive is the largest cost of a reload.
 */
function loadStories(
  root: string,
  tags: Tags,
  problems: ContentProblem[],
  previous: FolderMemo | undefined,
  base: ContentIndex | undefined,
  changed: ReadonlySet<string> | undefined,
): StoryLoad {
  const gone = new Set<string>();
  const stories: Stories = new Map();
  const folders: FolderMemo = new Map();
  let byLocale = eachLocale((): StoryEntry[] => []);
  const claims: AliasClaim[] = [];
  const tagsFile = rel(path.join(root, 'tags.yaml'));
  const articlesDir = path.join(root, 'articles');
  const seenIds = new Map<string, string>();
  // Sorted, and valid ids first, so which of two clashing folders is reported never depends on directory order.
  const names = readDirSafe(articlesDir)
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ids = [...names.filter((id) => ID_PATTERN.test(id)), ...names.filter((id) => !ID_PATTERN.test(id))];
  for (const id of ids) {
    const before = previous?.get(id);
    // An id read before passed every check but the clash with another, which depends on the rest.
    const why = before ? clashProblem(id, seenIds) : idProblem(id, seenIds);
    if (why) {
      problems.push({ file: rel(path.join(articlesDir, id)), field: 'id', message: why });
      continue;
    }
    const result = before && changed && !changed.has(id) ? before : readStoryFolder(path.join(articlesDir, id), id, before);
    folders.set(id, result);
    problems.push(...result.problems);
    const translations = withKnownTags(result, tags, tagsFile, problems);
    claims.push(...(translations === result.translations ? result.claims : result.claims.filter((c) => c.entry.story && translations[c.entry.story.locale])));
    if (base && result === before) {
      // Its entries are in base's lists already.
      if (Object.keys(translations).length > 0) stories.set(id, translations);
      continue;
    }
    if (base) gone.add(id);
    if (Object.keys(translations).length === 0) continue;
    stories.set(id, translations);
    for (const e of Object.values(translations)) byLocale[e.locale].push(e);
  }
  if (base) {
    for (const id of base.folders.keys()) if (!folders.has(id)) gone.add(id);
    byLocale = mergeLists(base, gone, byLocale);
  } else {
    for (const l of routing.locales) byLocale[l].sort(newestFirst);
  }
  const missing = new Map<string, Locale[]>();
  for (const [id, t] of stories) {
    const lacking = lackingLocales(t);
    if (lacking.length) missing.set(id, lacking);
  }
  return { stories, byLocale, folders, missing, claims, ids: seenIds, base: base && { generation: base.lineage.generation, changed: gone } };
}

function lackingLocales(t: Partial<Record<Locale, StoryEntry>>): Locale[] {
  return routing.locales.filter((l) => !t[l]);
}

/**
 * loadStories for a reload told which entries of articles/ may have changed,
 * from a problem-free `base` with the same tags: only those are looked at.
 * Undefined when any of them has a problem, which the full pass then reports
 * as content:check does (in the order of the folders, the later of two
 * clashing ids).
 */
function readChanged(root: string, tags: Tags, base: ContentIndex, changed: ReadonlySet<string>): StoryLoad | undefined {
  const articlesDir = path.join(root, 'articles');
  const tagsFile = rel(path.join(root, 'tags.yaml'));
  const folders = new Map(base.folders);
  const stories = new Map(base.stories);
  const missing = new Map(base.missing);
  const ids = new Map(base.lineage.ids);
  const names = [...changed].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // Out first, so a folder renamed to another spelling of its id does not clash with itself.
  for (const id of names) {
    if (!folders.delete(id)) continue;
    stories.delete(id);
    missing.delete(id);
    ids.delete(foldedId(id));
  }
  const fresh = eachLocale((): StoryEntry[] => []);
  const claims: AliasClaim[] = [];
  const problems: ContentProblem[] = [];
  for (const id of names) {
    const dir = path.join(articlesDir, id);
    // lstat, as the listing of a full pass sees it: a symbolic link is not a story folder.
    if (!fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
    const before = base.folders.get(id);
    if (before ? clashProblem(id, ids) : idProblem(id, ids)) return undefined;
    const result = readStoryFolder(dir, id, before);
    const translations = withKnownTags(result, tags, tagsFile, problems);
    if (result.problems.length > 0 || problems.length > 0) return undefined;
    folders.set(id, result);
    claims.push(...result.claims);
    if (Object.keys(translations).length === 0) continue;
    stories.set(id, translations);
    const lacking = lackingLocales(translations);
    if (lacking.length) missing.set(id, lacking);
    for (const e of Object.values(translations)) fresh[e.locale].push(e);
  }
  const gone = new Set(names);
  const byLocale = mergeLists(base, gone, fresh);
  // Story claims always name their story.
  const kept = base.lineage.claims.filter((c) => !gone.has(c.entry.story!.id));
  return { stories, byLocale, folders, missing, claims: [...kept, ...claims], ids, base: { generation: base.lineage.generation, changed: gone } };
}

/** A folder's translations whose tags all exist, reporting the others (the same object when all do). */
function withKnownTags(result: FolderResult, tags: Tags, tagsFile: string, problems: ContentProblem[]): FolderResult['translations'] {
  let kept = result.translations;
  for (const entry of Object.values(result.translations)) {
    if (entry.tags.every((tag) => tags.has(tag))) continue; // the usual case, asked of every story on every reload
    const unknown = entry.tags.flatMap((tag, i) => (tags.has(tag) ? [] : [i]));
    const file = rel(entry.path);
    for (const i of unknown) {
      const line = result.tagLines[entry.locale]?.[i];
      problems.push({ file, line, field: `tags.${i}`, message: `"${entry.tags[i]}" is not a tag in ${tagsFile}` });
    }
    if (kept === result.translations) kept = { ...kept };
    delete kept[entry.locale];
  }
  return kept;
}

function loadPages(root: string, problems: ContentProblem[]): ContentIndex['pages'] {
  const pages = new Map<string, Partial<Record<Locale, { meta: PageFrontmatter; body: string }>>>();
  const pagesDir = path.join(root, 'pages');
  for (const dirent of readDirSafe(pagesDir)) {
    if (!dirent.isDirectory()) continue;
    const byLoc: Partial<Record<Locale, { meta: PageFrontmatter; body: string }>> = {};
    for (const f of readDirSafe(path.join(pagesDir, dirent.name))) {
      if (!f.isFile() || !f.name.endsWith('.md')) continue;
      const filePath = path.join(pagesDir, dirent.name, f.name);
      const file = rel(filePath);
      const locale = f.name.slice(0, -3);
      if (!isLocale(locale)) {
        problems.push({ file, field: 'file', message: `"${f.name}" is not named after a locale` });
        continue;
      }
      const parsed = parseFrontmatter(fs.readFileSync(filePath, 'utf8').normalize('NFC'), file, problems);
      if (!parsed) continue;
      const meta = pageFrontmatterSchema.safeParse(nfcDeep(parsed.data));
      if (!meta.success) {
        zodProblems(meta.error, file, parsed.lineOf, problems);
        continue;
      }
      byLoc[locale] = { meta: meta.data, body: parsed.body };
    }
    pages.set(dirent.name, byLoc);
  }
  return pages;
}
