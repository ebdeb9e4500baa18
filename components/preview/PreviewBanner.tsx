import { draftMode } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import * as urls from '@/lib/urls';

/**
 * Shown on every page while Draft Mode is on. Exit is a POST (a form, no
 * JavaScript), so no prefetch or crawler can end a preview by following a link.
 */
export async function PreviewBanner({ locale }: { locale: Locale }) {
  if (!(await draftMode()).isEnabled) return null;
  const t = await getTranslations({ locale, namespace: 'preview' });
  return (
    <div role="region" aria-label={t('banner')} className="bg-gold-400 text-stone-950 print:hidden" data-testid="preview-banner">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2">
        <p>
          <strong className="me-2 uppercase">{t('banner')}</strong>
          {t('explain')}{' '}
          <a href={urls.drafts(locale)} className="underline underline-offset-4">
            {t('draftsTitle')}
          </a>
        </p>
        <form method="post" action={urls.previewDisable}>
          <button type="submit" className="rounded bg-stone-950 px-4 py-1.5 font-semibold text-white hover:bg-stone-800">
            {t('exit')}
          </button>
        </form>
      </div>
    </div>
  );
}
