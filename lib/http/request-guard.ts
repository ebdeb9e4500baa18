/**
 * Request targets that Next answers before any app code runs, and that we
 * want to answer with the site's 404 page instead.
 *
 * Next normalizes a path containing a backslash (`/ar\news`) or a dot segment
 * (`..`, `.`, or their percent-encoded forms `%2e%2e`, `%2e`) with a 308
 * redirect to the cleaned path, in its router, before the proxy or any route.
 * The redirect stays on this origin and is harmless, but no real link ever
 * contains such a path (browsers resolve `\` and dot segments before sending),
 * so they are probes, and they get the site's localized 404 page.
 *
 * `guardTarget(url)` returns the path to serve instead (the locale's 404 page),
 * or undefined for an ordinary target. instrumentation.ts applies it to each
 * request before Next sees it.
 *
 * `disallowedMethod(method, url)` says which requests get a 405 there
 * instead: Next's route handlers answer a method they do not export with a
 * 405 without `Allow`, and a method Next does not know at all (TRACE,
 * CONNECT, PROPFIND, …) with a 500 and a stack trace in the log.
 */
import { routing } from '@/i18n/routing';
import * as urls from '@/lib/urls';

/** A `.` or `..` path segment, raw or percent-encoded, in any letter case. */
const DOT_SEGMENT = /(?:^|[/\\])(?:\.|%2e){1,2}(?=[/\\]|$)/i;

export function guardTarget(url: string): string | undefined {
  const q = url.indexOf('?');
  const pathPart = q < 0 ? url : url.slice(0, q);
  if (!pathPart.includes('\\') && !DOT_SEGMENT.test(pathPart)) return undefined;
  // The 404 page in the locale the path starts with, else the default locale.
  const first = pathPart.replace(/^[a-z]+:\/\/[^/\\]*/i, '').split(/[/\\]/)[1] ?? '';
  const locale = routing.locales.find((l) => l === first) ?? routing.defaultLocale;
  return urls.unmatchable(locale);
}

/** The methods Next's route handlers understand; any other makes Next throw (a 500). */
const NEXT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH']);

/**
 * The portal's route handlers (app/**\/route.ts) and the methods each
 * answers (HEAD with GET, as Next does); lib/http/request-guard.test.ts checks
 * this against the files' exports.
 */
export const ROUTE_METHODS: readonly (readonly [RegExp, string])[] = [
  [/^\/api\/draft\/disable$/, 'POST'],
  // Every method reaches the publish endpoint, which answers 401 to all but an authorized POST.
  [/^\/api\/publish$/, 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'],
  [/^\/api\/draft$/, 'GET, HEAD'],
  [/^\/healthz$/, 'GET, HEAD'],
  [/^\/(?:media|og|sitemaps|font|icons)\//, 'GET, HEAD'],
  [/^\/[^/]+\/manifest\.webmanifest$/, 'GET, HEAD'],
  [/^\/(?:sitemap\.xml|news-sitemap\.xml|robots\.txt)$/, 'GET, HEAD'],
  [/^\/[^/]+\/(?:feed\.xml|atom\.xml|feed\.json)$/, 'GET, HEAD'],
  [/^\/[^/]+\/tags\/[^/]+\/feed\.xml$/, 'GET, HEAD'],
];

/**
 * The `Allow` header of the 405 a request must get, or undefined to let it
 * through: a route handler's path asked with a method it does not answer,
 * or any path asked with a method Next does not know (pages answer GET and
 * HEAD). GET and HEAD always pass, at the cost of one comparison.
 */
export function disallowedMethod(method: string, url: string): string | undefined {
  if (method === 'GET' || method === 'HEAD') return undefined;
  const q = url.indexOf('?');
  const pathPart = q < 0 ? url : url.slice(0, q);
  const allow = ROUTE_METHODS.find(([re]) => re.test(pathPart))?.[1];
  if (allow === undefined) return NEXT_METHODS.has(method) ? undefined : 'GET, HEAD';
  return allow.split(', ').includes(method) ? undefined : allow;
}
