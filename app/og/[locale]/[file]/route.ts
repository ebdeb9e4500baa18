import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing, localeInfo } from '@/i18n/routing';
import { getStoryEntry, getTag } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { renderOgImage } from '@/lib/og/render';
import { regenerateWithinPublishInterval } from '@/lib/editorial/publish-interval';
import { notFoundText } from '@/lib/http/responses';

/**
 * `/og/{locale}/{id}.png`: the story's 1200×630 social card, its headline in
 * its own script (Arabic shaped and right to left), and `/og/{locale}/_site.png`
 * for pages that are not stories. Drawn on first request, then cached.
 */
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const SITE_CARD = '_site.png';

export async function GET(_req: Request, { params }: RouteContext<'/og/[locale]/[file]'>) {
  const { locale, file } = await params;
  const match = /^([a-z0-9-]+|_site)\.png$/.exec(file);
  if (!hasLocale(routing.locales, locale) || !match) return notFound();
  await regenerateWithinPublishInterval();
  const t = await getTranslations({ locale, namespace: 'site' });
  let input;
  if (file === SITE_CARD) {
    input = { title: t('tagline'), siteName: t('name'), locale, dir: localeInfo[locale].dir };
  } else {
    const story = getStoryEntry(locale, match[1]!);
    if (!story) return notFound();
    const tag = story.tags[0] ? getTag(story.tags[0])?.[locale] : undefined;
    input = { title: story.title, siteName: t('name'), locale, dir: localeInfo[locale].dir, date: formatDate(story.date, locale), tag };
  }
  const png = await renderOgImage(input);
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
  });
}

function notFound() {
  return notFoundText();
}
