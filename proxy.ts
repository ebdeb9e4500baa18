import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

const redirectToLocale = createMiddleware(routing);

/**
 * Redirects `/` and unprefixed paths (`/news/<id>`) to the reader's locale,
 * negotiated from Accept-Language by next-intl (falling back to `ar`). Only
 * GET and HEAD can be redirected: nothing accepts other methods here, so
 * they get 405 instead of being bounced to a page.
 */
export default function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) {
    return new NextResponse('Bad Request: malformed percent-encoding', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (request.nextUrl.pathname.includes('%')) {
    // Matched only to check the encoding: no story, tag or page path contains
    // a percent sign, so such a path goes on to the app (and its 404) as is.
    return NextResponse.next();
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  return redirectToLocale(request);
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
  // Runs only where a redirect can be needed. It never runs on a path whose
  // first segment looks like a language tag (`/ar`, `/ru/…`, and also `/fr`,
  // `/AR`, `/ar-EG`, which then reach the app and get its 404), nor on API
  // routes, /healthz, Next internals, story media or files with an extension. Keeping
  // it off prefixed paths is what keeps prerendered pages at full speed.
  // The second pattern catches any path with a percent sign, so that malformed
  // encodings get a 400 instead of Next's 500; valid ones pass straight on.
  matcher: [
    '/((?!api/|healthz$|_next/|_vercel/|media/|og/|sitemaps/|[a-zA-Z]{2}(?:[-_][a-zA-Z0-9]+)*(?:/|$)|.*\\.[^/]*$).*)',
    '/(.*%.*)',
  ],
};
