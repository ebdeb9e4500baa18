import { Suspense, type ReactNode } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import * as urls from '@/lib/urls';
import { NotFoundContent } from '@/components/story/NotFoundContent';
import { PageFrame } from './PageFrame';

/**
 * A 404 page, rendered by the layout of the segment whose page 404s.
 *
 * Why a layout and not not-found.tsx: since 16.3, Next answers a notFound()
 * that reaches the document shell with an empty `<html id="__next_error__">`
 * and puts the not-found UI only in the script data, because the server's
 * HTML renderer has no error boundaries. So the layout, which knows the
 * route's params, renders the whole page itself, and the page's notFound()
 * (still what makes the status 404 and the ISR cache keep it in memory only)
 * is caught by the Suspense boundary below on the server, and in the browser
 * by the segment's not-found.tsx, which renders nothing.
 *
 * The status is 404 only when Next prerenders the route (static or ISR): a
 * fully dynamic render (Draft Mode) streams the same page with status 200.
 */
export function NotFoundPage({
  locale,
  alternates,
  storyId,
  translations,
  children,
}: {
  locale: Locale;
  /** Where the language links lead: the home pages unless given. */
  alternates?: Partial<Record<Locale, string>>;
  storyId?: string;
  translations?: Locale[];
  children: ReactNode;
}) {
  return (
    <PageFrame locale={locale} section="other" alternates={alternates ?? urls.inLocales(routing.locales, (l) => urls.home(l))}>
      <NotFoundContent locale={locale} storyId={storyId} translations={translations} />
      <Suspense fallback={null}>{children}</Suspense>
    </PageFrame>
  );
}

/** The 404 page's title (the missing-translation one when `missingStory`). Next adds its noindex itself. */
export async function notFoundMetadata(locale: Locale, missingStory = false): Promise<Metadata> {
  const t = await getTranslations({ locale });
  return { title: missingStory ? t('missing.title') : t('notFound.title') };
}

/**
 * The layout and metadata of a segment whose page can 404: `notFoundIn`
 * returns the locale of the 404 page from the segment's params, or undefined
 * when the page exists (or another segment's layout shows the 404).
 */
export function notFoundLayout<P>(notFoundIn: (params: P) => Locale | undefined | Promise<Locale | undefined>) {
  async function Layout({ children, params }: { children: ReactNode; params: Promise<P> }) {
    const locale = await notFoundIn(await params);
    return locale ? <NotFoundPage locale={locale}>{children}</NotFoundPage> : children;
  }
  async function generateMetadata({ params }: { params: Promise<P> }): Promise<Metadata> {
    const locale = await notFoundIn(await params);
    return locale ? notFoundMetadata(locale) : {};
  }
  return { Layout, generateMetadata };
}
