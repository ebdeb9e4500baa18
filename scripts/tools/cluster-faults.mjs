/**
 * Faults under steady load on `npm run cluster` (issue "Beyond one machine"):
 * autocannon, 20 connections over home, story and tag pages in the three
 * locales, through nginx with the micro-cache off, while
 *   1. the instances restart one at a time (`npm run cluster -- restart`);
 *   2. Redis is paused (SIGSTOP) for 10 s, then resumed;
 *   3. a story is published through instance A and read on instance B;
 *   4. one instance is killed with SIGKILL.
 * Each phase reports requests, failures, p50 and p99. Used by
 * e2e/cluster/faults.spec.ts (which asserts on them) and by `npm run bench`.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const LOCALES = ['ar', 'ru', 'en'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `npm run cluster -- <args>` with `env`; its stdout. */
export async function cluster(args, env) {
  const r = await run(process.execPath, [path.join(ROOT, 'scripts', 'cluster.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 180_000,
  });
  return r.stdout.trim();
}

export async function clusterStatus(env) {
  return JSON.parse(await cluster(['status'], env));
}

/** Home, one story and one tag page per locale, as linked from each home page. */
export async function loadPaths(base) {
  const paths = [];
  for (const l of LOCALES) {
    const html = await (await fetch(`${base}/${l}`)).text();
    const story = new RegExp(`href="(/${l}/news/[^"?#]+)"`).exec(html)?.[1];
    const tag = new RegExp(`href="(/${l}/tags/[^"?#/]+)"`).exec(html)?.[1];
    if (!story || !tag) throw new Error(`${base}/${l} links no story or no tag page`);
    paths.push(`/${l}`, story, tag);
  }
  return paths;
}

/**
 * Runs the load until `during()` has finished and `tail` ms more (or for
 * `ms` when there is no action); resolves to the phase's row.
 */
export function underLoad(name, base, paths, { during, ms = 10_000, tail = 2000, connections = 20 } = {}) {
  return new Promise((resolve, reject) => {
    let note;
    const inst = autocannon(
      { url: base, connections, duration: 600, timeout: 20, requests: paths.map((p) => ({ method: 'GET', path: p })) },
      (err, r) => {
        if (err) return reject(err);
        resolve({
          phase: name,
          requests: r.requests.total,
          failures: r.errors + r.non2xx,
          // Which kind, when any: connection errors and timeouts, or answers other than 2xx.
          ...(r.errors + r.non2xx > 0 ? { errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx } : {}),
          rps: Math.round(r.requests.total / (r.duration || 1)),
          p50: r.latency.p50,
          p99: r.latency.p99,
          ...(note ? { note } : {}),
        });
      },
    );
    (async () => {
      await sleep(1000);
      note = during ? await during() : undefined;
      await sleep(during ? tail : ms);
    })().then(
      () => inst.stop(),
      (e) => {
        inst.stop();
        reject(e);
      },
    );
  });
}

async function healthz(url) {
  try {
    return await (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })).json();
  } catch {
    return undefined;
  }
}

/** Until every instance's /healthz satisfies `ok`, polled every `everyMs`; `what` names the wait in the error. */
async function untilEveryInstance(instances, ok, what, timeoutMs, everyMs = 200) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const all = await Promise.all(instances.map((i) => healthz(i.url)));
    if (all.every((h) => h && ok(h))) return;
    await sleep(everyMs);
  }
  throw new Error(`an instance did not ${what} within ${timeoutMs / 1000} s`);
}

/**
 * Publishes a new story through instance A (`npm run publish`, PUBLISH_URL
 * = A) and returns how long until instance B serves it and lists it on its
 * home page; then takes it down through B and checks A answers 404 and no
 * key for it is left in Redis.
 */
export async function publishAcross({ a, b, contentDir, secret, redisPort }) {
  const id = `cluster-probe-${Date.now().toString(36)}`;
  const mark = `Cluster probe ${id}`;
  const enHome = await (await fetch(`${a.url}/en`)).text();
  const tag = /href="\/en\/tags\/([^"?#/]+)"/.exec(enHome)?.[1];
  const dir = path.join(contentDir, 'articles', id);
  const publish = async (url) => {
    await run(process.execPath, [path.join(ROOT, 'scripts', 'publish.mjs')], {
      cwd: ROOT,
      env: { ...process.env, PUBLISH_URL: url, PUBLISH_SECRET: secret },
    });
  };
  fs.mkdirSync(dir, { recursive: true });
  try {
    fs.writeFileSync(
      path.join(dir, 'en.md'),
      `---\ntitle: "${mark}"\nsummary: "A story published by the cluster test."\ndate: "${new Date().toISOString()}"\ntags:\n  - ${tag}\n---\n\nPublished through one instance, read on another.\n`,
    );
    const t = Date.now();
    await publish(a.url);
    let visibleMs;
    while (Date.now() - t < 30_000) {
      const story = await fetch(`${b.url}/en/news/${id}`);
      const home = await (await fetch(`${b.url}/en`)).text();
      if (story.status === 200 && home.includes(mark)) {
        visibleMs = Date.now() - t;
        break;
      }
      await sleep(100);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    const t2 = Date.now();
    await publish(b.url);
    let goneMs;
    while (Date.now() - t2 < 30_000) {
      if ((await fetch(`${a.url}/en/news/${id}`)).status === 404 && !(await (await fetch(`${a.url}/en`)).text()).includes(mark)) {
        goneMs = Date.now() - t2;
        break;
      }
      await sleep(100);
    }
    const keys = (await run('redis-cli', ['-p', String(redisPort), '--scan', '--pattern', `*${id}*`])).stdout.trim();
    return { id, visibleMs, goneMs, redisKeysLeft: keys ? keys.split('\n') : [] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The four fault phases on a running cluster of at least two instances
 * (started by the caller with --no-micro-cache). Leaves one instance killed.
 */
export async function faultPhases({ env, contentDir, secret }) {
  const s = await clusterStatus(env);
  if (s.instances.length < 2) throw new Error('fault phases need at least two instances');
  const paths = await loadPaths(s.url);
  const rows = [];

  rows.push(await underLoad('rolling restart', s.url, paths, { during: async () => void (await cluster(['restart'], env)) }));

  const after = await clusterStatus(env);
  rows.push(
    await underLoad('Redis paused (SIGSTOP) 10 s, then resumed', s.url, paths, {
      during: async () => {
        process.kill(after.redis.pid, 'SIGSTOP');
        try {
          await sleep(10_000);
        } finally {
          process.kill(after.redis.pid, 'SIGCONT');
        }
        await untilEveryInstance(after.instances, (h) => h.redis === 'up', 'report Redis up again', 20_000);
      },
    }),
  );

  let publish;
  rows.push(
    await underLoad('publish through A, read on B', s.url, paths, {
      during: async () => {
        publish = await publishAcross({ a: after.instances[0], b: after.instances[1], contentDir, secret, redisPort: after.redis.port });
        return `on B after ${publish.visibleMs ?? '>30000'} ms; taken down through B, gone on A after ${publish.goneMs ?? '>30000'} ms, ${publish.redisKeysLeft.length} Redis keys left`;
      },
    }),
  );

  rows.push(
    await underLoad('kill -9 one instance', s.url, paths, {
      during: async () => {
        process.kill(after.instances[0].pid, 'SIGKILL');
        await sleep(8000);
      },
    }),
  );
  return { rows, publish };
}

/** Requests per second through nginx (micro-cache off) for a cluster of `n` instances. */
export async function throughput({ env, n, port }) {
  await cluster(['start', '--instances', String(n), '--port', String(port), '--no-micro-cache'], env);
  try {
    const s = await clusterStatus(env);
    // Throughput is measured on warm instances, their search indexes built.
    await untilEveryInstance(s.instances, (h) => h.search === 'ready', 'build its search index', 300_000, 500);
    const paths = await loadPaths(s.url);
    await underLoad('warm-up', s.url, paths, { ms: 2000 });
    return { ...(await underLoad(`${n} instance${n > 1 ? 's' : ''}, micro-cache off`, s.url, paths, { ms: 10_000 })), instances: n };
  } finally {
    await cluster(['stop'], env);
  }
}
