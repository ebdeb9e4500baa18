/**
 * Site search in the reader's browser: the server neither searches nor
 * renders a page for a query. The browser asks for the index's version, the
 * postings of the query's terms and the text of the page of stories it shows
 * (lib/search/browser-index, each kept by the browser), then ranks with the
 * server's own BM25 (engine.ts `rank`), analysis and excerpts, so a query
 * gives the same results here as on the page the server renders for readers
 * without JavaScript.
 */
import type { Locale } from '@/i18n/routing';
import * as urls from '@/lib/urls';
import { queryExcerpter, queryTerms } from './analyze';
import type { BrowserIndexManifest, BrowserIndexStory } from './browser-index';
import { codedLength, rank, RESULTS_PER_PAGE, type Postings } from './engine';
import type { Excerpt } from './excerpt';

export interface BrowserResult {
  id: string;
  title: string;
  date: string;
  dateText: string;
  excerpt: Excerpt;
}

export interface BrowserResults {
  query: string;
  total: number;
  page: number;
  totalPages: number;
  results: BrowserResult[];
}

type Get = (url: string) => Promise<Response>;

/** A versioned address answered 404: a publish made a new version meanwhile. */
class VersionGone extends Error {}

async function json<T>(get: Get, url: string): Promise<T> {
  const res = await get(url);
  if (res.status === 404) throw new VersionGone(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/**
 * Page `page` of a locale's stories matching `query`. Throws when the index
 * cannot be read (the caller then lets the server answer).
 */
export async function searchInBrowser(
  locale: Locale,
  query: string,
  page: number,
  get: Get = (url) => fetch(url),
): Promise<BrowserResults> {
  for (let attempt = 0; ; attempt++) {
    const manifest = await json<BrowserIndexManifest>(get, urls.searchIndex(locale));
    try {
      return await searchVersion(locale, query, page, manifest, get);
    } catch (e) {
      if (!(e instanceof VersionGone) || attempt > 0) throw e;
    }
  }
}

async function searchVersion(
  locale: Locale,
  query: string,
  page: number,
  manifest: BrowserIndexManifest,
  get: Get,
): Promise<BrowserResults> {
  const { version } = manifest;
  const flats = await Promise.all(queryTerms(query, locale).map((t) => json<number[]>(get, urls.searchIndexTerm(locale, version, t))));
  // Story numbers are places in the published list (newest first), so the smaller one wins a tie, as on the server.
  const lengths = new Map<number, number>();
  const lists: Postings[] = flats.map((flat) => {
    const docs = new Uint32Array(flat.length / 2);
    for (let i = 0, n = -1; i < docs.length; i++) {
      const gap = flat[2 * i]!;
      n += Math.floor(gap / 2) + 1;
      docs[i] = n * 2 + (gap % 2);
      lengths.set(n, codedLength(flat[2 * i + 1]!));
    }
    return { docs, n: docs.length };
  });
  const { total, hits } = rank(
    lists,
    manifest,
    () => true,
    (doc) => lengths.get(doc)!,
    (a, b) => a.score - b.score || b.doc - a.doc,
    (page - 1) * RESULTS_PER_PAGE,
    RESULTS_PER_PAGE,
  );
  const stories = await Promise.all(
    hits.map((h) => json<BrowserIndexStory & { dateText: string }>(get, urls.searchIndexStory(locale, version, h.doc))),
  );
  const excerpt = queryExcerpter(query, locale);
  return {
    query,
    total,
    page,
    totalPages: Math.max(1, Math.ceil(total / RESULTS_PER_PAGE)),
    results: stories.map((s) => ({ id: s.id, title: s.title, date: s.date, dateText: s.dateText, excerpt: excerpt(s.text) })),
  };
}
