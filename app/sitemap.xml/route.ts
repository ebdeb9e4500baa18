import { regenerateWithinPublishInterval } from '@/lib/publishing';
import { sitemapXml, xmlResponse } from '@/lib/sitemaps';

/** Every published page with its hreflang alternates, or the index of the parts (lib/sitemaps.ts). */
export const revalidate = 300;

export async function GET() {
  await regenerateWithinPublishInterval();
  return xmlResponse(await sitemapXml());
}
