import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatNumber } from '@/lib/format';
import { PaginationView, type PaginationText } from './PaginationView';

/** The pagination's strings, "Page {page} of {total}" written with `page` and `total` as given. */
export async function paginationText(locale: Locale, page: string, total: string): Promise<PaginationText> {
  const t = await getTranslations({ locale, namespace: 'pagination' });
  return { label: t('label'), newer: t('newer'), older: t('older'), status: t('status', { page, total }) };
}

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
  const text = await paginationText(locale, formatNumber(page, locale), formatNumber(totalPages, locale));
  return <PaginationView page={page} totalPages={totalPages} hrefFor={hrefFor} text={text} />;
}
