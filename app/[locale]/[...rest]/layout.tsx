import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { notFoundLayout } from '@/components/layout/NotFoundPage';

// Any unknown path under a locale: that locale's 404 page (see NotFoundPage).
const segment = notFoundLayout(({ locale }: { locale: string }) => (hasLocale(routing.locales, locale) ? locale : undefined));
export default segment.Layout;
export const generateMetadata = segment.generateMetadata;
