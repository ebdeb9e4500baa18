import { isLocale } from '@/i18n/routing';
import { dateTimeText } from '@/components/story/DateTime';
import { notFoundText } from '@/lib/http/responses';
import { storyAt } from '@/lib/search/browser-index';

export const dynamic = 'force-dynamic';

/**
 * GET /search-index/{locale}/{version}/stories/{n}: what a search result
 * shows of story number n (lib/search/browser-index), its date as the pages
 * write it. Private: a story taken down is gone from every shared cache with
 * its version.
 */
export async function GET(_req: Request, { params }: RouteContext<'/search-index/[locale]/[version]/stories/[n]'>) {
  const { locale, version, n } = await params;
  if (!isLocale(locale) || !/^\d{1,9}$/.test(n)) return notFoundText();
  const story = await storyAt(locale, version, Number(n));
  if (!story) return notFoundText();
  return Response.json(
    { ...story, dateText: await dateTimeText(story.date, locale) },
    { headers: { 'Cache-Control': 'private, max-age=31536000, immutable', 'X-Robots-Tag': 'noindex' } },
  );
}
