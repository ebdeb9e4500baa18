import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/**
 * Redirects `/` and unprefixed paths (`/news/<id>`) to the reader's locale,
 * negotiated from Accept-Language by next-intl (falling back to `ar`).
 */
export default createMiddleware(routing);

export const config = {
  // Runs only where a redirect can be needed. It never runs on a path whose
  // first segment looks like a language tag (`/ar`, `/ru/…`, and also `/fr`,
  // `/AR`, `/ar-EG`, which then reach the app and get its 404), nor on API
  // routes, Next internals, story media or files with an extension. Keeping
  // it off prefixed paths is what keeps prerendered pages at full speed.
  matcher: ['/((?!api/|_next/|_vercel/|media/|og/|[a-zA-Z]{2}(?:[-_][a-zA-Z0-9]+)*(?:/|$)|.*\\.[^/]*$).*)'],
};
