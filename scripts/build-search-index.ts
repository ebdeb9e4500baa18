/**
 * Part of `npm run build` (scripts/build.mjs): builds the site search index
 * with Pagefind's Node API from the content layer (not from built HTML) and
 * writes one bundle per locale to
 * `<distDir>/pagefind/<locale>/`, where app/pagefind/[...path]/route.ts
 * serves it.
 *
 * One record per published story translation (lib/search/records.ts):
 *   - content: the words of normalize(title + body text), each once
 *     (lib/search/records.ts indexedWords), so the index and the reader's
 *     query (normalized the same way on the search page) meet on folded
 *     Arabic letters, ё → е, Western digits…;
 *   - language: the locale, so Pagefind stems it with the locale's stemmer
 *     (Arabic, Russian, English);
 *   - meta: title, date (ISO) and dateText (formatted for the locale);
 *   - url: the story's path; the page finds the story's ORIGINAL plain text,
 *     for the highlighted excerpt, in `text/<id>.txt` beside the bundle
 *     (written here too, gzipped, see toCustomRecord).
 *
 * Why a bundle per locale, each built by its own child process: Pagefind
 * indexes on one core and holds the whole index in memory. One process per
 * locale, SEARCH_INDEX_JOBS at a time (default: the number of cores), uses
 * every core and keeps each process's memory to one locale's index.
 *
 * Only files the search page uses are written (no Pagefind UI bundles).
 * Run with: tsx --conditions=react-server scripts/build-search-index.ts
 * Env: NEXT_DIST_DIR (default .next), CONTENT_DIR, NOW (as for the build),
 * SEARCH_INDEX_JOBS.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type * as Pagefind from 'pagefind';
import { routing, type Locale } from '@/i18n/routing';
import { recordsOf, type SearchRecord } from '@/lib/search/records';
import { STORY_TEXT_EXT, PAGEFIND_FILES } from '@/lib/search/bundle';

/**
 * The Pagefind custom record of one story. The original text is not in it:
 * Pagefind indexes every `meta` value as words (a second, un-normalized copy
 * of every story in the word index), and a `filters` value makes Pagefind
 * build a filter index holding every story's whole text, which nobody reads
 * (at 10,000 stories a gigabyte of memory per locale). Each story's text is
 * written to its own file instead, which the page fetches for the results it
 * shows.
 */
export function toCustomRecord(r: SearchRecord): Pagefind.CustomRecord {
  return {
    url: r.url,
    content: r.content,
    language: r.language,
    meta: { ...r.meta },
  };
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const d of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!d.isFile()) continue;
    bytes += fs.statSync(path.join(d.parentPath, d.name)).size;
    files++;
  }
  return { bytes, files };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

// Pagefind is ESM-only; tsx runs this file as CommonJS.
const loadPagefind = (): Promise<typeof Pagefind> => import('pagefind');

/** Records sent to Pagefind before waiting for its answers: the two processes work side by side. */
const IN_FLIGHT = 64;

interface LocaleResult {
  locale: Locale;
  stories: number;
  skipped: number;
  contentMs: number;
}

/** Child process: indexes one locale and writes its bundle to `outDir`. */
async function buildLocale(locale: Locale, outDir: string): Promise<LocaleResult> {
  const pagefind = await loadPagefind();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: locale });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

    fs.rmSync(outDir, { recursive: true, force: true });
    const textDir = path.join(outDir, 'text');
    fs.mkdirSync(textDir, { recursive: true });
    let stories = 0;
    let contentMs = 0;
    const inFlight = new Set<Promise<void>>();
    const records = recordsOf(locale);
    for (;;) {
      const t = performance.now();
      const next = records.next();
      contentMs += performance.now() - t;
      if (next.done) break;
      const r = next.value;
      stories++;
      // Gzipped on disk only (the route sends it decompressed, and Next
      // compresses it for the wire), so the fastest level: at the default
      // level, gzip was a seventh of this process's CPU time.
      fs.writeFileSync(path.join(textDir, `${r.id}${STORY_TEXT_EXT}.gz`), zlib.gzipSync(r.text, { level: 1 }));
      const sent: Promise<void> = index.addCustomRecord(toCustomRecord(r)).then((res) => {
        inFlight.delete(sent);
        if (res.errors.length) throw new Error(`pagefind: ${r.url}: ${res.errors.join('; ')}`);
      });
      inFlight.add(sent);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);

    // Pagefind writes its files itself: getFiles() would pass every one of
    // them through its stdio protocol as base64 JSON and hold them all in this
    // process (at 10,000 stories 505 MB of RSS, against 382 MB). It writes
    // into a scratch folder, and only the files the search page uses are
    // moved into the bundle.
    const scratch = `${outDir}.pagefind-out`;
    fs.rmSync(scratch, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: scratch });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);

    let skipped = 0;
    const made = new Set<string>();
    for (const d of fs.readdirSync(scratch, { withFileTypes: true, recursive: true })) {
      if (!d.isFile()) continue;
      const from = path.join(d.parentPath, d.name);
      const rel = path.relative(scratch, from).split(path.sep).join('/');
      if (!PAGEFIND_FILES.test(rel)) {
        skipped++;
        continue;
      }
      const dest = path.join(outDir, rel);
      if (!made.has(path.dirname(dest))) {
        fs.mkdirSync(path.dirname(dest), { recursive: true });
        made.add(path.dirname(dest));
      }
      fs.renameSync(from, dest);
    }
    fs.rmSync(scratch, { recursive: true, force: true });
    return { locale, stories, skipped, contentMs };
  } finally {
    await pagefind.close();
  }
}

/** Runs this script for one locale in a child process and returns what it reports. */
function runChild(locale: Locale): Promise<LocaleResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], {
      env: { ...process.env, SEARCH_INDEX_LOCALE: locale },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: LocaleResult | undefined;
    child.on('message', (m) => (result = m as LocaleResult));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && result) resolve(result);
      else reject(new Error(`indexing ${locale} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

async function main() {
  const started = performance.now();
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const root = path.resolve(process.cwd(), distDir, 'pagefind');

  const only = process.env.SEARCH_INDEX_LOCALE;
  if (only) {
    const locale = routing.locales.find((l) => l === only);
    if (!locale) throw new Error(`SEARCH_INDEX_LOCALE: "${only}" is not a locale`);
    const result = await buildLocale(locale, path.join(root, locale));
    process.send?.(result);
    return;
  }

  const jobs = Math.max(1, Number(process.env.SEARCH_INDEX_JOBS) || os.availableParallelism());
  fs.rmSync(root, { recursive: true, force: true });
  const queue = [...routing.locales];
  const results: LocaleResult[] = [];
  await Promise.all(
    Array.from({ length: Math.min(jobs, queue.length) }, async () => {
      for (let l = queue.shift(); l; l = queue.shift()) results.push(await runChild(l));
    }),
  );

  const size = dirSize(root);
  const ms = Math.round(performance.now() - started);
  const by = new Map(results.map((r) => [r.locale, r]));
  const per = routing.locales.map((l) => `${l} ${by.get(l)!.stories}`).join(', ');
  const total = results.reduce((a, r) => a + r.stories, 0);
  const skipped = results.reduce((a, r) => a + r.skipped, 0);
  const contentMs = results.reduce((a, r) => a + r.contentMs, 0);
  console.log(
    `search index: ${total} stories (${per}) → ${path.relative(process.cwd(), root) || root}/<locale>: ` +
      `${size.files} files, ${kb(size.bytes)} (${size.bytes} bytes; ${skipped} unused Pagefind files not written) in ${ms} ms ` +
      `(${jobs} job${jobs === 1 ? '' : 's'}; reading content ${Math.round(contentMs)} ms summed)`,
  );
}

// Run only as a script, not when a test imports toCustomRecord.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((e) => {
    const who = process.env.SEARCH_INDEX_LOCALE ? `build-search-index (${process.env.SEARCH_INDEX_LOCALE})` : 'build-search-index';
    console.error(`${who}: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
