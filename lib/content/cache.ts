/**
 * A disk copy of what each story folder gave, so the processes of one build
 * (the content check, Next's page-data and static-generation workers) and a
 * restarted server parse the archive once between them instead of once each:
 * loadContent() takes a folder from it while the folder's files keep the stats
 * they were read at. It lives under node_modules/.cache (never in the build
 * output or public/), and any failure to read or write it just means a full
 * load.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ContentIndex, FolderMemo } from './loader';

const VERSION = 5;

function cacheFile(root: string): string {
  const key = crypto.createHash('sha1').update(root).digest('hex').slice(0, 16);
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '.cache', 'portal-content', `${key}.json`);
}

/** The folders stored for `root`, if there are any. */
export function readCachedFolders(root: string): FolderMemo | undefined {
  try {
    const stored = JSON.parse(fs.readFileSync(cacheFile(root), 'utf8')) as { version: number; root: string; folders: [string, never][] };
    return stored.version === VERSION && stored.root === root ? new Map(stored.folders) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores the folders of `index` unless they are those of `stored` already. */
export function writeCachedFolders(index: ContentIndex, stored?: FolderMemo): void {
  if (stored && stored.size === index.folders.size && [...index.folders].every(([id, f]) => stored.get(id) === f)) return;
  try {
    const file = cacheFile(index.root);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    // Written folder by folder: one string of a whole large archive would be
    // the largest thing in memory during a build.
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, `{"version":${VERSION},"root":${JSON.stringify(index.root)},"folders":[`);
      let first = true;
      for (const folder of index.folders) {
        fs.writeSync(fd, (first ? '' : ',') + JSON.stringify(folder));
        first = false;
      }
      fs.writeSync(fd, ']}');
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch {
    /* a read-only or full disk only costs a reload */
  }
}
