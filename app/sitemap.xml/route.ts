import { regenerateWithinPublishInterval } from '@/lib/editorial/publish-interval';
import { sitemapXml, xmlResponse } from '@/lib/seo/sitemaps';

/** Every published page with its hreflang alternates, or the index of the parts (lib/seo/sitemaps.ts). */
export const revalidate = 300;

export async function GET() {
  await regenerateWithinPublishInterval();
  return xmlResponse(await sitemapXml());
}
