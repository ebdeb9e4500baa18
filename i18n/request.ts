import { getRequestConfig } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from './routing';
import { SITE_TIME_ZONE } from '@/lib/config';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: SITE_TIME_ZONE,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
