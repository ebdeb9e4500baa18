/**
 * Requests to answer before Next's router sees them: dot-segment and
 * backslash paths (probes, which Next would 308) get the localized 404 page,
 * and methods a route does not answer get a 405 with `Allow` (Next would give
 * no `Allow`, or a 500 for a method it does not know). Installed by
 * request-guard-node.ts.
 */
import { routing } from '@/i18n/routing';
import * as urls from '@/lib/urls';

/** A `.` or `..` path segment, raw or percent-encoded, in any letter case. */
const DOT_SEGMENT = /(?:^|[/\\])(?:\.|%2e){1,2}(?=[/\\]|$)/i;

/** For a probe, the path to serve instead (its locale's 404 page); else undefined. */
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

/** Route handlers (app/**\/route.ts) and their methods; request-guard.test.ts checks them against the files. */
export const ROUTE_METHODS: readonly (readonly [RegExp, string])[] = [
  [/^\/api\/draft\/disable$/, 'POST'],
  // Every method reaches the publish endpoint, which answers 401 to all but an authorized POST.
  [/^\/api\/publish$/, 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'],
  [/^\/api\/draft$/, 'GET, HEAD'],
  [/^\/healthz$/, 'GET, HEAD'],
  [/^\/(?:media|og|sitemaps|font|icons|search-index)\//, 'GET, HEAD'],
  [/^\/[^/]+\/manifest\.webmanifest$/, 'GET, HEAD'],
  [/^\/(?:sitemap\.xml|news-sitemap\.xml|robots\.txt)$/, 'GET, HEAD'],
  [/^\/[^/]+\/(?:feed\.xml|atom\.xml|feed\.json)$/, 'GET, HEAD'],
  [/^\/[^/]+\/tags\/[^/]+\/feed\.xml$/, 'GET, HEAD'],
];

/** The `Allow` header of the 405 a request must get, or undefined to let it through. */
export function disallowedMethod(method: string, url: string): string | undefined {
  if (method === 'GET' || method === 'HEAD') return undefined;
  const q = url.indexOf('?');
  const pathPart = q < 0 ? url : url.slice(0, q);
  const allow = ROUTE_METHODS.find(([re]) => re.test(pathPart))?.[1];
  if (allow === undefined) return NEXT_METHODS.has(method) ? undefined : 'GET, HEAD';
  return allow.split(', ').includes(method) ? undefined : allow;
}
