/**
 * Locale-aware formatting of dates and numbers, in the site's time zone. Used
 * by every component, so the server output never depends on the machine's TZ.
 */
import { localeInfo, type Locale } from '@/i18n/routing';
import { SITE_TIME_ZONE } from '@/lib/config';

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** One cached formatter per locale, in the site's time zone. */
function zoned(options: Intl.DateTimeFormatOptions): (iso: string, locale: Locale) => string {
  const formats = new Map<Locale, Intl.DateTimeFormat>();
  return (iso, locale) => {
    let f = formats.get(locale);
    if (!f) {
      f = new Intl.DateTimeFormat(localeInfo[locale].dateLocale, { ...options, timeZone: SITE_TIME_ZONE });
      formats.set(locale, f);
    }
    return f.format(new Date(iso));
  };
}

/** `١٠ يناير ٢٠٢٢` / `10 января 2022 г.` / `10 January 2022`. */
export const formatDate = zoned({ day: 'numeric', month: 'long', year: 'numeric' });

/** The time of day, 24-hour, in the locale's digits: `١٤:٠٠` / `14:00`. */
export const formatTime = zoned({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

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
