/**
 * Request targets that Next answers before any app code runs, and that we
 * want to answer with the site's 404 page instead.
 *
 * Next normalizes a path containing a backslash (`/ar\news`) or a dot segment
 * (`..`, `.`, or their percent-encoded forms `%2e%2e`, `%2e`) with a 308
 * redirect to the cleaned path, in its router, before the proxy or any route.
 * The redirect stays on this origin and is harmless, but no real link ever
 * contains such a path (browsers resolve `\` and dot segments before sending),
 * so they are probes, and they get the site's localized 404 page.
 *
 * `guardTarget(url)` returns the path to serve instead (the locale's 404 page),
 * or undefined for an ordinary target. instrumentation.ts applies it to each
 * request before Next sees it.
 */
import { routing } from '@/i18n/routing';
import * as urls from '@/lib/urls';

/** A `.` or `..` path segment, raw or percent-encoded, in any letter case. */
const DOT_SEGMENT = /(?:^|[/\\])(?:\.|%2e){1,2}(?=[/\\]|$)/i;

export function guardTarget(url: string): string | undefined {
  const q = url.indexOf('?');
  const pathPart = q < 0 ? url : url.slice(0, q);
  if (!pathPart.includes('\\') && !DOT_SEGMENT.test(pathPart)) return undefined;
  // The 404 page in the locale the path starts with, else the default locale.
  const first = pathPart.replace(/^[a-z]+:\/\/[^/\\]*/i, '').split(/[/\\]/)[1] ?? '';
  const locale = routing.locales.find((l) => l === first) ?? routing.defaultLocale;
  return urls.unmatchable(locale);
}
