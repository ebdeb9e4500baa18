import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import * as urls from '@/lib/urls';
import { FeedIcon } from './FeedIcon';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  const link = 'inline-flex min-h-11 min-w-11 items-center gap-2 underline underline-offset-4';
  return (
    <footer className="mt-auto border-t border-stone-200 bg-stone-100 text-stone-700 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-300 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-4 text-sm">
        <p className="font-semibold">© {t('footer.group')}</p>
        <ul className="flex flex-wrap gap-x-4">
          <li>
            <a href={urls.about(locale)} className={link}>
              {t('nav.about')}
            </a>
          </li>
          <li>
            <a href={urls.feed(locale)} type="application/rss+xml" className={link}>
              <FeedIcon />
              {t('footer.feeds')}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
