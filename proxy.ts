import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { getRedirect } from '@/lib/content';
import { searchResultsRoute, SEARCH_QUERY_MAX } from '@/lib/urls';
import { isLocale, routing } from './i18n/routing';

const redirectToLocale = createMiddleware(routing);

/** A first segment shaped like a language tag (`ar`, `EN`, `ar-EG`): such paths are never sent to a locale. */
const LANGUAGE_SHAPED = /^\/[a-zA-Z]{2}(?:[-_][a-zA-Z0-9]+)*(?:\/|$)/;

/**
 * In order: old addresses answer one 301 (any case, trailing slash or not);
 * other paths ending in `/` get Next's 308 (turned off in next.config, which
 * would run first and make an old address two hops); unprefixed GET/HEAD go
 * to the reader's locale (next-intl, Accept-Language), other methods get 405.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!decodable(pathname)) {
    return new NextResponse('Bad Request: malformed percent-encoding', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const method = request.method;
  if (method === 'GET' || method === 'HEAD') {
    const results = searchResults(request);
    if (results) return results;
    const to = getRedirect(pathname);
    if (to !== undefined && sameSite(to)) return NextResponse.redirect(new URL(to, request.url), 301);
  }
  if (pathname.length > 1 && pathname.endsWith('/')) {
    const to = pathname.replace(/\/+$/, '') || '/';
    if (sameSite(to)) return NextResponse.redirect(new URL(to + request.nextUrl.search, request.url), 308);
  }
  if (pathname.includes('%')) {
    // Matched only to check the encoding: no story, tag or page path contains
    // a percent sign, so such a path goes on to the app (and its 404) as is.
    return NextResponse.next();
  }
  if (LANGUAGE_SHAPED.test(pathname)) {
    // Under a language-shaped prefix that is no locale (`/fr/…`), every path is
    // that prefix's 404 page: a page rendered per request there (search)
    // could not give itself the 404 status once its shell was sent.
    const first = pathname.split('/')[1]!;
    if (!isLocale(first) && pathname.length > first.length + 1) {
      return NextResponse.rewrite(new URL(`/${first}`, request.url));
    }
    return NextResponse.next();
  }
  if (/\.[^/]*$/.test(pathname)) {
    // Matched only for old addresses: any other file path goes on to the app (its 404).
    return NextResponse.next();
  }
  if (method !== 'GET' && method !== 'HEAD') {
    return new NextResponse(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  // The locale is negotiated from Accept-Language: a shared cache must keep
  // one answer per language (deploy/nginx.conf does not store them at all).
  const response = redirectToLocale(request);
  response.headers.append('Vary', 'Accept-Language');
  return response;
}

/**
 * `/{locale}/search?q=…[&page=n]` is served by the results page Next caches
 * (lib/urls searchResultsRoute), so a query asked again is not searched and
 * rendered again.
 */
function searchResults(request: NextRequest): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl;
  const [, locale, section, ...rest] = pathname.split('/');
  if (section !== 'search' || rest.length > 0 || !isLocale(locale)) return undefined;
  const query = (searchParams.get('q') ?? '').trim().slice(0, SEARCH_QUERY_MAX);
  if (!query) return undefined;
  const n = Number(searchParams.get('page') || 1);
  return NextResponse.rewrite(new URL(searchResultsRoute(locale, query, Number.isInteger(n) && n >= 1 ? n : 1), request.url));
}

/**
 * A path that stays on this site: one leading slash, never `//` or `/\`,
 * which a browser would read as another host. The content check admits only
 * such paths; this is checked again where a Location is written.
 */
function sameSite(pathname: string): boolean {
  return /^\/(?![/\\])/.test(pathname);
}

/**
 * Next answers a path it cannot decode with a 500 (its 400 page does not
 * exist in an App Router build), so malformed percent-encoding is refused
 * here first.
 */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Runs only where a redirect can be needed, never on the portal's own
  // pages, whose paths lib/urls portalRouteOf() lists (the locales are
  // spelled out because a matcher must be a literal; proxy.test.ts checks
  // them against i18n/routing). Keeping it off those is what keeps
  // prerendered pages at full speed.
  // 1. Unprefixed paths, except API routes, Next internals, story media and
  //    other site-wide sections (/healthz too), and files at the root.
  // 2. Paths under a language-shaped first segment (`/en/novosti/…`,
  //    `/EN/…`, `/fr/…`) other than the portal's own sections of a locale:
  //    where old addresses live.
  // 3. Any path ending in `/` (see above).
  // 4. Any path with a percent sign, so that malformed encodings get a 400
  //    instead of Next's 500; valid ones pass straight on.
  matcher: [
    '/((?!(?:api|_next|_vercel|media|og|sitemaps|font|icons|healthz|search-index)(?:/|$)|[a-zA-Z]{2}(?:[-_][a-zA-Z0-9]+)*(?:/|$)|[^/]*\\.[^/]*$).*)',
    '/((?!(?:api|_next|_vercel|media|og|sitemaps|font|icons|healthz|search-index)(?:/|$)|(?:ar|ru|en)(?:/(?:news|tags|page|about|search|drafts|feed\\.xml|atom\\.xml|feed\\.json|manifest\\.webmanifest)(?:/.*)?)?$)[a-zA-Z]{2}(?:[-_][a-zA-Z0-9]+)*(?:/.*)?)',
    '/(.*/)',
    '/(.*%.*)',
    { source: '/:locale(ar|ru|en)/search', has: [{ type: 'query', key: 'q' }] },
  ],
};
