import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

export interface Crumb {
  name: string;
  path: string;
}

/**
 * Visible breadcrumbs: the same items as the page's JSON-LD BreadcrumbList.
 * The separator › is a mirrored character, so it points the reading way in
 * Arabic too. The last item is the page itself.
 */
export async function Breadcrumbs({ locale, items }: { locale: Locale; items: Crumb[] }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  return (
    <nav aria-label={t('breadcrumbs')} className="mb-4 text-sm text-stone-600 dark:text-stone-400 print:hidden">
      <ol className="flex flex-wrap items-center">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.path} className={last ? 'flex min-w-0 items-center' : 'flex items-center'}>
              {last ? (
                <a href={item.path} aria-current="page" className="inline-flex min-h-11 min-w-0 items-center">
                  <span className="line-clamp-1">{item.name}</span>
                </a>
              ) : (
                <>
                  <a
                    href={item.path}
                    className="inline-flex min-h-11 min-w-11 items-center font-semibold underline-offset-4 hover:underline"
                  >
                    {item.name}
                  </a>
                  <span aria-hidden="true" className="px-2">
                    ›
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
