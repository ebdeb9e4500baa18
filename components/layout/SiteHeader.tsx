import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import * as urls from '@/lib/urls';
import { CRESCENT, GOLD, STAR } from '@/lib/brand/emblem';
import { LanguageSwitcher } from './LanguageSwitcher';

export type Section = 'home' | 'tags' | 'about' | 'story' | 'search' | 'other';

function Emblem() {
  return (
    <svg viewBox="0 0 40 40" aria-hidden="true" className="size-8 shrink-0 sm:size-10">
      <circle cx="20" cy="20" r="19" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d={CRESCENT} fill={GOLD} />
      <path d={STAR} fill="currentColor" />
    </svg>
  );
}

function SearchIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className="size-5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
    >
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="m15.5 15.5 5 5" />
    </svg>
  );
}

/**
 * The same two rows on every page and at every width: the site's name with
 * the way to search, then the sections and the languages. Search is a link
 * to the search page (whose own form is the one search box), so it works
 * without JavaScript and stays one tap away on phones. Every control is at
 * least 44 px square.
 */
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
    <header className="bg-brand-800 text-white dark:bg-brand-900 print:hidden">
      <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-2 sm:gap-3 sm:py-3">
        <a href={urls.home(locale)} className="flex min-h-11 min-w-0 flex-1 items-center gap-2 sm:gap-3">
          <Emblem />
          <span className="min-w-0">
            <span className="block text-sm leading-snug font-bold sm:text-xl sm:text-balance">{t('site.name')}</span>
            <span className="hidden text-sm leading-snug text-brand-100 sm:block">{t('site.tagline')}</span>
          </span>
        </a>
        <a
          href={urls.search(locale)}
          aria-current={section === 'search' ? 'page' : undefined}
          className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-2 rounded-full font-semibold hover:bg-white/10 aria-[current=page]:bg-white/15 sm:border sm:border-white/30 sm:ps-3 sm:pe-4"
        >
          <SearchIcon />
          <span className="sr-only sm:not-sr-only">{t('search.title')}</span>
        </a>
      </div>
      <div className="border-t border-white/15">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between px-2">
          <nav aria-label={t('nav.label')}>
            <ul className="flex">
              {nav.map((item) => (
                <li key={item.key}>
                  <a
                    href={item.href}
                    aria-current={item.key === section ? 'page' : undefined}
                    className="flex min-h-11 min-w-11 items-center border-b-2 border-transparent px-1.5 pt-0.5 text-sm font-semibold hover:border-gold-400 aria-[current=page]:border-gold-400 sm:px-3 sm:text-base"
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher locale={locale} alternates={alternates} />
        </div>
      </div>
    </header>
  );
}
