/**
 * The localized site name for code that runs outside a request's next-intl
 * context and must also run in plain Node (the sitemaps and their unit tests).
 * Reads the same files as i18n/request.ts.
 */
import type { Locale } from '@/i18n/routing';

export async function siteName(locale: Locale): Promise<string> {
  const messages = (await import(`../messages/${locale}.json`)).default as { site: { name: string } };
  return messages.site.name;
}
