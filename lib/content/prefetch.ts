/**
 * Reads every story folder's files once, ahead of a full load and in a worker
 * thread, so the loader (synchronous, one file at a time) finds them in the
 * page cache: on a cold cache its reads would wait on the disk between
 * parses. The data is thrown away.
 */
import { Worker } from 'node:worker_threads';

// Plain JavaScript: the worker runs this text as it is, without the project's TypeScript loader.
// One file after another into one buffer: the disk keeps ahead of the loader, which parses as it reads.
const READER = `
const fs = require('node:fs');
const path = require('node:path');
const { workerData } = require('node:worker_threads');
const articles = path.join(workerData.root, 'articles');
const buffer = Buffer.allocUnsafe(1 << 16);
let names = [];
try { names = fs.readdirSync(articles).sort(); } catch {}
for (const name of names) {
  const dir = path.join(articles, name);
  let files = [];
  try { files = fs.readdirSync(dir); } catch { continue; }
  for (const f of files) {
    let fd;
    try {
      fd = fs.openSync(path.join(dir, f), 'r');
      while (fs.readSync(fd, buffer, 0, buffer.length, null) === buffer.length);
    } catch {} finally { if (fd !== undefined) fs.closeSync(fd); }
  }
}
`;

/** Starts reading the story folders of `root` in the background; the returned function stops it. */
export function prefetchStoryFolders(root: string): () => void {
  const worker = new Worker(READER, { eval: true, workerData: { root } });
  worker.unref();
  worker.on('error', () => undefined); // only a speed-up: the load reads every file itself anyway
  return () => void worker.terminate();
}
