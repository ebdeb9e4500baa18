import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getAccess } from '@/lib/editorial/preview';
import { notFoundLayout } from '@/components/layout/NotFoundPage';

// A 404 page, except to editors in preview (see NotFoundPage).
const segment = notFoundLayout(async ({ locale }: { locale: string }) =>
  hasLocale(routing.locales, locale) && !(await getAccess()).preview ? locale : undefined,
);
export default segment.Layout;
export const generateMetadata = segment.generateMetadata;
