'use client';

import './globals.built.css';
import { fontVariables } from '@/app/fonts';
import { localeInfo } from '@/i18n/routing';
import { ErrorContent, useErrorLocale } from '@/components/errors/ErrorContent';

/** The locale layout itself failed: this replaces it, so it brings its own <html>, styles and fonts. */
export default function GlobalError(props: { error: Error & { digest?: string }; retry: () => void }) {
  const locale = useErrorLocale();
  return (
    <html lang={locale} dir={localeInfo[locale].dir} className={fontVariables}>
      <body className="flex min-h-dvh flex-col bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <ErrorContent {...props} />
      </body>
    </html>
  );
}
