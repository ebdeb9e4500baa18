import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/http/security-headers';
import { distDir, siteUrl } from './lib/config';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Test builds go to their own folder so they never clobber the one `npm start` serves.
  distDir: distDir(),
  poweredByHeader: false,
  // proxy.ts gives the same 308 from `/x/` to `/x`, after it has looked the
  // path up among old addresses: Next's own runs first and would make an old
  // address with a trailing slash take two hops instead of one 301.
  skipTrailingSlashRedirect: true,
  // No per-request ETag: Next hashes the whole HTML of every response for it
  // (BENCHMARKS.md); shared caches serve repeats for PUBLISH_INTERVAL instead.
  generateEtags: false,
  // Types are checked once, by `npm run typecheck`, not in every build.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Next's ISR cache, except that a 404 is never written to disk (see the file).
  cacheHandler: path.resolve(process.cwd(), 'lib/http/isr-cache-handler.cjs'),
  images: {
    // Only the portal's own story images, served by app/media; nothing remote, no SVG.
    // Any query: story images carry ?v=<version>, which app/media checks, so a made-up one is a 404, never cached.
    localPatterns: [{ pathname: '/media/**' }],
    remotePatterns: [],
    dangerouslyAllowSVG: false,
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 768, 1024, 1280],
    imageSizes: [96, 160, 256, 320],
    qualities: [70],
    minimumCacheTTL: 31536000,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(siteUrl()) },
      {
        // The preview endpoints carry secrets in their query: never leak them in a Referer.
        source: '/api/draft/:path*',
        headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }],
      },
      {
        // Search results (/{locale}/search?q=…) are not for search engines; the bare
        // /{locale}/search is the canonical page.
        source: '/:locale/search',
        has: [{ type: 'query', key: 'q' }],
        headers: [{ key: 'X-Robots-Tag', value: 'noindex' }],
      },
      {
        // The results page those are served by (proxy.ts), should it be asked for by its own path.
        source: '/:locale/search/:query/:page',
        headers: [{ key: 'X-Robots-Tag', value: 'noindex' }],
      },
      {
        // Any request carrying Draft Mode's cookie may see unpublished stories:
        // never index or store it, whatever its status.
        source: '/:path*',
        has: [{ type: 'cookie', key: '__prerender_bypass' }],
        headers: [
          { key: 'X-Robots-Tag', value: 'noindex' },
          { key: 'Cache-Control', value: 'private, no-store' },
        ],
      },
    ];
  },
  // subset-font loads harfbuzz's WebAssembly from its own package at run time: not bundled.
  serverExternalPackages: ['subset-font'],
  outputFileTracingIncludes: {
    '/**': ['./content/**/*'],
  },
};

export default withNextIntl(nextConfig);
