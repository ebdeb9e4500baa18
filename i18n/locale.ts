import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from './routing';

/** The locale of a `[locale]` segment, or the 404 page: every page checks its segment through this. */
export function localeOrNotFound(value: string): Locale {
  if (!hasLocale(routing.locales, value)) notFound();
  return value;
}
