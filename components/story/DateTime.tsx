import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/format';

export function DateTime({ iso, locale, className }: { iso: string; locale: Locale; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {formatDate(iso, locale)}
    </time>
  );
}
