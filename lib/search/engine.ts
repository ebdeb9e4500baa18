/**
 * An in-memory inverted index for one locale's stories, built to change one
 * story at a time: adding or removing a story touches only its own terms, so
 * a publish costs the same on a 25,000-story archive as on a small one.
 *
 * Each term keeps a growing list of document numbers (a typed array, four
 * bytes a posting, low bit set where the term is in the title). A document
 * replaced or removed is only marked dead; its postings are skipped at query
 * time and dropped when the index is next built from scratch (a restart).
 * Every story's distinct terms are indexed once: ranking is BM25 with binary
 * term frequency, as the Pagefind index before it.
 */

interface Hit {
  key: string;
  score: number;
}

export interface SearchPage {
  total: number;
  hits: Hit[];
}

/** Results per page of the search page, on the server and in the browser. */
export const RESULTS_PER_PAGE = 10;

// BM25's length normalization; a title match counts as much as the term twice in the body.
const K1 = 1.2;
const B = 0.75;
const TITLE_BOOST = 2;

export class InvertedIndex {
  private readonly terms = new Map<string, Postings>();
  private readonly keys: (string | undefined)[] = [];
  private lengths = new Uint32Array(1024);
  /** Each document's lengthCode(). */
  private codes = new Uint8Array(1024);
  /** Recency of each document (ms), the tie-break between equal scores. */
  private times = new Float64Array(1024);
  private readonly byKey = new Map<string, number>();
  private totalLength = 0;

  /** Documents ever added (live, replaced or removed): the bound of document numbers. */
  get documents(): number {
    return this.keys.length;
  }

  /** Live documents. */
  get size(): number {
    return this.byKey.size;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /**
   * Indexes a document (replacing any with the same key) from its distinct
   * title and body terms and its length in words.
   */
  add(key: string, titleTerms: ReadonlySet<string>, bodyTerms: ReadonlySet<string>, length: number, time: number): void {
    this.remove(key);
    const doc = this.keys.length;
    this.keys.push(key);
    this.byKey.set(key, doc);
    if (doc >= this.lengths.length) {
      this.lengths = grow(this.lengths, doc + 1);
      this.codes = grow(this.codes, doc + 1);
      this.times = grow(this.times, doc + 1);
    }
    this.lengths[doc] = length;
    this.codes[doc] = lengthCode(length);
    this.times[doc] = time;
    this.totalLength += length;
    const post = (term: string, inTitle: boolean) => {
      let p = this.terms.get(term);
      if (!p) this.terms.set(term, (p = { docs: new Uint32Array(4), n: 0 }));
      if (p.n === p.docs.length) p.docs = grow(p.docs, p.n + 1);
      p.docs[p.n++] = (doc << 1) | (inTitle ? 1 : 0);
    };
    for (const term of titleTerms) post(term, true);
    for (const term of bodyTerms) if (!titleTerms.has(term)) post(term, false);
  }

  remove(key: string): void {
    const doc = this.byKey.get(key);
    if (doc === undefined) return;
    this.byKey.delete(key);
    this.keys[doc] = undefined;
    this.totalLength -= this.lengths[doc]!;
  }

  /** The live documents and the sum of their lengths, which BM25's average length is taken from. */
  stats(): { stories: number; length: number } {
    return { stories: this.size, length: this.totalLength };
  }

  /** The document a key was last added as, if it is live. */
  docOf(key: string): number | undefined {
    return this.byKey.get(key);
  }

  /** A document's lengthCode(). */
  lengthCodeOf(doc: number): number {
    return this.codes[doc]!;
  }

  /** The postings of `term`, `(doc << 1) | inTitle` in document order, dead documents included; a view, not a copy. */
  postingsOf(term: string): Uint32Array {
    const p = this.terms.get(term);
    return p ? p.docs.subarray(0, p.n) : new Uint32Array(0);
  }

  /**
   * Documents holding every term, best first (equal scores: newest first,
   * then by key), `limit` of them from `offset`, with the total count.
   */
  search(terms: readonly string[], offset: number, limit: number): SearchPage {
    const lists: Postings[] = [];
    for (const t of new Set(terms)) {
      const p = this.terms.get(t);
      if (!p) return { total: 0, hits: [] };
      lists.push(p);
    }
    const keys = this.keys;
    const { total, hits } = rank(
      lists,
      { stories: this.size, length: this.totalLength },
      (doc) => keys[doc] !== undefined,
      (doc) => CODED[this.codes[doc]!]!,
      // Equal scores: the newer story first, then the smaller key, the order of the published list.
      (a, b) =>
        a.score - b.score ||
        this.times[a.doc]! - this.times[b.doc]! ||
        (keys[a.doc]! < keys[b.doc]! ? 1 : keys[a.doc]! > keys[b.doc]! ? -1 : 0),
      offset,
      limit,
    );
    return { total, hits: hits.map((h) => ({ key: keys[h.doc]!, score: h.score })) };
  }
}

/**
 * A document's length as the ranking sees it: a code on a log scale, 16 steps
 * to each power of e (about 6 % apart), the same on the server and in the
 * browser, whose postings carry it: a common word's postings gzip to 15 kB
 * instead of 36 kB with exact lengths at 25,000 stories. The average length
 * stays exact.
 */
function lengthCode(length: number): number {
  return Math.min(255, Math.round(Math.log1p(length) * 16));
}

const CODED = Float64Array.from({ length: 256 }, (_, code) => Math.expm1(code / 16));

/** The length a lengthCode() stands for. */
export function codedLength(code: number): number {
  return CODED[code] ?? CODED[255]!;
}

/** Term postings in document order: each `(doc << 1) | inTitle`. */
export interface Postings {
  docs: Uint32Array;
  n: number;
}

interface Scored {
  doc: number;
  score: number;
}

/**
 * BM25 over postings lists, the one ranking of site search: the server's
 * index and the browser's (lib/search/browser) both call it, so both give the
 * same results in the same order. `live` skips replaced or removed documents
 * (they count in no document frequency either); `better` orders equal scores.
 */
export function rank(
  lists: readonly Postings[],
  archive: { stories: number; length: number },
  live: (doc: number) => boolean,
  length: (doc: number) => number,
  better: (a: Scored, b: Scored) => number,
  offset: number,
  limit: number,
): { total: number; hits: Scored[] } {
  if (lists.length === 0) return { total: 0, hits: [] };
  const counted = lists.map((p) => {
    let df = 0;
    for (let i = 0; i < p.n; i++) if (live(p.docs[i]! >>> 1)) df++;
    return { p, df };
  });
  if (counted.some((c) => c.df === 0)) return { total: 0, hits: [] };
  // The rarest term drives the intersection; postings are in document order.
  counted.sort((a, b) => a.df - b.df);
  const n = archive.stories;
  const avg = n > 0 ? archive.length / n : 1;
  const idf = counted.map((c) => Math.log(1 + (n - c.df + 0.5) / (c.df + 0.5)));
  const cursors = new Array<number>(counted.length).fill(0);
  // The best `offset + limit` so far, worst at the root: a common word matches
  // most of the archive, and only one page of it is shown.
  const top = new TopK<Scored>(offset + limit, better);
  let total = 0;
  const first = counted[0]!.p;
  outer: for (let i = 0; i < first.n; i++) {
    const doc = first.docs[i]! >>> 1;
    if (!live(doc)) continue;
    const norm = (K1 + 1) / (1 + K1 * (1 - B + (B * length(doc)) / avg));
    let score = idf[0]! * norm * (first.docs[i]! & 1 ? TITLE_BOOST : 1);
    for (let l = 1; l < counted.length; l++) {
      const p = counted[l]!.p;
      let c = cursors[l]!;
      while (c < p.n && p.docs[c]! >>> 1 < doc) c++;
      cursors[l] = c;
      if (c === p.n) break outer;
      if (p.docs[c]! >>> 1 !== doc) continue outer;
      score += idf[l]! * norm * (p.docs[c]! & 1 ? TITLE_BOOST : 1);
    }
    total++;
    top.offer({ doc, score });
  }
  return { total, hits: top.bestFirst().slice(offset) };
}

/** The k greatest items offered, by `compare`, in a binary min-heap. */
class TopK<T> {
  private readonly heap: T[] = [];
  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const h = this.heap;
    if (this.k <= 0) return;
    if (h.length < this.k) {
      h.push(item);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.compare(h[parent]!, h[i]!) <= 0) break;
        [h[parent], h[i]] = [h[i]!, h[parent]!];
        i = parent;
      }
      return;
    }
    if (this.compare(item, h[0]!) <= 0) return;
    h[0] = item;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < h.length && this.compare(h[l]!, h[least]!) < 0) least = l;
      if (r < h.length && this.compare(h[r]!, h[least]!) < 0) least = r;
      if (least === i) break;
      [h[least], h[i]] = [h[i]!, h[least]!];
      i = least;
    }
  }

  bestFirst(): T[] {
    return [...this.heap].sort((a, b) => this.compare(b, a));
  }
}

function grow<T extends Uint8Array | Uint32Array | Float64Array>(a: T, min: number): T {
  const next = new (a.constructor as new (n: number) => T)(Math.max(min, a.length * 2));
  next.set(a);
  return next;
}
