import { regenerateWithinPublishInterval } from '@/lib/editorial/publish-interval';
import { sitemapPartCount, sitemapPartXml, xmlResponse } from '@/lib/seo/sitemaps';

/** `/sitemaps/{n}.xml` (urls.sitemapPart): one part of /sitemap.xml once the site outgrows one file (lib/seo/sitemaps.ts). */
export const revalidate = 300;

export function generateStaticParams(): { file: string }[] {
  return Array.from({ length: sitemapPartCount() }, (_, i) => ({ file: `${i + 1}.xml` }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  await regenerateWithinPublishInterval();
  const n = /^([1-9][0-9]*)\.xml$/.exec((await params).file)?.[1];
  return xmlResponse(n === undefined ? undefined : await sitemapPartXml(Number(n)));
}
