/**
 * The index every page reads: loaded once per process (through the disk copy
 * a build shares, lib/content/cache), replaced as a whole by a publish, and
 * under `next dev` read again when it is older than a moment, so edits show
 * on reload.
 */
import 'server-only';
import { loadContent, type ContentIndex } from './loader';
import { ContentError } from './problems';
import { readCachedFolders, writeCachedFolders } from './cache';
import { contentRootPath as contentRoot } from './root';
import { contentRead, foldersToRead } from './watch';

const cache = globalThis as unknown as {
  __contentIndex?: { index: ContentIndex; at: number };
  /** A reloaded index → the watch events its read had seen. */
  __contentReads?: WeakMap<ContentIndex, number>;
};

/** Under `next dev`, how old the index may be before a query reads the disk again (so edits show on reload). */
const DEV_RECHECK_MS = 250;

/** The shared index. Throws during `next build` while any content problem remains. */
export function getIndex(): ContentIndex {
  const root = contentRoot();
  const current = cache.__contentIndex;
  const dev = process.env.NODE_ENV === 'development';
  if (current?.index.root !== root || (dev && Date.now() - current.at > DEV_RECHECK_MS)) {
    const index = current?.index.root === root ? loadContent(root, current.index.folders) : loadShared(root);
    if (index.problems.length && process.env.NEXT_PHASE === 'phase-production-build') {
      throw new ContentError(index.problems);
    }
    if (index.problems.length && JSON.stringify(index.problems) !== JSON.stringify(current?.index.problems)) {
      console.error(new ContentError(index.problems).message);
    }
    cache.__contentIndex = { index, at: Date.now() };
  }
  return cache.__contentIndex!.index;
}

/** Loads through the disk copy shared by the processes of a build or a server restart. */
function loadShared(root: string): ContentIndex {
  const stored = readCachedFolders(root);
  const index = loadContent(root, stored);
  writeCachedFolders(index, stored);
  return index;
}

/**
 * Reads the content root again for a publish, parsing only the story folders
 * that changed since the index in use: those the watch names (lib/content/watch),
 * or, without it, those whose files' stats changed. The result is not
 * installed: the caller checks its problems first.
 */
export function reloadIndex(): ContentIndex {
  const root = contentRoot();
  const current = cache.__contentIndex?.index;
  if (current?.root !== root) return loadContent(root);
  const watched = foldersToRead(root);
  const index = loadContent(root, current.folders, { changed: watched?.changed, index: current });
  if (watched) (cache.__contentReads ??= new WeakMap()).set(index, watched.seq);
  return index;
}

/**
 * Makes `index` the one every page and query reads from now on. The disk copy
 * is left as the build wrote it: a restart re-reads from it only the folders
 * changed since, which are the ones published.
 */
export function installIndex(index: ContentIndex): void {
  cache.__contentIndex = { index, at: Date.now() };
  const seq = cache.__contentReads?.get(index);
  if (seq !== undefined) contentRead(seq);
}
