import { getTranslations } from 'next-intl/server';
import { localeInfo, routing, type Locale } from '@/i18n/routing';
import { LocaleLink } from './LocaleLink';

/**
 * Links to this page in other languages. `alternates` holds only the
 * translations that exist; the current locale is shown as the current one
 * (to screen readers only on phones, where the row is narrow).
 * Names in another script are isolated with <bdi> so they don't scramble the line.
 */
export async function LanguageSwitcher({ locale, alternates }: { locale: Locale; alternates: Partial<Record<Locale, string>> }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const available = routing.locales.filter((l) => alternates[l]);
  if (available.length < 2) return null;
  return (
    <nav aria-label={t('languages')} className="print:hidden">
      <ul className="flex items-center text-sm">
        {available.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span
                aria-current="page"
                lang={l}
                className="sr-only font-bold sm:not-sr-only sm:mx-1 sm:rounded-full sm:bg-white/15 sm:px-3 sm:py-1"
              >
                <bdi>{localeInfo[l].nativeName}</bdi>
              </span>
            ) : (
              <LocaleLink
                locale={l}
                href={alternates[l]!}
                className="flex min-h-11 min-w-11 items-center justify-center px-1.5 underline-offset-4 hover:underline sm:px-2"
              />
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
