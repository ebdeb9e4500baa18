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
  return matcher(terms, share)(word);
}

/** wordMatches for fixed terms, with their forms worked out once rather than for every word of a text. */
function matcher(terms: readonly string[], share: number): (word: string) => boolean {
  const tf = terms
    .flatMap((term) => forms(term))
    .map((t) => ({ t, need: t.length >= 5 ? Math.max(4, Math.ceil(t.length * share)) : Infinity }));
  const first = new Set(tf.map(({ t }) => t[0]));
  return (word) => {
    for (const w of forms(word)) {
      // Both rules need the first letter in common: most words are ruled out by one lookup.
      if (!first.has(w[0])) continue;
      for (const { t, need } of tf) {
        if (w.startsWith(t) || commonPrefix(w, t) >= need) return true;
      }
    }
    return false;
  };
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
  return excerpter(terms, matches, length)(text);
}

/**
 * buildExcerpt for one query over many texts (a page of results): each
 * distinct word is normalized and tested once for the whole page, where the
 * texts share most of their vocabulary.
 */
export function excerpter(terms: readonly string[], matches?: (word: string) => boolean, length = 30): (text: string) => Excerpt {
  const byTerms = terms.length > 0 ? matcher(terms, 0.75) : () => false;
  const half = terms.length > 0 ? matcher(terms, 0.5) : undefined;
  const seen = new Map<string, { normalized: string; mark: boolean }>();
  return (text) => {
    const words: Token[] = [];
    const normalized: string[] = [];
    for (const m of text.matchAll(WORD)) {
      const start = m.index!;
      let w = seen.get(m[0]);
      if (w === undefined) {
        const n = normalize(m[0]);
        seen.set(m[0], (w = { normalized: n, mark: byTerms(n) || matches?.(n) === true }));
      }
      normalized.push(w.normalized);
      words.push({ start, end: start + m[0].length, mark: w.mark });
    }
    return cut(text, words, normalized, half, length);
  };
}

/** The excerpt of a text cut into words; `half` marks them again when none is marked. */
function cut(
  text: string,
  words: Token[],
  normalized: readonly string[],
  half: ((word: string) => boolean) | undefined,
  length: number,
): Excerpt {
  if (words.length === 0) return { parts: text ? [{ text, mark: false }] : [], before: false, after: false };
  // Nothing matched, yet the stemmer found the story: look again, sharing half of a long term
  // (`партнерскому` then marks `партнёром`).
  if (half && !words.some((w) => w.mark)) {
    words.forEach((w, i) => (w.mark = half(normalized[i]!)));
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
