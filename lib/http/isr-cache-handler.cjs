/**
 * The incremental (ISR) cache, written against Next's public `cacheHandler`
 * interface (get, set, revalidateTag, resetRequestCache) for a site that is
 * published to while it runs:
 *
 * 1. A 404 is never written to disk. Routes that render on demand (archive
 *    stories, tag and listing pages) and route handlers with params (feeds,
 *    sitemap parts, social cards) cache what they answer, a 404 included. A
 *    crawler requesting /ar/news/<random> or /og/en/<random>.png would grow
 *    the disk without bound, so a 404 of any kind lives only in the bounded
 *    memory cache (cacheMaxMemorySize).
 * 2. Revalidations outlive a restart. They are written to
 *    <distDir>/server/portal-revalidated-tags.json and checked on every read,
 *    so a page cached before a publish (a prerendered one, say) is never
 *    served after it, restart or not.
 * 3. Revalidating one concrete path (revalidatePath('/ar/news/x')) deletes its
 *    copies on disk, the build's prerendered one and the runtime one, so a
 *    story taken down leaves nothing behind to be served or read.
 * 4. With REDIS_URL, several instances share one cache (lib/http/shared-cache.cjs):
 *    what is not in this instance's memory or disk is looked up in Redis,
 *    what it renders is stored there too (a 404 never is), and revalidations
 *    are recorded there. Without it, or while Redis is down, this cache is
 *    exactly the single-server one.
 * 5. Search result pages (/{locale}/search/<query>/<page>, what proxy.ts
 *    rewrites a query to) are kept in this instance's memory only: any
 *    reader can make new ones.
 *
 * Pages and routes are read from, and written to, the files the build
 * prerenders (`<path>.html|.rsc|.meta|.segments/`, `<path>.body|.meta`), so
 * a restart serves the build's copies and the ones rendered since alike.
 * README "Upgrading Next.js" names the tests that guard that layout.
 *
 * Plain CommonJS: Next requires this file at runtime (next.config.ts
 * `cacheHandler`), outside the app's bundles, and makes one per request;
 * the memory cache and revalidation times are kept per build directory.
 */
const fs = require('node:fs');
const path = require('node:path');
const { sharedCache } = require('./shared-cache.cjs');

const IMPLICIT = '_N_T_';
const TAGS_HEADER = 'x-next-cache-tags';
const ROUTE_CACHE = '/route-cache/';
const COPY_SUFFIXES = ['.html', '.rsc', '.meta', '.body', '.segments'];
// The page's own path, or the same path under the route cache (`/route-cache/<kind>/<scope>/$/<path>`).
const SEARCH_RESULTS = /(?:^|\/\$)\/[^/]+\/search\/.+\/\d+$/;
const DEFAULT_MEMORY = 50 * 2 ** 20;

/** serverDistDir → { memory, revalidated }: one per build this process serves. */
const stores = new Map();

class PortalIsrCache {
  constructor(ctx) {
    this.serverDir = ctx.serverDistDir;
    this.toDisk = Boolean(ctx.flushToDisk && ctx.serverDistDir);
    this.requestTags = ctx.revalidatedTags ?? [];
    this.tagsFile = ctx.serverDistDir && path.join(ctx.serverDistDir, 'portal-revalidated-tags.json');
    const id = ctx.serverDistDir ?? '';
    if (!stores.has(id)) stores.set(id, { memory: new Lru(ctx.maxMemoryCacheSize ?? DEFAULT_MEMORY), revalidated: this.readTags() });
    const store = stores.get(id);
    this.memory = store.memory;
    this.revalidated = store.revalidated;
    this.shared = sharedCache();
  }

  resetRequestCache() {}

  readTags() {
    try {
      return new Map(Object.entries(JSON.parse(fs.readFileSync(this.tagsFile, 'utf8'))));
    } catch {
      return new Map();
    }
  }

  async get(key, ctx = {}) {
    let data = this.memory.get(key);
    if (!data && this.serverDir && isResponse(ctx.kind)) {
      data = await this.readFiles(key, ctx);
      if (data) this.memory.set(key, data);
    }
    data = this.fresh(data, ctx);
    if (!data && this.shared) {
      // Rendered by another instance: kept in this one's memory from now on
      // (not on its disk, which the build's and its own renders fill).
      const remote = this.fresh(await this.shared.get(key, [...(ctx.softTags ?? []), ...(ctx.tags ?? [])]), ctx);
      if (remote) {
        this.memory.set(key, remote);
        data = remote;
      }
    }
    return data ?? null;
  }

  /** The entry, unless one of its tags was revalidated after it was stored. */
  fresh(data, ctx) {
    if (!data) return null;
    const header = data.value?.headers?.[TAGS_HEADER];
    const tags =
      typeof header === 'string' ? header.split(',') : data.value?.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
    for (const tag of tags) {
      if (data.value?.kind === 'FETCH' && this.requestTags.includes(tag)) return null;
      const at = this.revalidated.get(tag);
      if (at !== undefined && at > data.lastModified) return null;
    }
    return data;
  }

  async set(key, data, ctx = {}) {
    const entry = { value: data, lastModified: Date.now(), cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl };
    this.memory.set(key, entry);
    if (!data) return;
    // Readers' queries could fill the disk or Redis: their result pages live in memory only (5.).
    if (SEARCH_RESULTS.test(key)) return;
    // A 404 of any kind stays off disk (1.) and out of Redis (4.).
    if (data.status === 404) return;
    if (this.shared && data.kind !== 'IMAGE') this.shared.set(key, data, entryTags(data, ctx));
    if (this.toDisk && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE')) {
      try {
        await this.writeFiles(key, data, entry.cacheControl, ctx);
      } catch (e) {
        console.error(`cache: could not write ${key}: ${e.message}`);
      }
    }
  }

  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags;
    const now = Date.now();
    for (const tag of list) {
      this.revalidated.set(tag, now);
      const concrete = concretePath(tag);
      if (concrete && this.serverDir) this.deleteCopies(concrete);
    }
    this.writeTags();
    if (this.shared) await this.shared.revalidate(list);
  }

  /** Where a key's files are: the route cache under server/, anything else under server/app. */
  filePath(key) {
    const root = key.startsWith(ROUTE_CACHE) ? this.serverDir : path.join(this.serverDir, 'app');
    const file = path.join(root, key);
    if (!file.startsWith(root + path.sep)) throw new Error(`cache: key outside the cache: ${key}`);
    return file;
  }

  /**
   * A page or route from disk: the copy stored under its key, else (for a
   * route-cache key) the build's prerendered copy of that path, which names
   * the key it stands for in its metadata.
   */
  async readFiles(key, ctx) {
    try {
      return await this.readEntry(key, ctx);
    } catch {
      return null;
    }
  }

  async readEntry(key, ctx) {
    const route = ctx.kind === 'APP_ROUTE';
    const primary = route ? '.body' : '.html';
    let base = this.filePath(key);
    if (key.startsWith(ROUTE_CACHE) && !fs.existsSync(base + primary)) {
      const marker = key.indexOf('/$/');
      if (marker < 0) return null;
      const seed = path.join(this.serverDir, 'app', key.slice(marker + 2));
      const meta = await readJson(`${seed}.meta`);
      if (meta?.routeCache?.key !== key || meta.routeCache.isFallback !== Boolean(ctx.isFallback)) return null;
      base = seed;
    }
    const body = await fs.promises.readFile(base + primary, route ? undefined : 'utf8');
    const { mtimeMs } = await fs.promises.stat(base + primary);
    const meta = await readJson(`${base}.meta`);
    if (!meta) return null;
    const lastModified = meta.routeCacheLastModified ?? mtimeMs;
    if (route) {
      return {
        lastModified,
        value: { kind: 'APP_ROUTE', body, headers: meta.headers, status: meta.status },
        cacheControl: meta.cacheControl,
      };
    }
    let segmentData;
    if (meta.segmentPaths) {
      segmentData = new Map();
      await Promise.all(
        meta.segmentPaths.map(async (segment) => {
          // A segment that cannot be read is served as a dynamic one, without a prefetch.
          const data = await fs.promises.readFile(`${base}.segments${segment}.segment.rsc`).catch(() => undefined);
          if (data) segmentData.set(segment, data);
        }),
      );
    }
    const rscData =
      ctx.isFallback || (ctx.isRoutePPREnabled && meta.postponed != null) ? undefined : await fs.promises.readFile(`${base}.rsc`);
    return {
      lastModified,
      value: { kind: 'APP_PAGE', html: body, rscData, postponed: meta.postponed, headers: meta.headers, status: meta.status, segmentData },
      cacheControl: meta.cacheControl,
    };
  }

  /** The same layout the build writes; the primary file (.html or .body) last, as the mark of a complete entry. */
  async writeFiles(key, data, cacheControl, ctx) {
    const base = this.filePath(key);
    const meta = { headers: data.headers, status: data.status, postponed: undefined, segmentPaths: undefined, cacheControl };
    if (data.kind === 'APP_ROUTE') {
      await writeAtomic(`${base}.meta`, JSON.stringify(meta));
      await writeAtomic(`${base}.body`, data.body);
      return;
    }
    if (!ctx.isFallback && !ctx.isRoutePPREnabled && data.rscData) await writeAtomic(`${base}.rsc`, data.rscData);
    if (data.segmentData) {
      meta.segmentPaths = [...data.segmentData.keys()];
      for (const [segment, buffer] of data.segmentData) await writeAtomic(`${base}.segments${segment}.segment.rsc`, buffer);
    }
    meta.postponed = data.postponed;
    await writeAtomic(`${base}.meta`, JSON.stringify(meta));
    await writeAtomic(`${base}.html`, data.html);
  }

  /** Every file the build or the server stored for one path, and its entries in memory. */
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
    for (const key of [...this.memory.entries.keys()]) {
      if (key === pathname || key.endsWith(`/$${pathname}`)) this.memory.delete(key);
    }
  }

  writeTags() {
    if (!this.tagsFile) return;
    // A tag revalidated before the whole site was (revalidatePath('/', 'layout'))
    // can no longer expire anything: every entry it covered is older than that.
    const all = this.revalidated.get(`${IMPLICIT}/layout`);
    if (all !== undefined) for (const [tag, at] of this.revalidated) if (at < all) this.revalidated.delete(tag);
    const tmp = `${this.tagsFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.revalidated)));
      fs.renameSync(tmp, this.tagsFile);
    } catch (e) {
      console.error(`cache: could not record revalidated tags: ${e.message}`);
    }
  }
}

/** Entries kept in memory up to a total size, the least recently used dropped first. */
class Lru {
  constructor(maxBytes) {
    this.max = maxBytes;
    this.total = 0;
    this.entries = new Map();
  }

  get(key) {
    const item = this.entries.get(key);
    if (!item) return undefined;
    this.entries.delete(key);
    this.entries.set(key, item);
    return item.entry;
  }

  set(key, entry) {
    this.delete(key);
    const size = key.length + entrySize(entry.value);
    if (size > this.max) return;
    this.entries.set(key, { entry, size });
    this.total += size;
    for (const [oldest, item] of this.entries) {
      if (this.total <= this.max) break;
      this.entries.delete(oldest);
      this.total -= item.size;
    }
  }

  delete(key) {
    const item = this.entries.get(key);
    if (!item) return;
    this.entries.delete(key);
    this.total -= item.size;
  }
}

function entrySize(value) {
  if (!value) return 25;
  switch (value.kind) {
    case 'APP_PAGE': {
      let size = value.html.length + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0);
      for (const [segment, buffer] of value.segmentData ?? []) size += segment.length + buffer.length;
      return Math.max(1, size);
    }
    case 'APP_ROUTE':
      return value.body.length;
    case 'FETCH':
      return JSON.stringify(value.data ?? '').length;
    default:
      return JSON.stringify(value).length;
  }
}

function isResponse(kind) {
  return kind === 'APP_PAGE' || kind === 'APP_ROUTE';
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

async function readJson(file) {
  try {
    return JSON.parse(await fs.promises.readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Written beside, then renamed into place: a reader never sees half a file. */
async function writeAtomic(file, data) {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await fs.promises.writeFile(tmp, data);
  await fs.promises.rename(tmp, file);
}

function readDir(dir) {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

module.exports = PortalIsrCache;
