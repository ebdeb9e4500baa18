import { draftMode } from 'next/headers';
import { routing } from '@/i18n/routing';
import * as urls from '@/lib/urls';

/**
 * POST /api/draft/disable: ends the preview and returns to the page the
 * editor was on (same origin only; otherwise the home page). A POST, so no
 * link prefetch can end a preview by accident.
 */
export async function POST(request: Request) {
  (await draftMode()).disable();
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
