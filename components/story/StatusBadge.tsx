import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Visibility } from '@/lib/content';

/** "Draft" / "Scheduled": only ever rendered in preview, where unpublished stories are visible. */
export async function StatusBadge({ locale, status }: { locale: Locale; status: Visibility }) {
  if (status === 'published') return null;
  const t = await getTranslations({ locale, namespace: 'preview' });
  return (
    <span
      data-testid="status-badge"
      className="inline-block w-fit rounded bg-gold-400 px-2 py-0.5 text-xs font-bold tracking-wide text-stone-950 uppercase"
    >
      {t(status)}
    </span>
  );
}
