/**
 * Next's incremental (ISR) cache, with three changes for a site that is
 * published to while it runs:
 *
 * 1. A 404 is never written to disk. Routes that render on demand (archive
 *    stories, tag and listing pages) and route handlers with params (feeds,
 *    sitemap parts, social cards) cache what they answer, a 404 included:
 *    files under <distDir>/server/route-cache for every distinct URL. A
 *    crawler requesting /ar/news/<random> or /og/en/<random>.png would grow
 *    the disk without bound. A 404 of any kind lives only in Next's bounded
 *    memory cache (cacheMaxMemorySize).
 * 2. Revalidations outlive a restart. Next keeps revalidated tags in memory
 *    only, so after a publish and a restart a page cached before the publish
 *    (a prerendered one, say) would be served again. They are also written to
 *    <distDir>/server/portal-revalidated-tags.json and checked on every read.
 * 3. Revalidating one concrete path (revalidatePath('/ar/news/x')) deletes its
 *    copies on disk, the build's prerendered one and the runtime one, so a
 *    story taken down leaves nothing behind to be served or read.
 *
 * 4. With REDIS_URL, several instances share one cache (lib/http/shared-cache.cjs):
 *    what is not in this instance's memory or disk is looked up in Redis,
 *    what it renders is stored there too (a 404 never is), and revalidations
 *    are recorded there. Without it, or while Redis is down, this cache is
 *    exactly the single-server one.
 * 5. Search result pages (/{locale}/search/<query>/<page>, what proxy.ts
 *    rewrites a query to) are kept in this instance's memory only: any
 *    reader can make new ones.
 *
 * Plain CommonJS: Next requires this file at runtime (next.config.ts
 * `cacheHandler`), outside the app's bundles. It extends Next's own cache
 * class and knows its disk layout: README "Upgrading Next.js" names the
 * tests that guard both.
 */
const fs = require('node:fs');
const path = require('node:path');
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const { sharedCache } = require('./shared-cache.cjs');

const IMPLICIT = '_N_T_';
const TAGS_HEADER = 'x-next-cache-tags';
const COPY_SUFFIXES = ['.html', '.rsc', '.meta', '.body', '.segments'];
// The page's own path, or the same path under Next's route cache (`/route-cache/<kind>/<scope>/$/<path>`).
const SEARCH_RESULTS = /(?:^|\/\$)\/[^/]+\/search\/.+\/\d+$/;

/** tag → when it was revalidated (ms), shared by every instance of the class in this process. */
let revalidated;

class PortalIsrCache extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    this.serverDir = ctx.serverDistDir;
    this.tagsFile = ctx.serverDistDir && path.join(ctx.serverDistDir, 'portal-revalidated-tags.json');
    if (!revalidated) revalidated = this.readTags();
    this.shared = sharedCache();
  }

  readTags() {
    try {
      return new Map(Object.entries(JSON.parse(fs.readFileSync(this.tagsFile, 'utf8'))));
    } catch {
      return new Map();
    }
  }

  async get(key, ctx) {
    let data = this.fresh(await super.get(key, ctx));
    if (!data && this.shared) {
      // Rendered by another instance: kept in this one's memory from now on
      // (not on its disk, which the build's and its own renders fill).
      const remote = this.fresh(await this.shared.get(key, [...(ctx?.softTags ?? []), ...(ctx?.tags ?? [])]));
      if (remote) {
        this.setLocal(key, remote.value, ctx, false);
        data = remote;
      }
    }
    return data;
  }

  /** The entry, unless one of its tags was revalidated after it was stored. */
  fresh(data) {
    const tags = data?.value?.headers?.[TAGS_HEADER];
    if (typeof tags === 'string' && revalidated.size > 0) {
      for (const tag of tags.split(',')) {
        const at = revalidated.get(tag);
        if (at !== undefined && at > data.lastModified) return null;
      }
    }
    return data;
  }

  set(key, data, ctx) {
    // Readers' queries could fill the disk or Redis: their result pages live in memory only (5.).
    if (SEARCH_RESULTS.test(key)) return this.setLocal(key, data, ctx, false);
    // A 404 of any kind stays off disk (1.) and out of Redis (4.).
    const notFound = !!data && data.status === 404;
    if (this.shared && data && !notFound && data.kind !== 'IMAGE') this.shared.set(key, data, entryTags(data, ctx));
    return this.setLocal(key, data, ctx, !notFound);
  }

  setLocal(key, data, ctx, toDisk) {
    if (toDisk) return super.set(key, data, ctx);
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

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === 'string' ? [tags] : tags;
    const now = Date.now();
    for (const tag of list) {
      revalidated.set(tag, now);
      const concrete = concretePath(tag);
      if (concrete && this.serverDir) this.deleteCopies(concrete);
    }
    this.writeTags();
    if (this.shared) await this.shared.revalidate(list);
  }

  /** Every file the build or the server stored for one path. */
  deleteCopies(pathname) {
    const roots = [path.join(this.serverDir, 'app')];
    const routeCache = path.join(this.serverDir, 'route-cache');
    for (const kind of readDir(routeCache)) {
      for (const scope of readDir(path.join(routeCache, kind))) roots.push(path.join(routeCache, kind, scope, '$'));
    }
    for (const root of roots) {
      const base = path.join(root, pathname);
      if (!base.startsWith(root + path.sep)) continue;
      for (const suffix of COPY_SUFFIXES) fs.rmSync(base + suffix, { recursive: true, force: true });
    }
  }

  writeTags() {
    if (!this.tagsFile) return;
    // A tag revalidated before the whole site was (revalidatePath('/', 'layout'))
    // can no longer expire anything: every entry it covered is older than that.
    const all = revalidated.get(`${IMPLICIT}/layout`);
    if (all !== undefined) for (const [tag, at] of revalidated) if (at < all) revalidated.delete(tag);
    const tmp = `${this.tagsFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, JSON.stringify(Object.fromEntries(revalidated)));
      fs.renameSync(tmp, this.tagsFile);
    } catch (e) {
      console.error(`cache: could not record revalidated tags: ${e.message}`);
    }
  }
}

/** The tags an entry is revalidated by: a page's or route's own, or a fetch's. */
function entryTags(data, ctx) {
  const header = data?.headers?.[TAGS_HEADER];
  if (typeof header === 'string') return header.split(',');
  return Array.isArray(ctx?.tags) ? ctx.tags : [];
}

/** `/ar/news/x` for the implicit tag of that path; nothing for route patterns (`/[locale]/layout`). */
function concretePath(tag) {
  if (!tag.startsWith(`${IMPLICIT}/`)) return undefined;
  const p = tag.slice(IMPLICIT.length);
  if (p.includes('[') || /\/(layout|page|route)$/.test(p) || p.includes('..') || p.includes('\\')) return undefined;
  return p;
}

function readDir(dir) {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

module.exports = PortalIsrCache;
