/**
 * The subset Arabic face: it covers what the Arabic pages show, is a fraction
 * of the full face, and the stylesheet names the URLs it is served at.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { NASKH_WEIGHTS, naskhCharacters, naskhSubset } from './naskh';
import { getAllStories } from '@/lib/content';
import * as urls from '@/lib/urls';
import ar from '@/messages/ar.json';

process.env.CONTENT_DIR = path.join(__dirname, '..', 'content', '__fixtures__', 'valid');
Reflect.deleteProperty(process.env, 'NODE_ENV');

const arabic = (s: string) => [...s].filter((c) => /[\u0600-\u06FF]/u.test(c));

test('the subset keeps every Arabic character of the content, drafts included, and of the UI', () => {
  const chars = new Set(naskhCharacters());
  const shown = [JSON.stringify(ar), ...getAllStories('ar', { preview: true }).flatMap((e) => [e.title, e.summary])].join('');
  const missing = arabic(shown).filter((c) => !chars.has(c));
  assert.deepEqual([...new Set(missing)], []);
  // And the whole basic alphabet, for whatever a reader types into search.
  for (const c of 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي٠١٢٣٤٥٦٧٨٩،؟') assert.ok(chars.has(c), c);
});

test('each weight is a fraction of the full face', async () => {
  for (const w of NASKH_WEIGHTS) {
    const full = fs.statSync(
      path.join('node_modules/@fontsource/noto-naskh-arabic/files', `noto-naskh-arabic-arabic-${w}-normal.woff2`),
    ).size;
    const subset = await naskhSubset(w);
    assert.equal(subset.subarray(0, 4).toString('latin1'), 'wOF2');
    assert.ok(subset.length < full / 3, `${w}: ${subset.length} of ${full} bytes`);
  }
});

test('app/globals.css declares the face at the URLs app/font serves', () => {
  const css = fs.readFileSync('app/globals.css', 'utf8');
  for (const w of NASKH_WEIGHTS)
    assert.match(css, new RegExp(`url\\('${urls.naskhFont(w).replace(/[.]/g, '\\.')}'\\) format\\('woff2'\\);\\s*font-weight: ${w};`));
});
