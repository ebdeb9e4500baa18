/**
 * The preview secret and its constant-time check.
 *
 * PREVIEW_SECRET enables preview links. Without it, preview is off in
 * production; `next dev` falls back to DEV_PREVIEW_SECRET so editors can
 * preview locally with no setup.
 */
import crypto from 'node:crypto';

const DEV_PREVIEW_SECRET = 'dev-preview';

export function previewSecret(): string | undefined {
  const configured = process.env.PREVIEW_SECRET;
  if (configured) return configured;
  return process.env.NODE_ENV === 'development' ? DEV_PREVIEW_SECRET : undefined;
}

/** Compares digests with crypto.timingSafeEqual, so time does not depend on where the strings differ or their length. */
export function secretMatches(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given, 'utf8').digest();
  const b = crypto.createHash('sha256').update(expected, 'utf8').digest();
  return crypto.timingSafeEqual(a, b);
}
