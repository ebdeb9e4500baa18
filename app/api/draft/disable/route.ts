import { draftMode } from 'next/headers';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/lib/config';
import { tightenPreviewCookie } from '@/lib/editorial/preview-cookie';
import * as urls from '@/lib/urls';

/**
 * POST /api/draft/disable: ends the preview and returns to the page the
 * editor was on (same origin only; otherwise the home page). A POST, so no
 * link prefetch can end a preview by accident, and refused with 403 when
 * another site sends it (a form posted from elsewhere).
 */
export async function POST(request: Request) {
  if (crossSite(request)) {
    return new Response('Forbidden: cross-site request', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
    });
  }
  (await draftMode()).disable();
  await tightenPreviewCookie();
  const self = new URL(request.url);
  let target = urls.home(routing.defaultLocale);
  const referer = request.headers.get('referer');
  if (referer) {
    try {
      const from = new URL(referer);
      const host = request.headers.get('host');
      if (from.host === (host ?? self.host) && from.pathname.startsWith('/') && !from.pathname.startsWith('//')) {
        target = from.pathname;
      }
    } catch {
      /* not a URL: go home */
    }
  }
  return new Response(null, {
    status: 303,
    headers: { Location: target, 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' },
  });
}

export function GET() {
  return new Response('Use POST', { status: 405, headers: { Allow: 'POST', 'Cache-Control': 'no-store' } });
}

/**
 * Sent by another site: the browser says so (Sec-Fetch-Site: cross-site), or
 * the Origin it names is neither this request's host nor SITE_URL's (behind
 * a proxy the Host header may lack the public port). A request with neither
 * header (not from a current browser) is let through as before.
 */
function crossSite(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // `null` (an opaque origin) or junk
  }
  return host !== request.headers.get('host') && host !== new URL(siteUrl()).host;
}
