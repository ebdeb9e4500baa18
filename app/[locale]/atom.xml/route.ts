import { feedResponse, localeFeedParams } from '@/lib/seo/feeds';
import { regenerateWithinPublishInterval } from '@/lib/editorial/publish-interval';

/** The locale's Atom feed (lib/seo/feeds.ts), prerendered per locale and regenerated like the listings. */
export const revalidate = 300;

export const generateStaticParams = localeFeedParams;

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string }> }) {
  await regenerateWithinPublishInterval();
  return feedResponse('atom', (await params).locale);
}
