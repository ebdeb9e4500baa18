import type { Metadata } from 'next';
import { routing, localeInfo } from '@/i18n/routing';
import { fontVariables } from '@/app/fonts';
import { PageFrame } from '@/components/layout/PageFrame';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { NotFoundContent } from '@/components/story/NotFoundContent';
import * as urls from '@/lib/urls';

export const metadata: Metadata = { robots: { index: false } };

/**
 * 404 for paths outside any locale (`/fr/…`, `/AR`): shown in the default
 * locale, with the way to the home page in every language.
 */
export default function GlobalNotFound() {
  const locale = routing.defaultLocale;
  return (
    <html lang={locale} dir={localeInfo[locale].dir} className={fontVariables}>
      <body className="flex min-h-dvh flex-col bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <PageFrame locale={locale} section="other" alternates={urls.inLocales(routing.locales, (l) => urls.home(l))}>
          <NotFoundContent locale={locale} />
        </PageFrame>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
