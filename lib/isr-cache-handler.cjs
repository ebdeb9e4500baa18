/**
 * Next's incremental (ISR) cache, minus one thing: a 404 is never written to
 * disk.
 *
 * Routes that render on demand (archive stories, tag pages, listing pages)
 * and route handlers with params (feeds, sitemap parts, social cards) cache
 * what they answer, and Next caches a 404 like any other result: files under
 * <distDir>/server/route-cache for every distinct URL (APP_PAGE for a page's
 * notFound(), APP_ROUTE for a handler's 404 response). A crawler or an
 * attacker requesting /ar/news/<random> or /og/en/<random>.png would grow the
 * disk without bound. Here a 404 of any kind lives only in Next's memory
 * cache, which is bounded (cacheMaxMemorySize); every other entry is stored
 * exactly as Next stores it.
 *
 * Plain CommonJS: Next requires this file at runtime (next.config.ts
 * `cacheHandler`), outside the app's bundles.
 */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

class PortalIsrCache extends FileSystemCache {
  set(key, data, ctx) {
    if (!data || data.status !== 404) return super.set(key, data, ctx);
    // FileSystemCache.set stores into memory, then checks `flushToDisk`
    // before its first await: lowering it for this synchronous stretch keeps
    // this entry in memory only, without touching concurrent writes.
    const flush = this.flushToDisk;
    this.flushToDisk = false;
    try {
      return super.set(key, data, ctx);
    } finally {
      this.flushToDisk = flush;
    }
  }
}

module.exports = PortalIsrCache;
