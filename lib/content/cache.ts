/**
 * A disk copy of the metadata index, so the processes of one build (the
 * content check, Next's page-data and static-generation workers) and a
 * restarted server parse the archive once between them instead of once each.
 * It is keyed by a fingerprint of every file's size and mtime under the
 * content root; when that differs, the copy's per-folder memo still spares
 * re-parsing the folders that did not change. It lives under
 * node_modules/.cache (never in the build output or public/), and any failure
 * to read or write it just means a full load.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/i18n/routing';
import type { ContentIndex, FolderResult } from './loader';
import type { RedirectEntry, StoryEntry } from './types';

const VERSION = 4;

function cacheFile(root: string): string {
  const key = crypto.createHash('sha1').update(root).digest('hex').slice(0, 16);
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '.cache', 'portal-content', `${key}.json`);
}

/** Size and mtime of every file under the root, hashed. */
export function fingerprint(root: string): string {
  const hash = crypto.createHash('sha1');
  hash.update(`v${VERSION}\n`);
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        const st = fs.statSync(p);
        hash.update(`${p}\0${st.size}\0${st.mtimeMs}\n`);
      }
    }
  };
  walk(root);
  return hash.digest('hex');
}

interface Stored {
  version: number;
  fingerprint: string;
  index: {
    root: string;
    tags: [string, Record<Locale, string>][];
    /** Stories are rebuilt from their folders, so each entry is stored once. */
    folders: [string, FolderResult][];
    byLocale: Record<Locale, string[]>;
    pages: [string, ContentIndex['pages'] extends Map<string, infer V> ? V : never][];
    problems: ContentIndex['problems'];
    missing: [string, Locale[]][];
    redirects: [string, RedirectEntry][];
  };
}

/** The stored index of `root` and the fingerprint it was stored under, if there is one. */
export function readCachedIndex(root: string): { index: ContentIndex; fingerprint: string } | undefined {
  try {
    const stored = JSON.parse(fs.readFileSync(cacheFile(root), 'utf8')) as Stored;
    if (stored.version !== VERSION || stored.index.root !== root) return undefined;
    const s = stored.index;
    const folders = new Map(s.folders);
    const stories = new Map<string, Partial<Record<Locale, StoryEntry>>>();
    for (const [id, f] of folders) if (Object.keys(f.translations).length > 0) stories.set(id, f.translations);
    const byLocale = Object.fromEntries(
      Object.entries(s.byLocale).map(([l, ids]) => [l, ids.map((id) => stories.get(id)![l as Locale]!)]),
    ) as ContentIndex['byLocale'];
    const index: ContentIndex = {
      root,
      tags: new Map(s.tags),
      stories,
      byLocale,
      pages: new Map(s.pages),
      problems: s.problems,
      missing: new Map(s.missing),
      folders,
      redirects: new Map(s.redirects),
    };
    return { index, fingerprint: stored.fingerprint };
  } catch {
    return undefined;
  }
}

export function writeCachedIndex(index: ContentIndex, print: string): void {
  try {
    const file = cacheFile(index.root);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const stored: Stored = {
      version: VERSION,
      fingerprint: print,
      index: {
        root: index.root,
        tags: [...index.tags],
        folders: [...index.folders],
        byLocale: Object.fromEntries(Object.entries(index.byLocale).map(([l, es]) => [l, es.map((e) => e.id)])) as Record<Locale, string[]>,
        pages: [...index.pages],
        problems: index.problems,
        missing: [...index.missing],
        redirects: [...index.redirects],
      },
    };
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(stored));
    fs.renameSync(tmp, file);
  } catch {
    /* a read-only or full disk only costs a reload */
  }
}
