import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardRequest, offerRequestGuard } from './request-guard-node';

test('the guard handed to scripts/server.mjs answers a wrong method itself and points a probe at the 404 page', async () => {
  offerRequestGuard();
  const guard = (globalThis as Record<symbol, unknown>)[Symbol.for('portal.requestGuard')];
  assert.equal(guard, guardRequest, 'left where the server looks for it');

  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    if (guardRequest(req, res)) return;
    seen.push(req.url!);
    res.end('next');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const send = (method: string, path: string) =>
    new Promise<{ status: number; allow?: string; body: string }>((resolve, reject) => {
      http
        .request({ port, host: '127.0.0.1', method, path }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode!, allow: res.headers.allow, body }));
        })
        .on('error', reject)
        .end();
    });
  try {
    assert.deepEqual(await send('DELETE', '/en/feed.xml'), { status: 405, allow: 'GET, HEAD', body: 'Method Not Allowed' });
    assert.deepEqual(await send('PROPFIND', '/ar'), { status: 405, allow: 'GET, HEAD', body: 'Method Not Allowed' });
    assert.equal((await send('GET', '/ru/news/%2e%2e/x')).body, 'next');
    assert.equal((await send('GET', '/en/news/x?q=../..')).body, 'next');
    assert.deepEqual(seen, ['/ru/%5C', '/en/news/x?q=../..']);
  } finally {
    server.close();
  }
});
