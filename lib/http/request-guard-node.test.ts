import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { installRequestGuard } from './request-guard-node';

/** A server made before the guard is installed, as next start's is; it echoes what reached it. */
async function withServer(run: (port: number, seen: string[]) => Promise<void>): Promise<void> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.end('app');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  installRequestGuard();
  installRequestGuard();
  try {
    await run((server.address() as AddressInfo).port, seen);
  } finally {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
}

function request(port: number, method: string, path: string): Promise<{ status: number; allow?: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .request({ port, method, path, host: '127.0.0.1' }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
      })
      .on('error', reject)
      .end();
  });
}

test('a server created before the guard answers unknown methods with 405 itself, from its first request on', async () => {
  await withServer(async (port, seen) => {
    const trace = await request(port, 'TRACE', '/en');
    assert.deepEqual(trace, { status: 405, allow: 'GET, HEAD', body: 'Method Not Allowed' });
    const feed = await request(port, 'POST', '/en/feed.xml');
    assert.equal(feed.status, 405);
    assert.match(feed.allow ?? '', /GET/);
    assert.deepEqual(seen, [], 'a refused request never reaches the app');
  });
});

test('probes reach the app pointed at the locale 404 page, ordinary requests unchanged and once each', async () => {
  await withServer(async (port, seen) => {
    assert.equal((await request(port, 'GET', '/ru/news/%2e%2e/x')).body, 'app');
    assert.equal((await request(port, 'GET', '/en/news/tokayev-csto-2022?x=1')).body, 'app');
    assert.equal((await request(port, 'HEAD', '/ar')).status, 200);
    assert.deepEqual(seen, ['GET /ru/%5C', 'GET /en/news/tokayev-csto-2022?x=1', 'HEAD /ar']);
  });
});
