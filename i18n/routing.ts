import { defineRouting } from 'next-intl/routing';

/**
 * The one list of locales. Everything else (pages, sitemaps, feeds, the
 * language switcher, content validation) derives from it.
 */
export const routing = defineRouting({
  locales: ['ar', 'ru', 'en'],
  defaultLocale: 'ar',
  localePrefix: 'always',
  // The proxy only redirects unprefixed paths; a cookie there would make
  // responses uncacheable and is not needed: the URL carries the locale.
  localeCookie: false,
  // hreflang lives in <head> and lists only translations that exist; the
  // proxy's Link header would list every locale for every path.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** Per-locale facts that are not translations. */
export const localeInfo: Record<Locale, { dir: 'rtl' | 'ltr'; ogLocale: string; nativeName: string; dateLocale: string }> = {
  // `nu-arab` pins Arabic-Indic digits so server and browser agree; `ca-gregory`
  // keeps the Gregorian calendar whatever the default region is.
  ar: { dir: 'rtl', ogLocale: 'ar_AR', nativeName: 'العربية', dateLocale: 'ar-u-nu-arab-ca-gregory' },
  ru: { dir: 'ltr', ogLocale: 'ru_RU', nativeName: 'Русский', dateLocale: 'ru-u-ca-gregory' },
  en: { dir: 'ltr', ogLocale: 'en_US', nativeName: 'English', dateLocale: 'en-GB-u-ca-gregory' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}
