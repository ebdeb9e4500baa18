/** The plain-text 404 of the routes that serve files and feeds (a page's 404 is app/[locale]/not-found). */
export function notFoundText(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
