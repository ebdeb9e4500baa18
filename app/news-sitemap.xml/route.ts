import { regenerateWithinPublishInterval } from '@/lib/editorial/publish-interval';
import { newsSitemapXml, xmlResponse } from '@/lib/seo/sitemaps';

/** The Google News sitemap: stories of the last 48 hours in every locale (lib/seo/sitemaps.ts). */
export const revalidate = 300;

export async function GET() {
  await regenerateWithinPublishInterval();
  return xmlResponse(await newsSitemapXml());
}
