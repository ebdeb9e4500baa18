/**
 * The highlighted excerpt of a search result, cut from the story's ORIGINAL
 * text (not the normalized one the index holds: hamza and ё are kept). A word
 * of the text is marked when the server's stemmer reduces it to a query term,
 * or when its normalized form matches a normalized query word:
 *
 * - by prefix (`coup` marks `coups`);
 * - after Arabic proclitics (و ف ب ك ل and the article ال, e.g. `والشغب`
 *   for `الشغب` or `شغب`);
 * - or, for terms of 5+ letters, when word and term share the first three
 *   quarters of the term (`партнерскому` marks `партнёрским`); when that
 *   marks nothing in a story the search did find, half of the term is
 *   enough (`партнёром`).
 *
 * Pure, dependency-free but for normalize().
 */
import { normalize, WORD } from './normalize';

interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Text was cut before / after the excerpt. */
  before: boolean;
  after: boolean;
}

const ARABIC = /[\u0600-\u06FF]/;

/** The forms a normalized word or term is compared under. */
function forms(w: string): string[] {
  if (!ARABIC.test(w)) return [w];
  const out = new Set([w]);
  // Proclitics: conjunction و/ف, preposition ب/ك/ل, article ال (ل + ال is written لل).
  // A candidate keeps at least three letters.
  for (const re of [/^[وف]/u, /^[وف]?[بكل]/u, /^[وف]?[بكل]?ال/u, /^[وف]?لل/u]) {
    const m = re.exec(w);
    if (m && w.length - m[0].length >= 3) out.add(w.slice(m[0].length));
  }
  return [...out];
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Does a normalized word match one of the normalized terms? `share` is the
 * part of a 5+ letter term that a word must share from its start.
 */
export function wordMatches(word: string, terms: readonly string[], share = 0.75): boolean {
  const wf = forms(word);
  for (const term of terms) {
    for (const t of forms(term)) {
      for (const w of wf) {
        if (w.startsWith(t)) return true;
        if (t.length >= 5 && commonPrefix(w, t) >= Math.max(4, Math.ceil(t.length * share))) return true;
      }
    }
  }
  return false;
}

interface Token {
  start: number;
  end: number;
  mark: boolean;
}

/**
 * An excerpt of about `length` words of `text` around its best cluster of
 * matches (or its opening, without matches), split into marked and plain parts.
 */
export function buildExcerpt(
  text: string,
  terms: readonly string[],
  length = 30,
  /** Also marks a normalized word for which this is true (the server's stemmer). */
  matches?: (word: string) => boolean,
): Excerpt {
  const words: Token[] = [];
  const normalized: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const n = normalize(m[0]);
    normalized.push(n);
    words.push({ start, end: start + m[0].length, mark: (terms.length > 0 && wordMatches(n, terms)) || matches?.(n) === true });
  }
  if (words.length === 0) return { parts: text ? [{ text, mark: false }] : [], before: false, after: false };
  // Nothing matched, yet the stemmer found the story: look again, sharing half of a long term
  // (`партнерскому` then marks `партнёром`).
  if (terms.length > 0 && !words.some((w) => w.mark)) {
    words.forEach((w, i) => (w.mark = wordMatches(normalized[i]!, terms, 0.5)));
  }

  // The window with the most matches; ties go to the earliest. A little context before the first match.
  let best = 0;
  let bestScore = -1;
  const lead = Math.min(5, Math.floor(length / 4));
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.mark) continue;
    const from = Math.max(0, i - lead);
    let score = 0;
    for (let j = from; j < Math.min(words.length, from + length); j++) if (words[j]!.mark) score++;
    if (score > bestScore) {
      bestScore = score;
      best = from;
    }
  }
  const first = Math.max(0, Math.min(best, words.length - length));
  const last = Math.min(words.length, first + length) - 1;

  const parts: ExcerptPart[] = [];
  const push = (s: string, mark: boolean) => {
    if (!s) return;
    const prev = parts[parts.length - 1];
    if (prev && prev.mark === mark && !mark) prev.text += s;
    else parts.push({ text: s, mark });
  };
  for (let i = first; i <= last; i++) {
    const w = words[i]!;
    push(text.slice(w.start, w.end), w.mark);
    // What follows a word, up to the next word (spaces, punctuation), except after the last one,
    // where only closing punctuation is kept.
    const gapEnd = i < last ? words[i + 1]!.start : (words[i + 1]?.start ?? text.length);
    const gap = text.slice(w.end, gapEnd);
    push(i < last ? gap : gap.replace(/\s.*$/su, ''), false);
  }
  return { parts, before: first > 0, after: last < words.length - 1 };
}
