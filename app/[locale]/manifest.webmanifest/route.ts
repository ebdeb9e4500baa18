import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing, localeInfo } from '@/i18n/routing';
import { BRAND } from '@/lib/brand/emblem';
import * as urls from '@/lib/urls';
import { notFoundText } from '@/lib/http/responses';

/** `/{locale}/manifest.webmanifest`: the web app manifest in that language, built once. */
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_req: Request, { params }: RouteContext<'/[locale]/manifest.webmanifest'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return notFoundText();
  const t = await getTranslations({ locale });
  const icon = (file: (typeof urls.APP_ICONS)[number], size: number, purpose: 'any' | 'maskable') => ({
    src: urls.appIcon(file),
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  const manifest = {
    id: urls.home(locale),
    name: t('site.name'),
    short_name: t('site.shortName'),
    description: t('home.description'),
    lang: locale,
    dir: localeInfo[locale].dir,
    start_url: urls.home(locale),
    scope: urls.home(locale),
    display: 'standalone',
    theme_color: BRAND,
    background_color: '#ffffff',
    icons: [icon('icon-192.png', 192, 'any'), icon('icon-512.png', 512, 'any'), icon('maskable-512.png', 512, 'maskable')],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
}
