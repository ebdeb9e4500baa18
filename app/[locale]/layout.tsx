import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing, localeInfo } from '@/i18n/routing';
import { fontVariables } from '@/app/fonts';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { PreviewBanner } from '@/components/preview/PreviewBanner';
import { siteUrl } from '@/lib/config';

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
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('name'), template: `%s | ${t('name')}` },
    applicationName: t('name'),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
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
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
