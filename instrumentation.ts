/**
 * Runs once when a server process starts (Next's instrumentation hook).
 *
 * 1. Installs lib/http/request-guard in front of Next's request handler: Next's
 *    router answers a backslash or a dot segment in the path with a 308
 *    before any proxy or route runs, so the only place to give such probes a
 *    404 instead is the Node HTTP server's `request` event. The guard
 *    rewrites their target to the localized 404 page and leaves every other
 *    request untouched.
 * 2. Loads the content index before the first request. Otherwise the first
 *    page that needs it (an archive story's first hit, or a background ISR
 *    regeneration) pays for loading it on the request path, and at 10,000
 *    stories that stalled every request in flight for up to a second and a
 *    half. Not during `next build`, whose workers load it when they need it.
 * 3. Once the server answers, asks it for one story, so the renderer is warm
 *    before the first reader's story is rendered on demand (lib/content/warm).
 *    `next start` has already bound its port and says where in
 *    __NEXT_PRIVATE_ORIGIN (PORT and loopback otherwise).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installRequestGuard } = await import('@/lib/http/request-guard-node');
  installRequestGuard();
  if (process.env.NEXT_PHASE !== 'phase-production-build' && process.env.NODE_ENV === 'production') {
    const { warmContentIndex, warmRenderer } = await import('@/lib/content/warm');
    warmContentIndex();
    const { warmSearch } = await import('@/lib/search/service');
    const t = performance.now();
    // In the background: the server answers meanwhile, and a search waits for its own locale only.
    warmSearch().then(
      (done) =>
        console.log(`search index: ${done.map((d) => `${d.locale} ${d.stories}`).join(', ')} in ${Math.round(performance.now() - t)} ms`),
      (e: unknown) => console.error('search index failed:', e),
    );
    const origin = process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`;
    warmRenderer(origin);
  }
}
