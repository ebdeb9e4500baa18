import { getLocale } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { PageFrame } from '@/components/layout/PageFrame';
import { NotFoundContent } from '@/components/story/NotFoundContent';
import * as urls from '@/lib/urls';

export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return (
    <PageFrame locale={locale} section="other" alternates={urls.inLocales(routing.locales, (l) => urls.home(l))}>
      <NotFoundContent locale={locale} />
    </PageFrame>
  );
}
