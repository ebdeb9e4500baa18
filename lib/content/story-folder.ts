/**
 * One story folder, `articles/<id>/`: its translations parsed and checked on
 * their own. What depends on other files (tags.yaml, other stories' ids and
 * aliases) is checked by the loader afterwards, so a folder is parsed again
 * only when its own files change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { media, story as storyPath } from '@/lib/urls';
import { assetVersion, imageFileProblem, nfcDeep, readDirSafe, rel, signature, statOf, zodProblems } from './files';
import { parseFrontmatter } from './frontmatter';
import { localImages, nestingDepth, MAX_NESTING } from './markdown';
import type { ContentProblem } from './problems';
import type { AliasClaim } from './redirects';
import { FILE_MAX_BYTES, storyFrontmatterSchema } from './schema';
import type { StoryEntry } from './types';

/** One story folder as last read. */
export interface FolderResult {
  /** The folder's own stat, which changes when a file in it is added, removed or renamed. */
  stamp: string;
  /** Each file's name and stat (statOf), in name order. */
  files: [string, string][];
  translations: Partial<Record<Locale, StoryEntry>>;
  /** The frontmatter line of each translation's tags, for reporting a tag tags.yaml lacks. */
  tagLines: Partial<Record<Locale, (number | undefined)[]>>;
  problems: ContentProblem[];
  claims: AliasClaim[];
  /** Every Arabic-script character of the folder's ar.md (the Arabic face is cut down to them). */
  arabicScript: string;
}

/**
 * Reads a story folder, or returns `previous` when none of its files changed:
 * the folder's stat tells whether files came or went, each file's stat
 * whether it was written.
 */
export function readStoryFolder(dir: string, id: string, previous?: FolderResult): FolderResult {
  const stamp = statOf(dir) ?? '-';
  if (previous?.stamp === stamp && previous.files.every(([name, sig]) => statOf(path.join(dir, name)) === sig)) return previous;
  const entries = readDirSafe(dir).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const stats = entries.map((d) => fs.statSync(path.join(dir, d.name), { throwIfNoEntry: false }));
  const files = entries.map((d, i): [string, string] => [d.name, signature(stats[i]) ?? '-']);
  if (previous && JSON.stringify(previous.files) === JSON.stringify(files)) {
    previous.stamp = stamp; // same files, touched folder: nothing to read again
    return previous;
  }
  const result: FolderResult = { stamp, files, translations: {}, tagLines: {}, problems: [], claims: [], arabicScript: '' };
  for (const [i, d] of entries.entries()) {
    const name = d.name;
    if (!d.isFile() || !name.endsWith('.md')) continue;
    const filePath = path.join(dir, name);
    const locale = name.slice(0, -3);
    const file = rel(filePath);
    if (!isLocale(locale)) {
      const expected = routing.locales.map((l) => `${l}.md`).join(', ');
      result.problems.push({ file, field: 'file', message: `"${name}" is not named after a locale; use one of ${expected}` });
      continue;
    }
    loadStoryFile({ filePath, file, id, locale, dir, size: stats[i]?.size ?? 0 }, result);
  }
  return result;
}

interface StoryFile {
  filePath: string;
  /** The path problems name. */
  file: string;
  id: string;
  locale: Locale;
  dir: string;
  /** Its size, from the stat the folder's file list was made of. */
  size: number;
}

/** Parses and checks one translation into `out`: its entry and aliases if it is valid, its problems either way. */
function loadStoryFile({ filePath, file, id, locale, dir, size }: StoryFile, out: FolderResult): void {
  const problems = out.problems;
  if (size > FILE_MAX_BYTES) {
    problems.push({ file, field: 'file', message: `is ${size} bytes; the limit is 1 MB (${FILE_MAX_BYTES} bytes)` });
    return;
  }
  const before = problems.length;
  // Frontmatter values are NFC-normalized below (nfcDeep); the body is
  // normalized when it is rendered (readBody), not for the whole archive here.
  const text = fs.readFileSync(filePath, 'utf8');
  if (locale === 'ar') out.arabicScript = arabicScript(text);
  const parsed = parseFrontmatter(text, file, problems);
  if (!parsed) return;
  const result = storyFrontmatterSchema.safeParse(nfcDeep(parsed.data));
  if (!result.success) zodProblems(result.error, file, parsed.lineOf, problems);

  const body = parsed.body;
  const words = wordCount(body);
  if (body.trim() === '') {
    problems.push({ file, line: parsed.bodyLine, field: 'body', message: 'is empty: write the story below the frontmatter' });
  } else if (nestingDepth(body) > MAX_NESTING) {
    problems.push({ file, line: parsed.bodyLine, field: 'body', message: `nests quotes or lists more than ${MAX_NESTING} levels deep` });
  }
  if (!result.success) return;
  const fm = result.data;

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

  if (problems.length > before) return;
  out.claims.push(...mine);
  out.tagLines[locale] = fm.tags.map((_, i) => parsed.lineOf(['tags', i]));
  out.translations[locale] = {
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

/** Whitespace (`\s`) as JavaScript's regular expressions define it. */
function isSpace(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words: whitespace-separated tokens that contain a letter or digit (Markdown
 * markers do not count): the matches of `[\p{L}\p{N}]\S*`, counted without
 * building an array of every word of the archive. Latin, Arabic and Cyrillic
 * letters are told by their code, any other by its Unicode class.
 */
export function wordCount(body: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (isSpace(c)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    let letter: boolean;
    if (c < 128) letter = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0410 && c <= 0x044f)) letter = true;
    else {
      const cp = body.codePointAt(i)!;
      letter = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    }
    if (letter) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** Marks, by code unit, the characters arabicScript has met in the current text. */
const seen = new Uint8Array(0x10000);

/** The distinct Arabic-script characters of a text (Arabic blocks, presentation forms, joiners and direction marks), sorted. */
function arabicScript(text: string): string {
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (((c >= 0x0600 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfeff) || (c >= 0x200c && c <= 0x200f)) && seen[c] === 0) {
      seen[c] = 1;
      found.push(c);
    }
  }
  for (const c of found) seen[c] = 0;
  return String.fromCharCode(...found.sort((a, b) => a - b));
}
