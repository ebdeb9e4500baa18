import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/i18n/routing';
import { formatDate, formatTime } from '@/lib/format';
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
  const number = Number(n);
  const story = isLocale(locale) && /^\d{1,9}$/.test(n) ? await storyAt(locale, version, number) : undefined;
  if (!story || !isLocale(locale)) return notFoundText();
  const t = await getTranslations({ locale, namespace: 'story' });
  const dateText = t('dateTime', { date: formatDate(story.date, locale), time: formatTime(story.date, locale) });
  return Response.json(
    { ...story, dateText },
    { headers: { 'Cache-Control': 'private, max-age=31536000, immutable', 'X-Robots-Tag': 'noindex' } },
  );
}
