import { isLocale } from '@/i18n/routing';
import { notFoundText } from '@/lib/http/responses';
import { termPostings } from '@/lib/search/browser-index';

export const dynamic = 'force-dynamic';

/**
 * GET /search-index/{locale}/{version}/terms?t=<term>: the stories holding a
 * term (lib/search/browser-index). A version's data never changes, so it is
 * kept for good; an old version is a 404 and the browser asks for the new one.
 */
export async function GET(req: Request, { params }: RouteContext<'/search-index/[locale]/[version]/terms'>) {
  const { locale, version } = await params;
  const term = new URL(req.url).searchParams.get('t');
  const postings = isLocale(locale) && term ? await termPostings(locale, version, term) : undefined;
  if (!postings) return notFoundText();
  return Response.json(postings, {
    headers: { 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Robots-Tag': 'noindex' },
  });
}
