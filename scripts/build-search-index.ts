/**
 * `postbuild`: builds the site search index with Pagefind's Node API from the
 * content layer (not from built HTML) and writes it to `<distDir>/pagefind/`,
 * where app/pagefind/[...path]/route.ts serves it.
 *
 * One record per published story translation (lib/search/records.ts):
 *   - content: normalize(title + body text), so the index and the reader's
 *     query (normalized the same way on the search page) meet on folded
 *     Arabic letters, ё → е, Western digits…;
 *   - language: the locale, so Pagefind keeps one index per locale and stems
 *     each with its own stemmer (Arabic, Russian, English); the search page
 *     loads the index of its <html lang>;
 *   - meta: title, date (ISO) and dateText (formatted for the locale);
 *   - the body's ORIGINAL plain text, for the highlighted excerpt, in a
 *     Pagefind *filter* value (see TEXT_FILTER below).
 *
 * Only files the search page uses are written (no Pagefind UI bundles).
 * Run with: tsx --conditions=react-server scripts/build-search-index.ts
 * Env: NEXT_DIST_DIR (default .next), CONTENT_DIR, NOW (as for the build).
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as Pagefind from 'pagefind';
import { routing } from '@/i18n/routing';
import { collectRecords, type SearchRecord } from '@/lib/search/records';
import { PAGEFIND_FILES, TEXT_FILTER } from '@/lib/search/bundle';

/**
 * The Pagefind custom record of one story. Why a filter for the original
 * text: Pagefind (1.5+) indexes every `meta` value as searchable words, so a
 * `meta.text` would put a second, un-normalized copy of every story into the
 * word index that each query downloads. A filter value lands in the story's
 * fragment (which the page loads for the results it shows) and in the filter
 * files, which a search without filters never fetches.
 */
export function toCustomRecord(r: SearchRecord): Pagefind.CustomRecord {
  return {
    url: r.url,
    content: r.content,
    language: r.language,
    meta: { ...r.meta },
    filters: { [TEXT_FILTER]: [r.text] },
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

async function main() {
  const started = performance.now();
  const pagefind = await loadPagefind();
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const outDir = path.resolve(process.cwd(), distDir, 'pagefind');

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

  const counts: Record<string, number> = {};
  let collectMs = 0;
  for (const locale of routing.locales) {
    const t = performance.now();
    const records = collectRecords(locale);
    collectMs += performance.now() - t;
    counts[locale] = records.length;
    for (const r of records) {
      const res = await index.addCustomRecord(toCustomRecord(r));
      if (res.errors.length) throw new Error(`pagefind: ${r.url}: ${res.errors.join('; ')}`);
    }
  }

  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw new Error(`pagefind: ${fileErrors.join('; ')}`);
  await pagefind.close();

  fs.rmSync(outDir, { recursive: true, force: true });
  let skipped = 0;
  for (const f of files) {
    const rel = f.path.split(path.sep).join('/');
    if (!PAGEFIND_FILES.test(rel)) {
      skipped++;
      continue;
    }
    const dest = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, f.content);
  }

  const size = dirSize(outDir);
  const ms = Math.round(performance.now() - started);
  const per = routing.locales.map((l) => `${l} ${counts[l]}`).join(', ');
  console.log(
    `search index: ${Object.values(counts).reduce((a, b) => a + b, 0)} stories (${per}) → ${path.relative(process.cwd(), outDir) || outDir}: ` +
      `${size.files} files, ${kb(size.bytes)} (${size.bytes} bytes; ${skipped} unused Pagefind files not written) in ${ms} ms ` +
      `(content ${Math.round(collectMs)} ms)`,
  );
}

// Run only as a script, not when a test imports toCustomRecord.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch(async (e) => {
    console.error(`build-search-index: ${e instanceof Error ? e.message : e}`);
    await loadPagefind()
      .then((p) => p.close())
      .catch(() => {});
    process.exit(1);
  });
}
