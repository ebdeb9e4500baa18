'use client';

import { ErrorContent } from '@/components/errors/ErrorContent';

/** A page of this locale failed to render: the layout (header, footer) stays, this replaces the page. */
export default function LocaleError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorContent {...props} />;
}
