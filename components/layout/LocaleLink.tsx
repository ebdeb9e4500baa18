import { localeInfo, type Locale } from '@/i18n/routing';

/** A link to a page in another language, named in that language; <bdi> keeps another script from scrambling the line. */
export function LocaleLink({ locale, href, className }: { locale: Locale; href: string; className: string }) {
  return (
    <a href={href} hrefLang={locale} lang={locale} className={className}>
      <bdi>{localeInfo[locale].nativeName}</bdi>
    </a>
  );
}
