/**
 * What the browser's search (lib/search/browser.ts) reads of the server's
 * index, so that a reader with JavaScript searches without the server
 * searching or rendering anything: for each query it fetches the postings of
 * its terms, ranks them with the server's own BM25 (engine.ts `rank`), and
 * fetches the text of the page of stories it shows.
 *
 * Stories are numbered by their place in the published list, and every
 * address carries the index's version, made of the stories' content: a
 * version is never reused for other data, so its files can be kept for good,
 * and instances that serve the same content serve the same files.
 */
import 'server-only';
import type { Locale } from '@/i18n/routing';
import { getStoryText } from '@/lib/content';
import { readSnapshot } from './service';

/** The longest term a browser asks for (stems are far shorter; anything longer matches nothing). */
const MAX_TERM = 64;

export interface BrowserIndexManifest {
  version: string;
  /** Published stories, and the sum of their lengths in words (BM25's average length). */
  stories: number;
  length: number;
}

export function manifest(locale: Locale): Promise<BrowserIndexManifest> {
  return readSnapshot(locale, ({ version, index }) => ({ version, ...index.stats() }));
}

/**
 * The stories holding `term`, in story-number order, as a flat list of pairs:
 * (gap from the previous number) × 2 + 1 if the term is in the title, then the
 * story's length code (engine.ts lengthCode). Undefined when `version` is not
 * the current one.
 */
export function termPostings(locale: Locale, version: string, term: string): Promise<number[] | undefined> {
  return readSnapshot(locale, ({ version: current, index, numberOf, codes }) => {
    if (current !== version) return undefined;
    if (term.length > MAX_TERM) return [];
    // Story numbers × 2 + title bit, sorted: typed arrays, as the most common words hold every story.
    const raw = index.postingsOf(term);
    const found = new Float64Array(raw.length);
    let k = 0;
    for (const p of raw) {
      const n = numberOf[p >>> 1]!;
      if (n >= 0) found[k++] = n * 2 + (p & 1);
    }
    const sorted = found.subarray(0, k).sort();
    const out = new Array<number>(2 * k);
    let previous = -1;
    for (let i = 0; i < k; i++) {
      const n = Math.floor(sorted[i]! / 2);
      out[2 * i] = (n - previous - 1) * 2 + (sorted[i]! % 2);
      out[2 * i + 1] = codes[n]!;
      previous = n;
    }
    return out;
  });
}

export interface BrowserIndexStory {
  id: string;
  title: string;
  date: string;
  /** The story's text, as the server's excerpts are cut from. */
  text: string;
}

/** Story number `n` of a version, or undefined when there is none (or the version is gone). */
export function storyAt(locale: Locale, version: string, n: number): Promise<BrowserIndexStory | undefined> {
  return readSnapshot(locale, (snapshot) => {
    const entry = snapshot.version === version ? snapshot.list[n] : undefined;
    const text = entry && getStoryText(locale, entry.id);
    return entry && text !== undefined ? { id: entry.id, title: entry.title, date: entry.date, text } : undefined;
  });
}
