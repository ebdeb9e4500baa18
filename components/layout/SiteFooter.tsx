import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import * as urls from '@/lib/urls';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <footer className="mt-auto border-t border-stone-200 bg-stone-100 text-stone-700 print:hidden dark:border-stone-800 dark:bg-stone-900 dark:text-stone-300">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm">
        <p className="font-semibold">
          © {t('footer.group')}
        </p>
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href={urls.about(locale)} className="underline underline-offset-4">
              {t('nav.about')}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
