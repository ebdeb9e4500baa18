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

interface Postings {
  docs: Uint32Array;
  n: number;
}

interface Hit {
  key: string;
  score: number;
}

export interface SearchPage {
  total: number;
  hits: Hit[];
}

// BM25's length normalization; a title match counts as much as the term twice in the body.
const K1 = 1.2;
const B = 0.75;
const TITLE_BOOST = 2;

export class InvertedIndex {
  private readonly terms = new Map<string, Postings>();
  private readonly keys: (string | undefined)[] = [];
  private lengths = new Uint32Array(1024);
  /** Recency of each document (ms), the tie-break between equal scores. */
  private times = new Float64Array(1024);
  private readonly byKey = new Map<string, number>();
  private totalLength = 0;

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
      this.times = grow(this.times, doc + 1);
    }
    this.lengths[doc] = length;
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

  /**
   * Documents holding every term, best first (equal scores: newest first),
   * `limit` of them from `offset`, with the total count.
   */
  search(terms: readonly string[], offset: number, limit: number): SearchPage {
    const unique = [...new Set(terms)];
    const lists: Postings[] = [];
    for (const t of unique) {
      const p = this.terms.get(t);
      if (!p) return { total: 0, hits: [] };
      lists.push(p);
    }
    if (lists.length === 0) return { total: 0, hits: [] };
    // The rarest term drives the intersection; postings are in document order.
    lists.sort((a, b) => a.n - b.n);
    const n = this.size;
    const avg = n > 0 ? this.totalLength / n : 1;
    const idf = lists.map((p) => Math.log(1 + (n - p.n + 0.5) / (p.n + 0.5)));
    const cursors = new Array<number>(lists.length).fill(0);
    const want = offset + limit;
    // The best `want` so far, worst at the root: a common word matches most of
    // the archive, and only one page of it is shown.
    // Equal scores: the newer story first, then the later indexed, so every page is a slice of one order.
    const top = new TopK<{ doc: number; score: number }>(
      want,
      (a, b) => a.score - b.score || this.times[a.doc]! - this.times[b.doc]! || a.doc - b.doc,
    );
    let total = 0;
    const first = lists[0]!;
    outer: for (let i = 0; i < first.n; i++) {
      const doc = first.docs[i]! >>> 1;
      if (this.keys[doc] === undefined) continue;
      const norm = (K1 + 1) / (1 + K1 * (1 - B + (B * this.lengths[doc]!) / avg));
      let score = idf[0]! * norm * (first.docs[i]! & 1 ? TITLE_BOOST : 1);
      for (let l = 1; l < lists.length; l++) {
        const p = lists[l]!;
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
    return {
      total,
      hits: top
        .bestFirst()
        .slice(offset, want)
        .map((h) => ({ key: this.keys[h.doc]!, score: h.score })),
    };
  }
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

function grow<T extends Uint32Array | Float64Array>(a: T, min: number): T {
  const next = new (a.constructor as new (n: number) => T)(Math.max(min, a.length * 2));
  next.set(a);
  return next;
}
