import { notFound } from 'next/navigation';

/**
 * Rendered on demand like an ISR page, not dynamically: only a prerender
 * makes the notFound() below the status of the response (see NotFoundPage).
 */
export function generateStaticParams() {
  return [];
}

// Any unknown path under a locale: the 404 status (the page is ./layout.tsx's).
export default function CatchAll() {
  notFound();
}
