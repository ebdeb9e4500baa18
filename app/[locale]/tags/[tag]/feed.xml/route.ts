import { feedResponse, tagFeedParams } from '@/lib/seo/feeds';
import { regenerateWithinPublishInterval } from '@/lib/editorial/publish-interval';

/** A tag's RSS 2.0 feed (lib/seo/feeds.ts), prerendered per locale and tag and regenerated like the listings. */
export const revalidate = 300;

export const generateStaticParams = tagFeedParams;

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; tag: string }> }) {
  await regenerateWithinPublishInterval();
  const { locale, tag } = await params;
  return feedResponse('rss', locale, tag);
}
