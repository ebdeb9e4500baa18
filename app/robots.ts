import type { MetadataRoute } from 'next';
import * as urls from '@/lib/urls';

/** `/robots.txt`: everything but the API and the browser search's index is crawlable; names both sitemaps. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/search-index/'] },
    sitemap: [urls.absolute(urls.sitemap), urls.absolute(urls.newsSitemap)],
  };
}
