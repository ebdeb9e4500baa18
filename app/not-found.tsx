import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing, localeInfo } from '@/i18n/routing';
import { fontVariables } from '@/app/fonts';
import { NotFoundPage, notFoundMetadata } from '@/components/layout/NotFoundPage';
import { SiteFooter } from '@/components/layout/SiteFooter';

export async function generateMetadata(): Promise<Metadata> {
  const locale = routing.defaultLocale;
  const notFound = await notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: 'site' });
  return { ...notFound, title: `${String(notFound.title)} | ${t('name')}` };
}

/**
 * Next's own 404 route (`/_not-found`), for a request no route matches: the
 * default locale's 404 page, with the way to the home page in every language.
 */
export default function GlobalNotFound() {
  const locale = routing.defaultLocale;
  return (
    <html lang={locale} dir={localeInfo[locale].dir} className={fontVariables}>
      <body className="flex min-h-dvh flex-col bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <NotFoundPage locale={locale}>{null}</NotFoundPage>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
