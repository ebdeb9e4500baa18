/**
 * Page metadata: title, description, a self-referencing canonical and
 * hreflang alternates for the locales the page really exists in.
 */
import type { Metadata } from 'next';
import { routing, localeInfo, type Locale } from '@/i18n/routing';
import { absolute } from '@/lib/urls';

export function pageMetadata({
  locale,
  title,
  description,
  alternates,
  absoluteTitle = false,
}: {
  locale: Locale;
  title: string;
  description: string;
  /** Paths of this page per existing locale; must include `locale`. */
  alternates: Partial<Record<Locale, string>>;
  absoluteTitle?: boolean;
}): Metadata {
  const self = alternates[locale]!;
  const languages: Record<string, string> = {};
  for (const l of routing.locales) if (alternates[l]) languages[l] = absolute(alternates[l]!);
  const xDefault = alternates[routing.defaultLocale] ?? routing.locales.map((l) => alternates[l]).find(Boolean);
  if (xDefault) languages['x-default'] = absolute(xDefault);
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: absolute(self), languages },
    openGraph: {
      title,
      description,
      url: absolute(self),
      locale: localeInfo[locale].ogLocale,
      alternateLocale: routing.locales.filter((l) => l !== locale && alternates[l]).map((l) => localeInfo[l].ogLocale),
    },
  };
}
