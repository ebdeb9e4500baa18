import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { SHARE_SERVICES, shareLink } from '@/lib/share';
import * as urls from '@/lib/urls';

// A 44 px target around a slimmer pill, like the tag chips.
const target = 'group inline-flex min-h-11 min-w-11 items-center justify-center';
const pill =
  'rounded-full border border-stone-300 px-3 py-0.5 text-sm font-semibold group-hover:bg-stone-100 dark:border-stone-700 dark:group-hover:bg-stone-800';

/** Share links (plain links: they work without JavaScript) and "copy link". */
export async function ShareLinks({ locale, url, title }: { locale: Locale; url: string; title: string }) {
  const t = await getTranslations({ locale, namespace: 'share' });
  return (
    <section aria-labelledby="share" className="flex flex-wrap items-center gap-x-3 print:hidden">
      <h2 id="share" className="text-sm font-bold text-stone-600 dark:text-stone-400">
        {t('title')}
      </h2>
      <ul className="flex flex-wrap gap-x-1.5" data-testid="share">
        {SHARE_SERVICES.map((s) => (
          <li key={s}>
            <a
              href={shareLink(s, url, title)}
              data-service={s}
              target={s === 'email' ? undefined : '_blank'}
              rel="noopener noreferrer"
              className={target}
            >
              <span className={pill}>{t(s)}</span>
            </a>
          </li>
        ))}
        <li>
          {/* Invisible (its space kept, so nothing moves) until public/copy-link.js finds a clipboard; a plain
              script, not a client component, so that it needs no React hydration. */}
          <button type="button" data-copy-link={url} data-copied={t('copied')} className={`${target} invisible`} aria-hidden tabIndex={-1}>
            <span aria-live="polite" className={pill}>
              {t('copy')}
            </span>
          </button>
          <script src={urls.copyLinkScript} async />
        </li>
      </ul>
    </section>
  );
}
