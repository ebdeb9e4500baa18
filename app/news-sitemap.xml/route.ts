import { regenerateWithinPublishInterval } from '@/lib/publishing';
import { newsSitemapXml, xmlResponse } from '@/lib/sitemaps';

/** The Google News sitemap: stories of the last 48 hours in every locale (lib/sitemaps.ts). */
export const revalidate = 300;

export async function GET() {
  await regenerateWithinPublishInterval();
  return xmlResponse(await newsSitemapXml());
}
