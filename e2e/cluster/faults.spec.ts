/**
 * Several instances behind nginx sharing one Redis (`npm run cluster`, from
 * this e2e build): each instance's /healthz; a page one instance renders is
 * served by the other from Redis; and under steady load through nginx (micro-
 * cache off) no request fails while the instances restart one by one, Redis
 * is paused for 10 s, a story is published through one instance (and read on
 * the other within 10 s, then taken down leaving no Redis key), and one
 * instance is killed. The phases are scripts/tools/cluster-faults.mjs, which
 * `npm run bench` also reports.
 */
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distDir } from '../../lib/config';

type Row = { phase: string; requests: number; failures: number; p50: number; p99: number; note?: string };
type Faults = {
  cluster(args: string[], env: Record<string, string>): Promise<string>;
  clusterStatus(
    env: Record<string, string>,
  ): Promise<{ url: string; instances: { url: string; pid: number }[]; redis: { port: number; pid: number }; nginx: { pid: number } }>;
  faultPhases(o: {
    env: Record<string, string>;
    contentDir: string;
    secret: string;
  }): Promise<{ rows: Row[]; publish: { visibleMs?: number; goneMs?: number; redisKeysLeft: string[] } }>;
};

const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const SECRET = 'e2e-cluster-secret-41c7';

test('several instances: shared cache, health, and no failed request through faults', async () => {
  test.setTimeout(300_000);
  const faults = (await import(path.resolve('scripts/tools/cluster-faults.mjs'))) as Faults;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cluster-'));
  const contentDir = path.join(work, 'content');
  fs.cpSync('content', contentDir, { recursive: true });
  // The instances serve their own copy of the e2e build: what they render from
  // the copied content (image versions follow its files' times) and publish
  // must not reach the build the other projects' server reads. Times are kept:
  // Next dates a prerendered page by its file's mtime. Files the cache is
  // still writing (renamed into place when complete) are left out.
  const dist = `${distDir()}-cluster`;
  fs.rmSync(dist, { recursive: true, force: true });
  const buildCache = path.join(distDir(), 'cache');
  fs.cpSync(distDir(), dist, {
    recursive: true,
    preserveTimestamps: true,
    filter: (src) => !src.startsWith(buildCache) && !src.endsWith('.tmp'),
  });
  const env = {
    CLUSTER_DIR: path.join(work, 'cluster'),
    CONTENT_DIR: contentDir,
    PUBLISH_SECRET: SECRET,
    NEXT_DIST_DIR: dist,
  };

  const url = await faults.cluster(['start', '--instances', '2', '--port', String(PORT), '--no-micro-cache'], env);
  expect(url).toBe(`http://127.0.0.1:${PORT}`);
  try {
    const s = await faults.clusterStatus(env);
    expect(s.instances).toHaveLength(2);
    expect(s.redis.port).toBe(PORT + 1);

    await test.step('/healthz on each instance', async () => {
      for (const i of s.instances) {
        const r = await fetch(`${i.url}/healthz`);
        expect(r.status).toBe(200);
        expect(r.headers.get('cache-control')).toBe('no-store');
        expect(r.headers.get('x-robots-tag')).toBe('noindex');
        const h = await r.json();
        expect(h).toMatchObject({
          status: 'ok',
          redis: 'up',
          buildId: fs.readFileSync(path.join(env.NEXT_DIST_DIR, 'BUILD_ID'), 'utf8').trim(),
        });
        expect(h.stories).toBeGreaterThan(0);
        // Built in the background after the start: "building" until then, "ready" for good.
        expect(['ready', 'building']).toContain(h.search);
        await expect.poll(async () => (await (await fetch(`${i.url}/healthz`)).json()).search, { timeout: 30_000 }).toBe('ready');
      }
    });

    await test.step("the browser search's index: both instances serve the same version and the same postings", async () => {
      const [a, b] = s.instances;
      if (!a || !b) throw new Error('two instances expected');
      for (const locale of ['ar', 'en']) {
        const va = (await (await fetch(`${a.url}/search-index/${locale}`)).json()).version;
        expect((await (await fetch(`${b.url}/search-index/${locale}`)).json()).version).toBe(va);
        const term = `/search-index/${locale}/${va}/terms?t=${locale === 'ar' ? encodeURIComponent('كازاخستان') : 'kazakhstan'}`;
        const pa = await (await fetch(a.url + term)).text();
        expect(pa.length).toBeGreaterThan(2);
        expect(await (await fetch(b.url + term)).text()).toBe(pa);
      }
    });

    await test.step('a card rendered by one instance is served by the other from Redis', async () => {
      const html = await (await fetch(`${s.url}/en`)).text();
      const id = /href="\/en\/news\/([^"?#]+)"/.exec(html)?.[1];
      const card = `/og/en/${id}.png`;
      const [a, b] = s.instances;
      if (!a || !b) throw new Error('two instances expected');
      const first = await fetch(`${a.url}${card}`);
      expect(first.status).toBe(200);
      expect(first.headers.get('x-nextjs-cache')).toBe('MISS');
      const second = await fetch(`${b.url}${card}`);
      expect(second.status).toBe(200);
      expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
      expect(Buffer.from(await second.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer()))).toBe(true);
    });

    const { rows, publish } = await faults.faultPhases({ env, contentDir, secret: SECRET });
    console.log(
      rows
        .map(
          (r) => `${r.phase}: ${r.requests} requests, ${r.failures} failed, p50 ${r.p50} ms, p99 ${r.p99} ms${r.note ? `; ${r.note}` : ''}`,
        )
        .join('\n'),
    );
    expect(rows.map((r) => r.phase)).toEqual([
      'rolling restart',
      'Redis paused (SIGSTOP) 10 s, then resumed',
      'publish through A, read on B',
      'kill -9 one instance',
    ]);
    for (const r of rows) {
      expect(r.requests, r.phase).toBeGreaterThan(100);
      expect(r.failures, r.phase).toBe(0);
    }
    expect(publish.visibleMs).toBeLessThanOrEqual(10_000);
    expect(publish.goneMs).toBeLessThanOrEqual(10_000);
    expect(publish.redisKeysLeft).toEqual([]);
  } catch (e) {
    // The instances', Redis's and nginx's own logs say why; the folder is removed below.
    for (const name of fs.readdirSync(env.CLUSTER_DIR).filter((f) => f.endsWith('.log'))) {
      const log = fs.readFileSync(path.join(env.CLUSTER_DIR, name), 'utf8');
      console.error(`--- ${name} (last 60 lines)\n${log.split('\n').slice(-60).join('\n')}`);
    }
    throw e;
  } finally {
    await faults.cluster(['stop'], env);
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(dist, { recursive: true, force: true });
  }
});
