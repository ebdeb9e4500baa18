/**
 * The renderer warm-up (lib/content/warm.ts, run by instrumentation.ts when a
 * server starts), against a stand-in server that records what it is asked:
 * the oldest published story of the default locale first, and a story that
 * does not exist only when the first answer came from the cache.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

process.env.CONTENT_DIR = path.join(__dirname, '__fixtures__', 'valid');
process.env.NOW = '2025-01-01T00:00:00Z';
Reflect.deleteProperty(process.env, 'NODE_ENV');
delete process.env.NEXT_PHASE;

type Warm = typeof import('./warm');
type Api = typeof import('./index');
let warm: Warm;
let api: Api;
let cache = 'MISS';
const asked: { path: string; agent?: string; connection?: string }[] = [];
const server = http.createServer((req, res) => {
  asked.push({ path: req.url!, agent: req.headers['user-agent'], connection: req.headers.connection });
  res.setHeader('x-nextjs-cache', req.url!.endsWith('/warm-up-probe') ? 'MISS' : cache);
  res.statusCode = req.url!.endsWith('/warm-up-probe') ? 404 : 200;
  res.end('ok');
});
let origin = '';

before(async () => {
  warm = await import('./warm');
  api = await import('./index');
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  delete process.env.NOW;
});

/** Runs the warm-up and waits for its log line. */
async function run(): Promise<string> {
  asked.length = 0;
  const log = console.log;
  try {
    return await new Promise<string>((resolve) => {
      console.log = (line: string) => resolve(line);
      warm.warmRenderer(origin);
    });
  } finally {
    console.log = log;
  }
}

test('a fresh build: the oldest story is rendered, and that is all', async () => {
  cache = 'MISS';
  const all = api.getAllStories('ar');
  const oldest = all[all.length - 1]!;
  const line = await run();
  assert.deepEqual(asked.map((a) => a.path), [`/ar/news/${oldest.id}`]);
  assert.equal(asked[0]!.agent, 'portal-warm-up');
  // No keep-alive socket from the server to itself: it would delay a SIGTERM right after start.
  assert.equal(asked[0]!.connection, 'close');
  assert.match(line, /^warm-up: \/ar\/news\/\S+ 200 in \d+ ms$/);
});

test('the oldest story was cached already: a missing story is rendered instead', async () => {
  cache = 'HIT';
  const line = await run();
  assert.equal(asked.length, 2);
  assert.equal(asked[1]!.path, '/ar/news/warm-up-probe');
  assert.deepEqual(asked.map((a) => a.connection), ['close', 'close']);
  assert.match(line, /\(cached\), \/ar\/news\/warm-up-probe 404 in \d+ ms$/);
});

test('a server that does not answer is logged, never thrown', async () => {
  const warn = console.warn;
  try {
    const line = await new Promise<string>((resolve) => {
      console.warn = (l: string) => resolve(l);
      warm.warmRenderer('http://127.0.0.1:1');
    });
    assert.match(line, /^warm-up failed: /);
  } finally {
    console.warn = warn;
  }
});
