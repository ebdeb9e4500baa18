import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatNumber } from '@/lib/format';

export async function Pagination({
  locale,
  page,
  totalPages,
  hrefFor,
}: {
  locale: Locale;
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
}) {
  if (totalPages < 2) return null;
  const t = await getTranslations({ locale, namespace: 'pagination' });
  const linkClass =
    'inline-flex min-h-11 min-w-11 items-center rounded border border-stone-300 px-4 font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';
  return (
    <nav aria-label={t('label')} className="mt-12 flex flex-wrap items-center justify-between gap-4 print:hidden">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {t('newer')}
        </a>
      ) : (
        <span />
      )}
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {t('status', { page: formatNumber(page, locale), total: formatNumber(totalPages, locale) })}
      </p>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t('older')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
