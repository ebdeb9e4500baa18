import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import * as urls from '@/lib/urls';
import { CRESCENT, GOLD, STAR } from '@/lib/emblem';
import { LanguageSwitcher } from './LanguageSwitcher';

export type Section = 'home' | 'tags' | 'about' | 'story' | 'other';

function Emblem() {
  return (
    <svg viewBox="0 0 40 40" aria-hidden="true" className="size-10 shrink-0">
      <circle cx="20" cy="20" r="19" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d={CRESCENT} fill={GOLD} />
      <path d={STAR} fill="currentColor" />
    </svg>
  );
}

export async function SiteHeader({
  locale,
  section,
  alternates,
}: {
  locale: Locale;
  section: Section;
  alternates: Partial<Record<Locale, string>>;
}) {
  const t = await getTranslations({ locale });
  const nav: { key: Section; href: string; label: string }[] = [
    { key: 'home', href: urls.home(locale), label: t('nav.home') },
    { key: 'tags', href: urls.tags(locale), label: t('nav.tags') },
    { key: 'about', href: urls.about(locale), label: t('nav.about') },
  ];
  return (
    <header className="bg-brand-800 text-white print:hidden dark:bg-brand-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4">
        <a href={urls.home(locale)} className="flex min-w-0 items-center gap-3">
          <Emblem />
          <span className="min-w-0">
            <span className="block text-lg leading-snug font-bold text-balance sm:text-xl">{t('site.name')}</span>
            <span className="block text-sm text-brand-100">{t('site.tagline')}</span>
          </span>
        </a>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <form role="search" aria-label={t('search.label')} action={urls.search(locale)} method="get" className="flex min-w-0 items-center">
            <label htmlFor="site-search" className="sr-only">
              {t('search.label')}
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              required
              maxLength={200}
              enterKeyHint="search"
              placeholder={t('search.placeholder')}
              className="w-40 min-w-0 rounded-s-full border border-white/30 bg-white/10 py-1.5 ps-4 pe-2 text-sm text-white placeholder:text-brand-100 focus:bg-white/15 sm:w-56"
            />
            <button
              type="submit"
              className="rounded-e-full border border-s-0 border-white/30 bg-white/15 py-1.5 ps-3 pe-4 text-sm font-semibold hover:bg-white/25"
            >
              {t('search.submit')}
            </button>
          </form>
          <LanguageSwitcher locale={locale} alternates={alternates} />
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="border-t border-white/15">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
          {nav.map((item) => (
            <li key={item.key}>
              <a
                href={item.href}
                aria-current={item.key === section ? 'page' : undefined}
                className="block border-b-2 border-transparent px-3 py-2.5 font-semibold hover:border-gold-400 aria-[current=page]:border-gold-400"
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
