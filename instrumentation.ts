/**
 * Once per server process: hands the request guard to scripts/server.mjs
 * (lib/http/request-guard-node.ts), then, in production, loads the content
 * and search indexes and sends one render in the background, so the first
 * readers do not pay for loading them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { offerRequestGuard } = await import('@/lib/http/request-guard-node');
  offerRequestGuard();
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
    // scripts/server.mjs listens before it loads the app.
    const { serverOrigin } = await import('@/lib/config');
    warmRenderer(serverOrigin());
  }
}
