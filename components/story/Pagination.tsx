import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatNumber } from '@/lib/format';
import { PaginationView } from './PaginationView';

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
  const text = {
    label: t('label'),
    newer: t('newer'),
    older: t('older'),
    status: t('status', { page: formatNumber(page, locale), total: formatNumber(totalPages, locale) }),
  };
  return <PaginationView page={page} totalPages={totalPages} hrefFor={hrefFor} text={text} />;
}
