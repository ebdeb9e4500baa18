/**
 * What the index and the query are made of: a text normalized (normalize.ts),
 * cut into words, and each word reduced by its language's Snowball stemmer,
 * so `riots` finds `riot`, `партнерскому` finds `партнёрским` and `محاولة`
 * finds `محاولات`.
 */
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as russian } from '@orama/stemmers/russian';
import type { Locale } from '@/i18n/routing';
import { excerpter, type Excerpt } from './excerpt';
import { normalize, WORD } from './normalize';

const STEMMERS: Record<Locale, (word: string) => string> = { ar: arabic, ru: russian, en: english };

/** The longest query the search reads, in words: a pasted paragraph is cut, not rejected. */
export const MAX_QUERY_TERMS = 12;

/**
 * The terms of a text in `locale`. `memo` remembers each word's stem: an
 * archive repeats a small vocabulary, and stemming is most of the cost.
 */
export function analyze(text: string, locale: Locale, memo?: Map<string, string>): string[] {
  const stem = STEMMERS[locale];
  const out: string[] = [];
  for (const word of normalize(text).match(WORD) ?? []) {
    let s = memo?.get(word);
    if (s === undefined) {
      s = stem(word);
      memo?.set(word, s);
    }
    out.push(s);
  }
  return out;
}

/**
 * What the index keeps of a text: its distinct terms and its length in words.
 * Each distinct word is stemmed once (a story repeats most of its words).
 */
export function analyzeDistinct(text: string, locale: Locale, memo: Map<string, string>): { terms: Set<string>; length: number } {
  const words = normalize(text).match(WORD) ?? [];
  const terms = new Set<string>();
  for (const word of new Set(words)) {
    let s = memo.get(word);
    if (s === undefined) memo.set(word, (s = STEMMERS[locale](word)));
    terms.add(s);
  }
  return { terms, length: words.length };
}

/** The distinct terms of a reader's query, at most MAX_QUERY_TERMS. */
export function queryTerms(query: string, locale: Locale): string[] {
  return [...new Set(analyze(query, locale))].slice(0, MAX_QUERY_TERMS);
}

/**
 * The excerpts of one query's results: they mark the words that stem like a
 * query term, in the story's own spelling. `stems` remembers stems already
 * known (the server's, from indexing).
 */
export function queryExcerpter(query: string, locale: Locale, stems?: Map<string, string>): (text: string) => Excerpt {
  const wanted = new Set(queryTerms(query, locale));
  // The words are normalized already.
  const marks = (normalize(query).match(WORD) ?? []).slice(0, 32);
  const stemOf = (word: string) => stems?.get(word) ?? analyze(word, locale)[0] ?? '';
  return excerpter(marks, (word) => wanted.has(stemOf(word)));
}
