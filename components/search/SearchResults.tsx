'use client';

/**
 * The search page's form and results: the one client component of search.
 *
 * Reads `q` from the URL, normalizes it exactly as the index was
 * (lib/search/normalize), asks Pagefind (loaded on demand from the locale's
 * bundle under /pagefind/<locale>/, outside the app's bundles) and renders
 * the best results with an excerpt of each story's original text, the
 * query's words marked.
 *
 * Each locale's bundle holds only that locale's stories.
 * Without JavaScript the form still submits (GET) and the page's <noscript>
 * explains that results need JavaScript.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { normalize, queryTerms } from '@/lib/search/normalize';
import { buildExcerpt, type Excerpt } from '@/lib/search/excerpt';
import { pickPlural, type PluralTemplates } from '@/lib/search/plural';
import { searchBundle, searchText, storyIdOf } from '@/lib/urls';
import type { Locale } from '@/i18n/routing';

export interface SearchStrings {
  label: string;
  placeholder: string;
  submit: string;
  noResults: string;
  loading: string;
  more: string;
  error: string;
}

/** The part of Pagefind's JS API used here. */
interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

interface Hit {
  id: string;
  url: string;
  title: string;
  date?: string;
  dateText?: string;
  excerpt: Excerpt;
}

const PAGE = 10;

let pagefind: Promise<PagefindApi> | undefined;
/** The page's locale's bundle: a page never changes locale without a full load. */
function loadPagefind(locale: Locale): Promise<PagefindApi> {
  if (!pagefind) {
    // A URL in a variable and an ignore comment: the bundlers leave this import() to the browser.
    const url = `${searchBundle(locale)}pagefind.js`;
    pagefind = (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<PagefindApi>).then(
      async (pf) => {
        await pf.init();
        return pf;
      },
    );
    pagefind.catch(() => (pagefind = undefined)); // let a later search retry
  }
  return pagefind;
}

/** A result's original text (written beside the bundle by the index builder), or undefined. */
async function storyText(locale: Locale, url: string): Promise<string | undefined> {
  const id = storyIdOf(url);
  if (id === undefined) return undefined;
  try {
    const res = await fetch(searchText(locale, id));
    return res.ok ? await res.text() : undefined;
  } catch {
    return undefined;
  }
}

function readQuery(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'done'; total: number; hits: Hit[]; more: boolean };

export function SearchResults({
  locale,
  action,
  strings,
  results,
  numberLocale,
}: {
  locale: Locale;
  /** The search page's path (the form's action). */
  action: string;
  strings: SearchStrings;
  /** The count line per plural category (lib/search/plural). */
  results: PluralTemplates;
  /** Locale for digits (Arabic-Indic in Arabic). */
  numberLocale: string;
}) {
  const inputId = useId();
  const [value, setValue] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const run = useRef(0);
  const found = useRef<{ results: { id: string; data(): Promise<PagefindResultData> }[]; terms: string[] } | null>(null);

  const load = useCallback(
    async (from: number, ticket: number): Promise<Hit[] | null> => {
      const f = found.current!;
      const datas = await Promise.all(
        f.results.slice(from, from + PAGE).map(async (r) => {
          const d = await r.data();
          return { id: r.id, d, text: await storyText(locale, d.url) };
        }),
      );
      if (ticket !== run.current) return null;
      return datas.map(({ id, d, text }) => ({
        id,
        url: d.url,
        title: d.meta.title ?? d.url,
        date: d.meta.date,
        dateText: d.meta.dateText,
        // The excerpt comes from the story's text as written; Pagefind's copy is normalized.
        excerpt: buildExcerpt(text ?? d.content, f.terms),
      }));
    },
    [locale],
  );

  const search = useCallback(
    async (q: string) => {
      const ticket = ++run.current;
      const term = normalize(q).trim();
      if (!term) {
        found.current = null;
        setState({ status: 'idle' });
        return;
      }
      setState({ status: 'loading' });
      try {
        const pf = await loadPagefind(locale);
        const res = await pf.search(term);
        if (ticket !== run.current) return;
        found.current = { results: res.results, terms: queryTerms(q) };
        let hits = (await load(0, ticket)) ?? [];
        if (ticket !== run.current) return;
        // Defensive: each locale's bundle holds only its own stories, and a
        // result from anywhere else is never shown.
        let total = res.results.length;
        if (hits.some((h) => !h.url.startsWith(`/${locale}/`))) {
          hits = [];
          total = 0;
        }
        setState({ status: 'done', total, hits, more: total > hits.length });
      } catch (e) {
        if (ticket !== run.current) return;
        console.error('search:', e);
        setState({ status: 'error' });
      }
    },
    [load, locale],
  );

  const showMore = useCallback(async () => {
    if (state.status !== 'done') return;
    const ticket = run.current;
    const next = await load(state.hits.length, ticket);
    if (!next || ticket !== run.current) return;
    const hits = [...state.hits, ...next.filter((h) => h.url.startsWith(`/${locale}/`))];
    setState({ ...state, hits, more: state.total > hits.length && next.length > 0 });
  }, [state, load, locale]);

  useEffect(() => {
    const fromUrl = () => {
      const q = readQuery();
      setValue(q);
      void search(q);
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, [search]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = value.trim();
    const url = q ? `${action}?q=${encodeURIComponent(q)}` : action;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', url);
    void search(q);
  };

  const n = (x: number) => new Intl.NumberFormat(numberLocale).format(x);

  return (
    <div>
      <form action={action} method="get" onSubmit={onSubmit} className="mb-8 flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 flex-1 basis-64 flex-col gap-1">
          <label htmlFor={inputId} className="font-semibold">
            {strings.label}
          </label>
          <input
            id={inputId}
            type="search"
            name="q"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder={strings.placeholder}
            autoComplete="off"
            enterKeyHint="search"
            maxLength={200}
            className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-start text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400"
          />
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-700"
        >
          {strings.submit}
        </button>
      </form>

      <p role="status" aria-live="polite" className="mb-6 text-stone-700 dark:text-stone-300" data-testid="search-status">
        {state.status === 'loading' && strings.loading}
        {state.status === 'error' && strings.error}
        {state.status === 'done' &&
          (state.total === 0 ? strings.noResults : pickPlural(results, state.total, locale, n(state.total)))}
      </p>

      {state.status === 'done' && state.hits.length > 0 && (
        <>
          <ol className="flex flex-col gap-6" data-testid="search-results">
            {state.hits.map((hit) => (
              <li key={hit.id} className="border-b border-stone-200 pb-6 dark:border-stone-800">
                <h2 className="text-xl leading-snug font-bold">
                  <a
                    href={hit.url}
                    className="text-brand-700 underline-offset-4 hover:underline dark:text-brand-100"
                  >
                    {hit.title}
                  </a>
                </h2>
                {hit.date && (
                  <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                    <time dateTime={hit.date}>{hit.dateText}</time>
                  </p>
                )}
                <p className="mt-2 text-start text-stone-800 dark:text-stone-200">
                  {hit.excerpt.before && '… '}
                  {hit.excerpt.parts.map((p, i) =>
                    p.mark ? (
                      <mark key={i} className="rounded-sm bg-gold-400/50 px-0.5 text-inherit dark:bg-gold-700/70">
                        {p.text}
                      </mark>
                    ) : (
                      p.text
                    ),
                  )}
                  {hit.excerpt.after && ' …'}
                </p>
              </li>
            ))}
          </ol>
          {state.more && (
            <button
              type="button"
              onClick={() => void showMore()}
              className="mt-8 rounded-md border border-brand-700 px-5 py-2 font-semibold text-brand-700 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-brand-900"
            >
              {strings.more}
            </button>
          )}
        </>
      )}
    </div>
  );
}
