/**
 * Site-wide settings, each read in exactly one place.
 */

/** The build's output folder (NEXT_DIST_DIR); shared with the plain-Node scripts. */
export { distDir } from './dist-dir.cjs';

/** The newsroom's time zone: every date on the site is shown in it, whatever the machine's TZ. */
export const SITE_TIME_ZONE = 'Europe/Moscow';

/** Stories per listing page (home and tag pages). */
export const PAGE_SIZE = 20;

/** Absolute origin for canonical URLs, sitemaps, feeds and social cards. */
export function siteUrl(): string {
  return (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

/**
 * The current time. `NOW` (an ISO date) overrides it so that tests can move
 * time and show a scheduled story before and after its moment.
 */
export function now(): Date {
  const fixed = process.env.NOW;
  if (fixed) {
    const t = Date.parse(fixed);
    if (Number.isNaN(t)) throw new Error(`NOW: not a date: ${fixed}`);
    return new Date(t);
  }
  return new Date();
}

/**
 * How many of each locale's newest stories `next build` prerenders. Older
 * stories render on their first request and are cached from then on (ISR).
 */
export function prerenderStoryCount(): number {
  return wholeNumber('PRERENDER_STORIES', 100);
}

/**
 * Whether a server watches its story folders so a publish reads only those
 * that changed (lib/content/watch). `CONTENT_WATCH=off` makes every publish
 * stat each folder instead, without an inotify watch per story.
 */
export function contentWatchEnabled(): boolean {
  return process.env.CONTENT_WATCH !== 'off';
}

/**
 * How far past what its last full collection kept the server's heap may grow
 * before V8 collects again, in percent (lib/http/heap). `HEAP_GROWTH_PERCENT=0`
 * leaves it to V8.
 */
export function heapGrowthPercent(): number {
  return wholeNumber('HEAP_GROWTH_PERCENT', 30);
}

/** A setting that is a whole number of 0 or more; `fallback` when unset or not such a number. */
function wholeNumber(name: string, fallback: number): number {
  const n = Number(process.env[name] ?? fallback);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
}
