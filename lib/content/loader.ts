/**
 * Reads a content root once and builds the metadata index, collecting every
 * problem instead of stopping at the first. Invalid files are left out of the
 * index (and reported); valid ones stay, so one bad edit never takes a
 * published story down at request time. `next build` and `content:check`
 * refuse to go on while problems remain.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { routing, isLocale, type Locale } from '@/i18n/routing';
import { media, portalRouteOf, story as storyPath, storyIdOf } from '@/lib/urls';
import { bodyOf, parseFrontmatter, parseYamlDocument, parseYamlFile } from './frontmatter';
import { localImages, nestingDepth, MAX_NESTING } from './markdown';
import type { ContentProblem } from './problems';
import {
  FILE_MAX_BYTES,
  ID_PATTERN,
  pageFrontmatterSchema,
  storyFrontmatterSchema,
  tagsFileSchema,
  describeInvisible,
  type PageFrontmatter,
} from './schema';
import type { RedirectEntry, StoryEntry } from './types';
import { aliasKey, aliasProblem } from './aliases';
import type { z } from 'zod';

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
  /** What each story folder gave, keyed by its files' sizes and times: a reload re-reads only changed folders. */
  folders: FolderMemo;
  /**
   * Old addresses (story aliases and `redirects.yaml`), by aliasKey(): one
   * lookup per request. Drafts' aliases are here too; visibility is decided
   * at query time.
   */
  redirects: Map<string, RedirectEntry>;
}

/** One story folder as last read: a signature of its files (and of tags.yaml), its translations, problems and old addresses. */
export interface FolderResult {
  signature: string;
  translations: Partial<Record<Locale, StoryEntry>>;
  problems: ContentProblem[];
  claims: AliasClaim[];
}
export type FolderMemo = Map<string, FolderResult>;

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

export function imageContentType(file: string): string | undefined {
  return IMAGE_TYPES[path.extname(file).toLowerCase()];
}

function rel(p: string): string {
  const r = path.relative(process.cwd(), p);
  return r.startsWith('..') ? p : r.split(path.sep).join('/');
}

function nfcDeep(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(nfcDeep);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfcDeep(x)]));
  return v;
}

function zodProblems(
  error: z.ZodError,
  file: string,
  lineOf: (p: readonly PropertyKey[]) => number | undefined,
  out: ContentProblem[],
) {
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join('.') : 'frontmatter';
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ file, line: lineOf([...issue.path, key]), field: [...issue.path, key].join('.'), message: 'is not a known field' });
      }
      continue;
    }
    if (message.startsWith('Invalid input')) message = `is invalid (${message})`;
    out.push({ file, line: lineOf(issue.path), field, message });
  }
}

/** A short fingerprint of an asset file (its size and time), or undefined when it cannot be read. */
export function assetVersion(file: string): string | undefined {
  const sig = statSignature(file);
  return sig === '-' ? undefined : crypto.createHash('sha1').update(sig).digest('base64url').slice(0, 10);
}

/** Size and modification time of a file, or `-` when it cannot be read. */
function statSignature(file: string): string {
  try {
    const st = fs.statSync(file);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return '-';
  }
}

function readDirSafe(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * Reads a content root. With `previous` (the memo of an earlier load of the
 * same root), a story folder whose files and tags.yaml are unchanged is
 * taken from it instead of being parsed again, so a publish costs what the
 * edit touched plus one stat per file.
 */
export function loadContent(root: string, previous?: FolderMemo): ContentIndex {
  const problems: ContentProblem[] = [];
  const locales = routing.locales;

  // Tags.
  const tags = new Map<string, Record<Locale, string>>();
  const tagsPath = path.join(root, 'tags.yaml');
  const tagsFile = rel(tagsPath);
  if (!fs.existsSync(tagsPath)) {
    problems.push({ file: tagsFile, field: 'file', message: 'is missing' });
  } else {
    const raw = parseYamlFile(fs.readFileSync(tagsPath, 'utf8'), tagsFile, problems);
    if (raw !== undefined && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
      problems.push({ file: tagsFile, field: 'tags', message: 'must be a mapping of tag ids to their labels' });
    } else if (raw !== undefined) {
      // Entry by entry: one bad tag must not take every story down with it.
      const schema = tagsFileSchema(locales);
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
  }

  // Every story is checked against the tags, so their file is part of each folder's signature.
  const tagsSignature = statSignature(tagsPath);

  // Stories.
  const stories = new Map<string, Partial<Record<Locale, StoryEntry>>>();
  const folderMemo: FolderMemo = new Map();
  const byLocale = Object.fromEntries(locales.map((l) => [l, [] as StoryEntry[]])) as Record<Locale, StoryEntry[]>;
  const articlesDir = path.join(root, 'articles');
  const seenIds = new Map<string, string>();
  const claims: AliasClaim[] = [];
  // Sorted, and valid ids first, so which of two clashing folders is reported never depends on directory order.
  const folders = readDirSafe(articlesDir)
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => Number(!ID_PATTERN.test(a)) - Number(!ID_PATTERN.test(b)) || (a < b ? -1 : a > b ? 1 : 0));
  for (const id of folders) {
    const dir = path.join(articlesDir, id);
    const dirFile = rel(dir);
    const folded = id.normalize('NFKC').toLowerCase();
    const clash = seenIds.get(folded);
    if (clash !== undefined) {
      problems.push({
        file: dirFile,
        field: 'id',
        message: `"${id}" differs from the story id "${clash}" only by letter case or Unicode form; ids must be unique`,
      });
      continue;
    }
    seenIds.set(folded, id);
    const invisible = describeInvisible(id);
    if (invisible) {
      problems.push({ file: dirFile, field: 'id', message: `"${id}" ${invisible}` });
      continue;
    }
    if (!ID_PATTERN.test(id)) {
      problems.push({ file: dirFile, field: 'id', message: `"${id}" is not a valid story id: use lowercase a-z, 0-9 and single hyphens` });
      continue;
    }
    const files = readDirSafe(dir).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const signature = `${tagsSignature}|${files.map((f) => `${f.name}:${statSignature(path.join(dir, f.name))}`).join('|')}`;
    let result = previous?.get(id);
    if (result?.signature !== signature) {
      result = { signature, translations: {}, problems: [], claims: [] };
      for (const f of files) {
        if (!f.isFile() || !f.name.endsWith('.md')) continue;
        const locale = f.name.slice(0, -3);
        const filePath = path.join(dir, f.name);
        const file = rel(filePath);
        if (!isLocale(locale)) {
          result.problems.push({ file, field: 'file', message: `"${f.name}" is not named after a locale; use one of ${locales.map((l) => `${l}.md`).join(', ')}` });
          continue;
        }
        const entry = loadStoryFile(filePath, file, id, locale, dir, tags, tagsFile, result.problems, result.claims);
        if (entry) result.translations[locale] = entry;
      }
    }
    folderMemo.set(id, result);
    problems.push(...result.problems);
    claims.push(...result.claims);
    const translations = result.translations;
    if (Object.keys(translations).length > 0) {
      stories.set(id, translations);
      for (const e of Object.values(translations)) byLocale[e.locale].push(e);
    }
  }
  for (const l of locales) byLocale[l].sort((a, b) => b.time - a.time || a.id.localeCompare(b.id));

  const missing = new Map<string, Locale[]>();
  for (const [id, t] of stories) {
    const lacking = locales.filter((l) => !t[l]);
    if (lacking.length) missing.set(id, lacking);
  }

  // Static pages.
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

  const redirects = loadRedirects(root, claims, stories, tags, problems);

  return { root, tags, stories, byLocale, pages, problems, missing, folders: folderMemo, redirects };
}

/** An old path claimed by a story file or by redirects.yaml, where it was written, and where it leads. */
interface AliasClaim {
  path: string;
  file: string;
  line?: number;
  field: string;
  entry: RedirectEntry;
}

const REDIRECTS_FILE = 'redirects.yaml';

/**
 * Files every story alias and every entry of redirects.yaml under its
 * aliasKey, refusing a path that shadows one of the portal's own addresses,
 * a path claimed twice, and a redirect whose target is not a current address
 * of the portal (which includes a chain or a loop through other old paths).
 */
function loadRedirects(
  root: string,
  storyClaims: AliasClaim[],
  stories: ContentIndex['stories'],
  tags: ContentIndex['tags'],
  problems: ContentProblem[],
): Map<string, RedirectEntry> {
  const claims = [...storyClaims];
  const filePath = path.join(root, REDIRECTS_FILE);
  const file = rel(filePath);
  if (fs.existsSync(filePath)) {
    const parsed = parseYamlDocument(fs.readFileSync(filePath, 'utf8'), file, problems);
    const raw = parsed?.data;
    if (parsed && raw != null && (typeof raw !== 'object' || Array.isArray(raw))) {
      problems.push({ file, line: 1, field: 'redirects', message: 'must be a mapping of old paths to current ones, like "/en/about-us: /en/about"' });
    } else if (parsed && raw != null) {
      for (const [from, to] of Object.entries(raw as Record<string, unknown>)) {
        const line = parsed.lineOf([from]);
        const field = from.normalize('NFC');
        const bad = (message: string) => problems.push({ file, line, field, message });
        const fromWhy = aliasProblem(field);
        if (fromWhy) {
          bad(`"${from}" ${fromWhy}`);
          continue;
        }
        if (typeof to !== 'string') {
          bad('must lead to a current path of the portal, like /en/about');
          continue;
        }
        const toWhy = aliasProblem(to);
        if (toWhy) {
          bad(`leads to "${to}", which ${toWhy}`);
          continue;
        }
        claims.push({ path: field, file, line, field, entry: { to, story: storyOf(to) } });
      }
    }
  }

  const redirects = new Map<string, RedirectEntry>();
  const firstClaim = new Map<string, AliasClaim>();
  for (const c of claims) {
    const key = aliasKey(c.path);
    const bad = (message: string) => problems.push({ file: c.file, line: c.line, field: c.field, message });
    if (key === undefined) continue; // aliasProblem refused it already
    const shadowed = portalRouteOf(key);
    if (shadowed) {
      bad(`"${c.path}" shadows the portal's own address (${shadowed}); an old path must lie outside the portal's routes`);
      continue;
    }
    const first = firstClaim.get(key);
    if (first) {
      const where = `${first.file}${first.line ? `:${first.line}` : ''}`;
      bad(`"${c.path}" is already claimed by ${where} (old paths match in any letter case); an old path can lead to one place only`);
      continue;
    }
    firstClaim.set(key, c);
    redirects.set(key, c.entry);
  }

  // Targets, now that every old path is known. Story aliases lead to their story by construction.
  for (const [key, c] of firstClaim) {
    if (c.file !== file) continue;
    const why = targetProblem(c, firstClaim, stories, tags);
    if (why) {
      problems.push({ file: c.file, line: c.line, field: c.field, message: why });
      redirects.delete(key);
    }
  }
  return redirects;
}

/** Why a redirects.yaml entry's target is not a current page of the portal, or undefined. */
function targetProblem(
  c: AliasClaim,
  claims: Map<string, AliasClaim>,
  stories: ContentIndex['stories'],
  tags: ContentIndex['tags'],
): string | undefined {
  const to = c.entry.to;
  // A target that is itself an old path: follow it to say where the chain ends, or that it loops.
  const chain = [c.path];
  const seen = new Set<string>([aliasKey(c.path)!]);
  for (let at = claims.get(aliasKey(to) ?? ''); at; at = at.entry.story ? undefined : claims.get(aliasKey(at.entry.to) ?? '')) {
    chain.push(at.path);
    const key = aliasKey(at.path)!;
    if (seen.has(key)) return `is a redirect loop (${chain.join(' → ')}); point each old path at a current address`;
    seen.add(key);
  }
  if (chain.length > 1) {
    const end = claims.get(aliasKey(chain[chain.length - 1]!)!)!.entry.to;
    return `is a redirect chain (${chain.join(' → ')} → ${end}); point it straight at ${end}`;
  }
  const [, locale, section, name] = to.split('/');
  if (!isLocale(locale) || !portalRouteOf(to)) {
    return `leads to "${to}", which is not a page of the portal (a locale home, story, tag or page such as /en/about)`;
  }
  if (to.endsWith('/')) return `leads to "${to}"; write it without the trailing slash`;
  if (section === 'news' && !(c.entry.story && stories.get(c.entry.story.id)?.[c.entry.story.locale])) {
    return `leads to "${to}", but there is no such story in that language`;
  }
  if (section === 'tags' && name !== undefined && !tags.has(name)) return `leads to "${to}", but there is no tag "${name}"`;
  return undefined;
}

/** The story a path built by urls.story() shows, if it is one. */
function storyOf(pathname: string): RedirectEntry['story'] {
  const locale = pathname.split('/')[1];
  const id = storyIdOf(pathname);
  return id !== undefined && isLocale(locale) && pathname === storyPath(locale, id) ? { id, locale } : undefined;
}

function loadStoryFile(
  filePath: string,
  file: string,
  id: string,
  locale: Locale,
  dir: string,
  tags: Map<string, unknown>,
  tagsFile: string,
  problems: ContentProblem[],
  claims: AliasClaim[],
): StoryEntry | undefined {
  const size = fs.statSync(filePath).size;
  if (size > FILE_MAX_BYTES) {
    problems.push({ file, field: 'file', message: `is ${size} bytes; the limit is 1 MB (${FILE_MAX_BYTES} bytes)` });
    return undefined;
  }
  const before = problems.length;
  // Frontmatter values are NFC-normalized below (nfcDeep); the body is
  // normalized when it is rendered (readBody), not for the whole archive here.
  const text = fs.readFileSync(filePath, 'utf8');
  const parsed = parseFrontmatter(text, file, problems);
  if (!parsed) return undefined;
  const result = storyFrontmatterSchema.safeParse(nfcDeep(parsed.data));
  if (!result.success) zodProblems(result.error, file, parsed.lineOf, problems);

  const body = parsed.body;
  // Words: whitespace-separated tokens that contain a letter or digit (Markdown markers don't count).
  const words = body.match(/[\p{L}\p{N}]\S*/gu)?.length ?? 0;
  if (body.trim() === '') {
    problems.push({ file, line: parsed.bodyLine, field: 'body', message: 'is empty: write the story below the frontmatter' });
  } else if (nestingDepth(body) > MAX_NESTING) {
    problems.push({ file, line: parsed.bodyLine, field: 'body', message: `nests quotes or lists more than ${MAX_NESTING} levels deep` });
  }
  if (!result.success) return undefined;
  const fm = result.data;

  for (const [i, tag] of fm.tags.entries()) {
    if (!tags.has(tag)) {
      problems.push({ file, line: parsed.lineOf(['tags', i]), field: `tags.${i}`, message: `"${tag}" is not a tag in ${tagsFile}` });
    }
  }

  // Body images render as a bare <img> when their file is missing: refuse them like a missing cover.
  for (const img of localImages(body)) {
    const why = imageFileProblem(img.src, dir);
    if (why) problems.push({ file, line: parsed.bodyLine + img.line, field: 'body', message: why });
  }

  let image: StoryEntry['image'];
  if (fm.image) {
    const line = parsed.lineOf(['image', 'src']);
    const resolved = path.resolve(dir, fm.image.src);
    const inside = path.relative(dir, resolved);
    const why = imageFileProblem(fm.image.src, dir);
    if (why) {
      problems.push({ file, line, field: 'image.src', message: why });
    } else {
      try {
        const dim = imageSize(fs.readFileSync(resolved));
        image = {
          url: media(id, inside, assetVersion(resolved)),
          file: inside,
          width: dim.width,
          height: dim.height,
          alt: fm.image.alt,
          credit: fm.image.credit,
        };
      } catch {
        problems.push({ file, line, field: 'image.src', message: `"${fm.image.src}" is not a readable image` });
      }
    }
  }

  const mine: AliasClaim[] = [];
  for (const [i, alias] of (fm.aliases ?? []).entries()) {
    const line = parsed.lineOf(['aliases', i]);
    const first = alias.split('/')[1]!.toLowerCase();
    if (isLocale(first) && first !== locale) {
      problems.push({ file, line, field: `aliases.${i}`, message: `"${alias}" is an address in ${first}, but this is the ${locale} translation; list it in ${first}.md` });
      continue;
    }
    mine.push({ path: alias, file, line, field: `aliases.${i}`, entry: { to: storyPath(locale, id), story: { id, locale } } });
  }

  if (problems.length > before) return undefined;
  claims.push(...mine);
  return {
    id,
    locale,
    title: fm.title,
    summary: fm.summary,
    date: fm.date,
    time: Date.parse(fm.date),
    updated: fm.updated,
    tags: fm.tags,
    image,
    source: fm.source,
    author: fm.author,
    draft: fm.draft,
    words,
    path: filePath,
  };
}

/** Why `src` (relative to a story's folder `dir`) is not an image file of that story, or undefined if it is. */
function imageFileProblem(src: string, dir: string): string | undefined {
  const resolved = path.resolve(dir, src);
  const inside = path.relative(dir, resolved);
  if (inside.startsWith('..') || path.isAbsolute(inside) || inside.includes(path.sep) || inside === '') {
    return `"${src}" points outside the story's folder; put the image next to the Markdown file`;
  }
  if (!imageContentType(inside)) return `"${src}" is not a PNG, JPEG, WebP or AVIF image`;
  if (!fs.existsSync(resolved)) return `"${src}" does not exist in ${rel(dir)}`;
  return undefined;
}

/** Reads the body of a story file again, for rendering one story on demand. */
export function readBody(filePath: string): string {
  return bodyOf(fs.readFileSync(filePath, 'utf8').normalize('NFC')) ?? '';
}

/** Reads one image of one story, confined to that story's folder. */
export function readAsset(root: string, id: string, file: string): Buffer | undefined {
  if (!ID_PATTERN.test(id) || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(file) || !imageContentType(file)) return undefined;
  const p = path.join(root, 'articles', id, file);
  try {
    return fs.readFileSync(p);
  } catch {
    return undefined;
  }
}
