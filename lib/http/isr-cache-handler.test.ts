import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, test } from 'node:test';

const require = createRequire(import.meta.url);
const HANDLER = require.resolve('./isr-cache-handler.cjs');

type Entry = { lastModified: number; value: Record<string, unknown> | null } | null;
type Handler = {
  get(key: string, ctx: Record<string, unknown>): Promise<Entry>;
  set(key: string, data: Record<string, unknown> | null, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

/** A handler as a fresh server process would make it: nothing in memory. */
function restart(serverDistDir: string): Handler {
  delete require.cache[HANDLER];
  const Cache = require(HANDLER) as new (ctx: Record<string, unknown>) => Handler;
  return new Cache({ serverDistDir, flushToDisk: true, maxMemoryCacheSize: 2 ** 20 });
}

const PAGE = { kind: 'APP_PAGE' } as const;
const STORY = '/ar/news/x';
const SCOPE = '/route-cache/APP_PAGE/abc/$';
const KEY = `${SCOPE}${STORY}`;

function page(text: string, status = 200) {
  return {
    kind: 'APP_PAGE',
    html: `<p>${text}</p>`,
    rscData: Buffer.from(`rsc ${text}`),
    segmentData: new Map([['/_tree', Buffer.from(`tree ${text}`)]]),
    headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_${STORY}` },
    status,
  };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isr-cache-'));
});

describe('isr cache handler', () => {
  test('a rendered page is written in the build layout and served after a restart', async () => {
    await restart(dir).set(KEY, page('one'), { cacheControl: { revalidate: false } });
    for (const suffix of ['.html', '.rsc', '.meta', '.segments/_tree.segment.rsc']) {
      assert.ok(fs.existsSync(path.join(dir, KEY + suffix)), suffix);
    }
    const got = await restart(dir).get(KEY, PAGE);
    assert.equal(got?.value?.html, '<p>one</p>');
    assert.equal(String(got?.value?.rscData), 'rsc one');
    assert.equal(String((got?.value?.segmentData as Map<string, Buffer>).get('/_tree')), 'tree one');
    assert.equal(got?.value?.status, 200);
  });

  test("the build's prerendered copy stands for the route-cache key its metadata names, and no other", async () => {
    const seed = path.join(dir, 'app', STORY);
    fs.mkdirSync(path.dirname(seed), { recursive: true });
    fs.writeFileSync(`${seed}.html`, '<p>built</p>');
    fs.writeFileSync(`${seed}.rsc`, 'rsc built');
    fs.writeFileSync(`${seed}.meta`, JSON.stringify({ headers: {}, status: 200, routeCache: { key: KEY, isFallback: false } }));
    const cache = restart(dir);
    assert.equal((await cache.get(KEY, PAGE))?.value?.html, '<p>built</p>');
    assert.equal(await cache.get(`/route-cache/APP_PAGE/other/$${STORY}`, PAGE), null);
  });

  test('a 404 and a search results page stay in memory, never on disk', async () => {
    const cache = restart(dir);
    await cache.set(KEY, page('gone', 404), {});
    const search = `${SCOPE}/ar/search/كازاخستان/1`;
    await cache.set(search, page('results'), {});
    assert.equal((await cache.get(KEY, PAGE))?.value?.status, 404);
    assert.equal((await cache.get(search, PAGE))?.value?.html, '<p>results</p>');
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  test("revalidating a story's path deletes its copies and outlives a restart", async () => {
    const seed = path.join(dir, 'app', STORY);
    fs.mkdirSync(path.dirname(seed), { recursive: true });
    fs.writeFileSync(`${seed}.html`, '<p>built</p>');
    fs.writeFileSync(`${seed}.meta`, JSON.stringify({ headers: page('').headers, status: 200 }));
    const cache = restart(dir);
    await cache.set(KEY, page('rendered'), {});
    assert.ok(await cache.get(KEY, PAGE));
    await cache.revalidateTag([`_N_T_${STORY}`]);
    assert.equal(await cache.get(KEY, PAGE), null);
    assert.equal(fs.existsSync(`${seed}.html`), false);
    assert.equal(fs.existsSync(path.join(dir, `${KEY}.html`)), false);

    // A copy that escaped deletion (written by another process, say) is still not served after a restart.
    fs.mkdirSync(path.dirname(seed), { recursive: true });
    fs.writeFileSync(`${seed}.html`, '<p>built</p>');
    fs.writeFileSync(`${seed}.meta`, JSON.stringify({ headers: page('').headers, status: 200 }));
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(`${seed}.html`, old, old);
    assert.equal(await restart(dir).get(STORY, PAGE), null);
  });

  test('a revalidated tag expires entries in memory that carry it, and only those', async () => {
    const cache = restart(dir);
    await cache.set('/ru/tags/a', { ...page('a'), headers: { 'x-next-cache-tags': '_N_T_/ru/tags/a' } }, {});
    await cache.set('/ru/tags/b', { ...page('b'), headers: { 'x-next-cache-tags': '_N_T_/ru/tags/b' } }, {});
    await new Promise((r) => setTimeout(r, 2));
    await cache.revalidateTag('_N_T_/ru/tags/a');
    assert.equal(await cache.get('/ru/tags/a', PAGE), null);
    assert.equal((await cache.get('/ru/tags/b', PAGE))?.value?.html, '<p>b</p>');
  });

  test('a key cannot reach outside the build directory', async () => {
    const cache = restart(dir);
    await cache.set('/../../escape', page('x'), {});
    assert.equal(fs.existsSync(path.join(dir, '..', '..', 'escape.html')), false);
    assert.equal(await restart(dir).get('/../../escape', PAGE), null);
  });
});
