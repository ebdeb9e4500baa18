import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import * as urls from '@/lib/urls';

/** The search page's form: a plain GET to /{locale}/search, so it works without JavaScript. */
export async function SearchForm({ locale, query }: { locale: Locale; query: string }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  return (
    <form role="search" action={urls.search(locale)} method="get" className="mb-8 flex flex-wrap items-end gap-3">
      <div className="flex min-w-0 flex-1 basis-64 flex-col gap-1">
        <label htmlFor="search-q" className="font-semibold">
          {t('label')}
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={query}
          placeholder={t('placeholder')}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={200}
          className="min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-start text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400"
        />
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-700"
      >
        {t('submit')}
      </button>
    </form>
  );
}
