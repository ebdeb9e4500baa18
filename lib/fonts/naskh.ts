/**
 * Noto Naskh Arabic, cut down at build time to the characters the Arabic
 * pages can show: every character of the Arabic stories' files (drafts
 * included), tags and about page and of the Arabic UI strings, plus
 * the whole basic Arabic alphabet, its marks, digits and punctuation, so that
 * a reader's own search words still render in the face.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { localeInfo } from '@/i18n/routing';
import { getArabicScript, getPage, getTags } from '@/lib/content';
import ar from '@/messages/ar.json';

import { NASKH_WEIGHTS, type NaskhWeight } from './weights';

export { NASKH_WEIGHTS, type NaskhWeight };

/** The characters the face covers (its unicode-range in app/globals.css). */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\u200C-\u200F\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** Always kept: the basic alphabet, its marks, Arabic-Indic digits and punctuation, joiners and direction marks. */
const BASE =
  String.fromCodePoint(0x060c, 0x061b, 0x061c, 0x061f, 0x0670) +
  range(0x0621, 0x063a) +
  range(0x0640, 0x0655) +
  range(0x0660, 0x066d) +
  range(0x200c, 0x200f);

function range(from: number, to: number): string {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
}

/** Every Arabic-script character an Arabic page can show (including drafts, for previews). */
export function naskhCharacters(): string {
  const parts: string[] = [BASE, JSON.stringify(ar), localeInfo.ar.nativeName, getArabicScript()];
  for (const t of getTags('ar', { preview: true })) parts.push(t.label);
  const about = getPage('about', 'ar');
  if (about) parts.push(about.title, about.summary, about.html);
  const chars = new Set<string>();
  for (const part of parts) for (const c of part) if (ARABIC.test(c)) chars.add(c);
  return [...chars].sort().join('');
}

/** One weight of the face, subset to naskhCharacters(), as WOFF2. */
export async function naskhSubset(weight: NaskhWeight): Promise<Buffer> {
  const file = path.join(
    process.cwd(),
    'node_modules/@fontsource/noto-naskh-arabic/files',
    `noto-naskh-arabic-arabic-${weight}-normal.woff2`,
  );
  return subsetFont(fs.readFileSync(file), naskhCharacters(), { targetFormat: 'woff2' });
}
