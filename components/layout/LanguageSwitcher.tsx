import { getTranslations } from 'next-intl/server';
import { localeInfo, routing, type Locale } from '@/i18n/routing';

/**
 * Links to this page in other languages. `alternates` holds only the
 * translations that exist; the current locale is shown as the current one.
 * Names in another script are isolated with <bdi> so they don't scramble the line.
 */
export async function LanguageSwitcher({
  locale,
  alternates,
}: {
  locale: Locale;
  alternates: Partial<Record<Locale, string>>;
}) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const available = routing.locales.filter((l) => alternates[l]);
  if (available.length < 2) return null;
  return (
    <nav aria-label={t('languages')} className="print:hidden">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {available.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span
                aria-current="page"
                lang={l}
                className="block rounded-full bg-white/15 px-3 py-1 font-bold"
              >
                <bdi>{localeInfo[l].nativeName}</bdi>
              </span>
            ) : (
              <a
                href={alternates[l]}
                hrefLang={l}
                lang={l}
                className="block rounded-full px-3 py-1 underline-offset-4 hover:bg-white/10 hover:underline"
              >
                <bdi>{localeInfo[l].nativeName}</bdi>
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
