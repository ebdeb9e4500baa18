import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatDate, formatTime } from '@/lib/format';

/** A story's date and time of day as the pages write it: in the site's zone (named) and the locale's digits. */
export async function dateTimeText(iso: string, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'story' });
  return t('dateTime', { date: formatDate(iso, locale), time: formatTime(iso, locale) });
}

/** A story's date and time of day, in the site's zone (named) and the locale's digits. */
export async function DateTime({ iso, locale, className }: { iso: string; locale: Locale; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {await dateTimeText(iso, locale)}
    </time>
  );
}
