import { isLocale } from '@/i18n/routing';
import { notFoundText } from '@/lib/http/responses';
import { manifest } from '@/lib/search/browser-index';

export const dynamic = 'force-dynamic';

/**
 * GET /search-index/{locale}: the version of the browser search's index and
 * the figures its ranking needs. Asked again before every search (a publish
 * makes a new version), so it answers 304 while the version stands.
 */
export async function GET(req: Request, { params }: RouteContext<'/search-index/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return notFoundText();
  const body = await manifest(locale);
  const headers = { 'Cache-Control': 'no-cache', ETag: `"${body.version}"`, 'X-Robots-Tag': 'noindex' };
  if (req.headers.get('if-none-match') === headers.ETag) return new Response(null, { status: 304, headers });
  return Response.json(body, { headers });
}
