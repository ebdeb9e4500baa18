import type { Locale } from '@/i18n/routing';
import { getTag } from '@/lib/content';
import * as urls from '@/lib/urls';

export function TagLinks({ locale, tags }: { locale: Locale; tags: string[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {tags.map((id) => {
        const labels = getTag(id);
        if (!labels) return null;
        return (
          <li key={id}>
            <a
              href={urls.tag(locale, id)}
              className="inline-block rounded-full bg-brand-50 px-3 py-0.5 text-sm font-semibold text-brand-800 hover:bg-brand-100 dark:bg-brand-900 dark:text-brand-100 dark:hover:bg-brand-800"
            >
              {labels[locale]}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
