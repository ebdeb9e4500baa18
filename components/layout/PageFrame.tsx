import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { SiteHeader, type Section } from './SiteHeader';

/** The header (with this page's language alternates) and the main landmark. */
export function PageFrame({
  locale,
  section,
  alternates,
  children,
}: {
  locale: Locale;
  section: Section;
  alternates: Partial<Record<Locale, string>>;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} section={section} alternates={alternates} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
