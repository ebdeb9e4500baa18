/**
 * Locale-aware formatting of dates and numbers, in the site's time zone. Used
 * by every component, so the server output never depends on the machine's TZ.
 */
import { localeInfo, type Locale } from '@/i18n/routing';
import { SITE_TIME_ZONE } from '@/lib/config';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** `١٠ يناير ٢٠٢٢` / `10 января 2022 г.` / `10 January 2022`. */
export function formatDate(iso: string, locale: Locale): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(localeInfo[locale].dateLocale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: SITE_TIME_ZONE,
    });
    dateFormats.set(locale, f);
  }
  return f.format(new Date(iso));
}

/** A number in the locale's digits (Arabic-Indic for Arabic, like the dates). */
export function formatNumber(n: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(localeInfo[locale].dateLocale);
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

/** Minutes to read `words` words, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
