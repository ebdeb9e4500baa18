import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Test builds go to their own folder so they never clobber the one `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    // Only the portal's own story images, served by app/media; nothing remote, no SVG.
    localPatterns: [{ pathname: '/media/**', search: '' }],
    remotePatterns: [],
    dangerouslyAllowSVG: false,
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 768, 1024, 1280],
    imageSizes: [96, 160, 256, 320],
    qualities: [70],
    minimumCacheTTL: 31536000,
  },
  outputFileTracingIncludes: {
    '/**': ['./content/**/*'],
  },
};

export default withNextIntl(nextConfig);
