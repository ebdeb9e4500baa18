'use client';

import { useEffect, useState } from 'react';
import { useParams } from 'next/navigation';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import * as urls from '@/lib/urls';
import type en from '@/messages/en.json';

// An error boundary renders in the browser, outside next-intl's server
// rendering (and above it when the layout failed). Its strings are fetched
// from the locale's message file only when an error happens, so that no page
// carries the message files in its scripts.
const MESSAGES: Record<Locale, () => Promise<{ default: typeof en }>> = {
  ar: () => import('@/messages/ar.json'),
  ru: () => import('@/messages/ru.json'),
  en: () => import('@/messages/en.json'),
};

/** The locale of the address that failed, else the default one. */
export function useErrorLocale(): Locale {
  const locale = useParams<{ locale?: string }>()?.locale;
  // Not next-intl's hasLocale: importing 'next-intl' in a client module puts
  // its formatting core in every page's scripts, error or not.
  return isLocale(locale) ? locale : routing.defaultLocale;
}

/** The body of an error page: what happened, a retry and the way home. Logs the error. */
export function ErrorContent({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const locale = useErrorLocale();
  const [t, setT] = useState<typeof en.error>();
  useEffect(() => {
    console.error(error);
  }, [error]);
  useEffect(() => {
    let current = true;
    MESSAGES[locale]().then(
      (m) => current && setT(m.default.error),
      (e: unknown) => console.error(e),
    );
    return () => {
      current = false;
    };
  }, [locale]);
  if (!t) return <main id="main" className="flex-1" />;
  return (
    <main id="main" className="mx-auto flex w-full max-w-2xl flex-1 flex-col gap-6 px-4 py-12 text-center">
      <h1 className="text-3xl font-bold text-balance">{t.title}</h1>
      <p className="text-lg">{t.body}</p>
      <p className="flex flex-wrap items-center justify-center gap-6">
        <button
          type="button"
          onClick={retry}
          className="rounded-full border-2 border-brand-600 px-5 py-2 font-bold hover:bg-brand-50 dark:hover:bg-brand-900"
        >
          {t.retry}
        </button>
        <a href={urls.home(locale)} className="font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-100">
          {t.home}
        </a>
      </p>
    </main>
  );
}
