import { preload } from 'react-dom';
import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing, localeInfo } from '@/i18n/routing';
import { fontVariables } from '@/app/fonts';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { NotFoundPage, notFoundMetadata } from '@/components/layout/NotFoundPage';
import { PreviewBanner } from '@/components/preview/PreviewBanner';
import { siteUrl } from '@/lib/config';
import * as urls from '@/lib/urls';
import { NASKH_WEIGHTS } from '@/lib/fonts/weights';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0b5644' },
    { media: '(prefers-color-scheme: dark)', color: '#062a22' },
  ],
};

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale: requested } = await params;
  const valid = hasLocale(routing.locales, requested);
  const locale = valid ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'site' });
  const template = `%s | ${t('name')}`;
  const base: Metadata = { metadataBase: new URL(siteUrl()), applicationName: t('name'), manifest: urls.manifest(locale) };
  if (valid) return { ...base, title: { default: t('name'), template } };
  // The template applies to child segments only, so this 404 applies it itself.
  const notFound = await notFoundMetadata(locale);
  return { ...notFound, ...base, title: { absolute: template.replace('%s', String(notFound.title)) } };
}

/**
 * The document. A first segment that is not one of our locales (`/fr`,
 * `/AR`) is a 404 page in the default locale; its page's notFound() sets the
 * status (see NotFoundPage).
 */
export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale: requested } = await params;
  const valid = hasLocale(routing.locales, requested);
  const locale = valid ? requested : routing.defaultLocale;
  setRequestLocale(locale);
  // Arabic pages fetch their face with the stylesheet, not after it (see app/globals.css).
  if (locale === 'ar')
    for (const w of NASKH_WEIGHTS) preload(urls.naskhFont(w), { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  const t = await getTranslations({ locale, namespace: 'nav' });
  return (
    <html lang={locale} dir={localeInfo[locale].dir} className={fontVariables}>
      <body className="flex min-h-dvh flex-col bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-gold-400 focus:px-4 focus:py-2 focus:text-stone-950"
        >
          {t('skip')}
        </a>
        <PreviewBanner locale={locale} />
        {valid ? children : <NotFoundPage locale={locale}>{children}</NotFoundPage>}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
