/**
 * Which story folders may have changed since the index in use was read, so a
 * publish stats and parses only those instead of every file of the archive
 * (whose stats alone grow with it). Linux inotify through `fs.watch`: one
 * watcher on `articles/` (folders added, removed, renamed) and one per story
 * folder (its files written, added, removed).
 *
 * It answers "unknown" (the caller stats everything, as without it) until
 * every watcher is set and one stat pass has confirmed the index read before
 * they were, and for good once a watcher fails or the stat pass after a
 * publish finds a change no event announced; that change is then published
 * by the caller a moment later. Only local file systems are watched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { statOf } from './files';
import type { FolderMemo } from './loader';
import type { FolderResult } from './story-folder';

interface WatchState {
  root: string;
  /** Events are trusted: set after the first stat pass, cleared for good by a failure. */
  trusted: boolean;
  failed: boolean;
  /** Counts events, so a read knows which of them it has seen. */
  seq: number;
  /** Folder id → the event count at its last event. */
  dirty: Map<string, number>;
  folders: Map<string, fs.FSWatcher>;
  top?: fs.FSWatcher;
  verifying?: Promise<boolean>;
}

// Process-wide: Next may load this module more than once (instrumentation and routes).
const KEY = Symbol.for('portal.contentWatch');
const global = globalThis as { [KEY]?: WatchState };

/** Story folders stat-checked between two turns of the event loop during a stat pass. */
const SLICE = 500;

/**
 * Local file systems, whose inotify events report every change (statfs magic
 * numbers): ext2-4, XFS, Btrfs, tmpfs, overlayfs, ZFS, F2FS. Network and FUSE
 * mounts may not report changes made elsewhere, so they are not watched.
 */
const LOCAL_FILE_SYSTEMS = new Set([0xef53, 0x58465342, 0x9123683e, 0x01021994, 0x794c7630, 0x2fc12fc1, 0xf2f52010]);

function fail(s: WatchState, why: string, log: (line: string) => void = console.error): void {
  if (s.failed) return;
  s.failed = true;
  s.trusted = false;
  log(`content watch: ${why}; publishes stat every story folder`);
  s.top?.close();
  for (const w of s.folders.values()) w.close();
  s.folders.clear();
}

function mark(s: WatchState, id: string): void {
  s.dirty.set(id, ++s.seq);
}

function watchFolder(s: WatchState, id: string): void {
  s.folders.get(id)?.close();
  s.folders.delete(id);
  try {
    const w = fs.watch(path.join(s.root, 'articles', id), { persistent: false }, () => mark(s, id));
    w.on('error', () => mark(s, id)); // the folder went away: the articles/ watcher reports it
    s.folders.set(id, w);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return; // removed (or never a folder) since it was listed
    fail(s, `cannot watch ${id} (${code === 'ENOSPC' ? 'ENOSPC: raise fs.inotify.max_user_watches' : (code ?? e)})`);
  }
}

/** Whether `folder` still has the stats it was read with (what readStoryFolder checks first). */
function unchangedOnDisk(dir: string, folder: FolderResult): boolean {
  return (statOf(dir) ?? '-') === folder.stamp && folder.files.every(([name, sig]) => statOf(path.join(dir, name)) === sig);
}

/**
 * Starts watching the story folders of `root`, read into `folders`, in the
 * background (in slices, so the server answers meanwhile). Once in place, a
 * stat pass over `folders` catches what changed before a watcher existed.
 */
export function watchContent(root: string, folders: () => FolderMemo): void {
  if (global[KEY]) return;
  const s: WatchState = { root, trusted: false, failed: false, seq: 0, dirty: new Map(), folders: new Map() };
  global[KEY] = s;
  try {
    const type = fs.statfsSync(root).type;
    if (!LOCAL_FILE_SYSTEMS.has(type)) return fail(s, `${root} is not on a local file system (type 0x${type.toString(16)})`, console.log);
    s.top = fs.watch(path.join(root, 'articles'), { persistent: false }, (_event, name) => {
      if (typeof name === 'string' && name) mark(s, name);
      else fail(s, 'an articles/ event without a name'); // inotify's queue overflowed
    });
    s.top.on('error', (e) => fail(s, `articles/ watcher: ${e.message}`));
  } catch (e) {
    fail(s, `cannot watch ${path.join(root, 'articles')} (${(e as NodeJS.ErrnoException).code ?? e})`);
    return;
  }
  void (async () => {
    const started = performance.now();
    const ids = [...folders().keys()];
    for (let i = 0; i < ids.length && !s.failed; i += SLICE) {
      for (const id of ids.slice(i, i + SLICE)) if (!s.folders.has(id)) watchFolder(s, id);
      await new Promise((r) => setImmediate(r));
    }
    await findMissedChanges(folders, true);
    s.trusted = !s.failed;
    if (s.trusted) console.log(`content watch: ${s.folders.size} story folders in ${Math.round(performance.now() - started)} ms`);
  })();
}

/**
 * A stat pass, in slices, over every story folder of the index in use and
 * the folder list, for changes no event announced. After a publish (a
 * server's own or a peer's), such a change means events cannot be trusted:
 * the watch is turned off and the call resolves true, so the caller
 * publishes again. On the first pass (`initial`), which catches changes made
 * before the watchers existed, they are only marked to be read.
 */
export function findMissedChanges(folders: () => FolderMemo, initial = false): Promise<boolean> {
  const s = global[KEY];
  // Until the watch is trusted, publishes stat every folder: there is nothing to check after them.
  if (!s || s.failed || (!initial && !s.trusted)) return Promise.resolve(false);
  s.verifying ??= (async () => {
    try {
      const articles = path.join(s.root, 'articles');
      // Listing 25,000 folders takes a while: off the event loop.
      const listed = await fs.promises.readdir(articles, { withFileTypes: true });
      const memo = folders();
      const suspects = listed
        .filter((d) => d.isDirectory() && !memo.has(d.name))
        .map((d) => d.name);
      const ids = [...memo.keys()];
      for (let i = 0; i < ids.length && !s.failed; i += SLICE) {
        for (const id of ids.slice(i, i + SLICE)) {
          if (!s.dirty.has(id) && !unchangedOnDisk(path.join(articles, id), memo.get(id)!)) suspects.push(id);
        }
        await new Promise((r) => setImmediate(r));
      }
      // An event for a change made during the pass may be on its way, and a
      // publish may have read the folder since: look again, against the index in use now.
      await new Promise((r) => setTimeout(r, 50));
      const now = folders();
      const missed = suspects.filter((id) => {
        if (s.dirty.has(id)) return false;
        const folder = now.get(id);
        return folder ? !unchangedOnDisk(path.join(articles, id), folder) : fs.existsSync(path.join(articles, id));
      });
      for (const id of missed) mark(s, id);
      if (initial || missed.length === 0) return false;
      fail(s, `no event announced a change in ${missed.slice(0, 3).join(', ')}`);
      return true;
    } finally {
      s.verifying = undefined;
    }
  })();
  return s.verifying;
}

/**
 * For a read of `root` about to start: the entries of articles/ that may have
 * changed since the index in use was read (every other folder is taken
 * unread), or undefined when every folder must be stat-checked. The
 * folders it must read are watched again first (a folder may have been
 * replaced), so a change made while they are read is not missed. Pass the
 * returned `seq` to contentRead once the read is installed.
 */
export function foldersToRead(root: string): { changed: ReadonlySet<string>; seq: number } | undefined {
  const s = global[KEY];
  if (!s || !s.trusted || s.root !== root) return undefined;
  const seq = s.seq;
  for (const id of s.dirty.keys()) watchFolder(s, id);
  if (s.failed) return undefined;
  return { changed: new Set(s.dirty.keys()), seq };
}

/** The read that saw events up to `seq` is in use: those folders are current. */
export function contentRead(seq: number): void {
  const s = global[KEY];
  if (!s) return;
  for (const [id, at] of s.dirty) {
    if (at > seq) continue;
    s.dirty.delete(id);
    if (!fs.existsSync(path.join(s.root, 'articles', id))) {
      s.folders.get(id)?.close();
      s.folders.delete(id);
    }
  }
}

/** Stops watching (tests). */
export function unwatchContent(): void {
  const s = global[KEY];
  if (!s) return;
  s.top?.close();
  for (const w of s.folders.values()) w.close();
  delete global[KEY];
}

/** Whether publishes currently trust the watch (tests, logs). */
export function contentWatchTrusted(): boolean {
  return global[KEY]?.trusted === true;
}
