/**
 * Response headers for every route, applied through next.config `headers()`
 * so pages stay static (a nonce-based CSP would force dynamic rendering).
 */

/**
 * Content-Security-Policy without nonces.
 * - script-src keeps 'unsafe-inline': the App Router streams its RSC payload
 *   in inline <script> elements (`self.__next_f.push(…)`) whose content
 *   differs per page, so neither a hash list nor a static nonce can cover them.
 * - style-src is 'self' only: all CSS is in external files (Tailwind, next/font)
 *   and no component sets a style attribute.
 */
function contentSecurityPolicy(https: boolean): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

export function securityHeaders(siteUrl: string): { key: string; value: string }[] {
  const https = siteUrl.startsWith('https://');
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(https) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=(), interest-cohort=()' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
  if (https) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
  return headers;
}
