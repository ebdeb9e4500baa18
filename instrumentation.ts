/**
 * Once per server process: the request guard (lib/http/request-guard-node.ts),
 * then, in production, the heap's growth (lib/http/heap.ts), and the content
 * and search indexes and one render in the background, so the first readers
 * do not pay for loading them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installRequestGuard } = await import('@/lib/http/request-guard-node');
  installRequestGuard();
  if (process.env.NEXT_PHASE !== 'phase-production-build' && process.env.NODE_ENV === 'production') {
    const { limitHeapGrowth } = await import('@/lib/http/heap');
    limitHeapGrowth();
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
    // `next start` has bound its port by now and says where (README "Upgrading Next.js").
    const origin = process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`;
    warmRenderer(origin);
  }
}
