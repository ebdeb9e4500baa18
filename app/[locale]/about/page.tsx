import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { localeOrNotFound } from '@/i18n/locale';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { PageFrame } from '@/components/layout/PageFrame';
import { getPage } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import * as urls from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>): Promise<Metadata> {
  const { locale } = await params;
  const page = hasLocale(routing.locales, locale) ? getPage('about', locale) : undefined;
  if (!page || !hasLocale(routing.locales, locale)) return {};
  const existing = routing.locales.filter((l) => getPage('about', l));
  return pageMetadata({
    locale,
    title: page.title,
    description: page.summary,
    alternates: urls.inLocales(existing, (l) => urls.about(l)),
  });
}

export default async function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  const page = getPage('about', locale);
  if (!page) notFound();
  const existing = routing.locales.filter((l) => getPage('about', l));
  return (
    <PageFrame locale={locale} section="about" alternates={urls.inLocales(existing, (l) => urls.about(l))}>
      <article className="mx-auto max-w-3xl">
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">{page.title}</h1>
        <div
          className="prose-story prose prose-lg max-w-none prose-stone dark:prose-invert"
          dangerouslySetInnerHTML={{ __html: page.html }}
        />
      </article>
    </PageFrame>
  );
}
