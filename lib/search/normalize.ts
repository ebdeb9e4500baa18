/**
 * The one text normalization of site search. The index (lib/search/analyze)
 * applies it to every story and the search page to the reader's query, so
 * both sides meet on the same letters:
 *
 * - Unicode NFKC (presentation forms, ligatures and full-width letters become
 *   plain letters; a decomposed `е` + U+0308 becomes `ё`, and so on), then
 *   lower case;
 * - invisible format characters that split or join words without showing are
 *   dropped (soft hyphen, zero-width space / joiners, LRM/RLM, BOM);
 * - Arabic: tashkeel U+064B–U+0652, superscript alef U+0670 and tatweel
 *   U+0640 are dropped; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي;
 * - Arabic-Indic ٠–٩ and Extended Arabic-Indic ۰–۹ digits → 0–9;
 * - Russian ё → е.
 *
 * Pure and dependency-free.
 */

const FOLD: Record<string, string> = {
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u0451': '\u0435', // ё → е
};

// Dropped: tashkeel, superscript alef, tatweel, and invisible format characters.
const DROP = /[\u064B-\u0652\u0670\u0640\u00AD\u200B-\u200F\u2060\uFEFF]/g;
const FOLDABLE = /[\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626\u0451]/g;
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(DROP, '')
    .replace(FOLDABLE, (c) => FOLD[c]!)
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * The words of a text as the excerpt highlighter sees them: runs of letters,
 * marks and digits (so Arabic words keep their tashkeel and Russian words their
 * combining accents).
 */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The normalized search terms of a query: its distinct words, in order. */
export function queryTerms(query: string): string[] {
  const terms = normalize(query).match(WORD) ?? [];
  return [...new Set(terms)];
}
