import type { Locale } from '@/i18n/routing';
import { getTag } from '@/lib/content';
import * as urls from '@/lib/urls';

export function TagLinks({ locale, tags }: { locale: Locale; tags: string[] }) {
  return (
    <ul className="flex flex-wrap gap-x-1">
      {tags.map((id) => {
        const labels = getTag(id);
        if (!labels) return null;
        return (
          <li key={id}>
            {/* A 44 px tall target around a slimmer chip. */}
            <a href={urls.tag(locale, id)} className="group inline-flex min-h-11 min-w-11 items-center justify-center">
              <span className="rounded-full bg-brand-50 px-3 py-0.5 text-sm font-semibold text-brand-800 group-hover:bg-brand-100 dark:bg-brand-900 dark:text-brand-100 dark:group-hover:bg-brand-800">
                {labels[locale]}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
