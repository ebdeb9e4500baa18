import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate, formatTime } from '@/lib/format';

/** A story's date and time of day, in the site's zone (named) and the locale's digits. */
export async function DateTime({ iso, locale, className }: { iso: string; locale: Locale; className?: string }) {
  const t = await getTranslations({ locale, namespace: 'story' });
  return (
    <time dateTime={iso} className={className}>
      {t('dateTime', { date: formatDate(iso, locale), time: formatTime(iso, locale) })}
    </time>
  );
}
