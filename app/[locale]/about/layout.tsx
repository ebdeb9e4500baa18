import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getPage } from '@/lib/content';
import { notFoundLayout } from '@/components/layout/NotFoundPage';

// A 404 page in a locale the about page has no text in (see NotFoundPage).
const segment = notFoundLayout(({ locale }: { locale: string }) =>
  hasLocale(routing.locales, locale) && !getPage('about', locale) ? locale : undefined,
);
export default segment.Layout;
export const generateMetadata = segment.generateMetadata;
