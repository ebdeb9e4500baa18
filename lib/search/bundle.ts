/**
 * Facts about the Pagefind bundles shared by the index builder
 * (scripts/build-search-index.ts) and the route that serves them
 * (app/pagefind/[...path]/route.ts). Each locale has its own bundle in
 * `<distDir>/pagefind/<locale>/`, served at lib/urls searchBundle(locale):
 * one Pagefind process per locale builds it, so the locales are indexed in
 * parallel and each process holds one locale's index in memory, not all three.
 */

import { routing } from '@/i18n/routing';

/**
 * The bundle files the search page needs, by path inside a locale's bundle.
 * Pagefind 1.6 also emits its UI bundles (pagefind-ui.js, -component-ui,
 * -modular-ui, -highlight); the builder does not write those (the page uses
 * the JS API). Beside them, the builder writes each story's original text to
 * `text/<id>.txt` (lib/urls searchText), from which the page cuts excerpts.
 */
export const PAGEFIND_FILES =
  /^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[A-Za-z0-9_-]+\.pf_meta|wasm\.[A-Za-z0-9_-]+\.pagefind|index\/[A-Za-z0-9_-]+\.pf_index|fragment\/[A-Za-z0-9_-]+\.pf_fragment)$/;

/**
 * The extension of story texts. They are written gzipped, as
 * `text/<id>.txt.gz` (plain, they would outweigh the whole index on disk),
 * and served as `text/<id>.txt`, compressed for the wire like any text.
 */
export const STORY_TEXT_EXT = '.txt';

const YEAR = 'public, max-age=31536000, immutable';
/** Fixed name, content changes with each build: cache briefly, then revalidate (ETag). */
const SHORT = 'public, max-age=300, must-revalidate';
/** Read once per search session with a `?ts=` cache-buster anyway. */
const NONE = 'public, max-age=0, must-revalidate';

/**
 * Content type and caching by extension. Pagefind ships its WebAssembly as
 * `wasm.<lang>.pagefind`, gzip-compressed with its own signature, and
 * pagefind.js decompresses and instantiates it from bytes, so it is not
 * `application/wasm` on the wire; the same holds for the index files. Those
 * are served as application/octet-stream, which the server does not gzip a
 * second time. A raw `.wasm` would be application/wasm.
 */
const PAGEFIND_TYPES: Record<string, { type: string; cache: string }> = {
  '.js': { type: 'text/javascript; charset=utf-8', cache: SHORT },
  '.json': { type: 'application/json; charset=utf-8', cache: NONE },
  '.wasm': { type: 'application/wasm', cache: SHORT },
  '.pagefind': { type: 'application/octet-stream', cache: SHORT },
  '.pf_meta': { type: 'application/octet-stream', cache: YEAR },
  '.pf_index': { type: 'application/octet-stream', cache: YEAR },
  '.pf_fragment': { type: 'application/octet-stream', cache: YEAR },
  // A story's text changes when it is edited: fixed name, short cache, ETag.
  [STORY_TEXT_EXT]: { type: 'text/plain; charset=utf-8', cache: SHORT },
};

/**
 * Checks the path segments of a request under /pagefind/ and returns the
 * path inside the Pagefind output, or undefined. Accepts only
 * `<locale>/name.ext` or `<locale>/<index|fragment|text>/name.ext` made of
 * safe characters, with a known extension: no `..`, no absolute or empty
 * segments, no backslashes, no NUL, no dot files.
 */
export function bundlePath(segments: readonly string[]): string | undefined {
  if (segments.length < 2 || segments.length > 3) return undefined;
  if (!(routing.locales as readonly string[]).includes(segments[0]!)) return undefined;
  if (segments.length === 3 && !['index', 'fragment', 'text'].includes(segments[1]!)) return undefined;
  // Story texts are the only .txt files, and live only in text/.
  if ((segments[1] === 'text') !== segments[segments.length - 1]!.endsWith(STORY_TEXT_EXT)) return undefined;
  const name = segments[segments.length - 1]!;
  if (!/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/.test(name) || name.includes('..') || name.length > 200) return undefined;
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || !Object.hasOwn(PAGEFIND_TYPES, name.slice(dot))) return undefined;
  return segments.join('/');
}

export function bundleFileType(rel: string): { type: string; cache: string } {
  return PAGEFIND_TYPES[rel.slice(rel.lastIndexOf('.'))]!;
}
