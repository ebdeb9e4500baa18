import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { LocaleLink } from '@/components/layout/LocaleLink';
import * as urls from '@/lib/urls';

/**
 * The body of a 404. With `translations`, it explains that the story exists
 * in other languages and links to each of them.
 */
export async function NotFoundContent({
  locale,
  storyId,
  translations = [],
}: {
  locale: Locale;
  storyId?: string;
  translations?: Locale[];
}) {
  const t = await getTranslations({ locale });
  const missing = storyId !== undefined && translations.length > 0;
  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-6 py-12 text-center">
      <p className="text-6xl font-bold text-brand-700 dark:text-brand-100" aria-hidden="true">
        404
      </p>
      <h1 className="text-3xl font-bold text-balance">{missing ? t('missing.title') : t('notFound.title')}</h1>
      {missing ? (
        <>
          <p className="text-lg">{t('missing.body')}</p>
          <ul className="flex flex-wrap justify-center gap-4" data-testid="translations">
            {translations.map((l) => (
              <li key={l}>
                <LocaleLink
                  locale={l}
                  href={urls.story(l, storyId)}
                  className="inline-flex min-h-11 min-w-11 items-center rounded-full border-2 border-brand-600 px-5 font-bold hover:bg-brand-50 dark:hover:bg-brand-900"
                />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-lg">{t('notFound.body')}</p>
      )}
      <p>
        <a
          href={urls.home(locale)}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-100"
        >
          {t('notFound.home')}
        </a>
      </p>
    </section>
  );
}
