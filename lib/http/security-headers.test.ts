import { test } from 'node:test';
import assert from 'node:assert/strict';
import { securityHeaders } from './security-headers';

const get = (h: { key: string; value: string }[], k: string) => h.find((x) => x.key === k)?.value;

test('HSTS and upgrade-insecure-requests only when SITE_URL is https', () => {
  const https = securityHeaders('https://news.example');
  assert.match(get(https, 'Strict-Transport-Security')!, /max-age=\d{8}/);
  assert.match(get(https, 'Content-Security-Policy')!, /upgrade-insecure-requests/);
  const http = securityHeaders('http://localhost:3000');
  assert.equal(get(http, 'Strict-Transport-Security'), undefined);
  assert.doesNotMatch(get(http, 'Content-Security-Policy')!, /upgrade-insecure-requests/);
});

test("script-src allows neither eval ('unsafe-eval') nor WebAssembly ('wasm-unsafe-eval'): search runs on the server", () => {
  const csp = get(securityHeaders('https://news.example'), 'Content-Security-Policy')!;
  const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
  assert.deepEqual(scriptSrc.split(' ').slice(1).sort(), ["'self'", "'unsafe-inline'"]);
  assert.doesNotMatch(csp, /'unsafe-eval'|'wasm-unsafe-eval'/);
});
