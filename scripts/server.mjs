#!/usr/bin/env node
/**
 * The production server: Next's custom-server API (`next()`), with the
 * request guard in front of Next's router.
 *
 *   node scripts/server.mjs [-p PORT] [-H HOST]
 *
 * PORT defaults to $PORT, else 3000; HOST to every interface. The guard
 * (lib/http/request-guard.ts) answers probes and unknown methods before Next
 * would: Next's router redirects dot-segment and backslash paths with a 308
 * and answers a method no route knows with a 500, before any app code runs.
 * instrumentation.ts hands the guard over once the app is loaded; a server
 * without it refuses to run.
 *
 * On SIGTERM or SIGINT it stops accepting connections, finishes the requests
 * in flight, closes the app and exits 0.
 */
import http from 'node:http';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const option = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const port = Number(option('-p') ?? process.env.PORT ?? 3000);
const host = option('-H');

// Before Next and React load: they pick their production builds by it.
process.env.NODE_ENV ??= 'production';
process.env.PORT = String(port);
const local = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
process.env.PORTAL_ORIGIN = `http://${local}:${port}`;

const { default: next } = await import('next');
const app = next({ dev: false, dir: ROOT, hostname: host ?? 'localhost', port });
const GUARD = Symbol.for('portal.requestGuard');

let handle;
let guard;
const server = http.createServer(async (req, res) => {
  if (!handle) await ready;
  if (guard(req, res)) return;
  await handle(req, res);
});
server.on('error', (e) => {
  console.error(`server: ${e.message}`);
  process.exit(1);
});
// Listening before the app loads, as `next start` does: loading it sends the
// warm-up request (instrumentation.ts), and early requests wait for it.
server.listen(port, host, () => console.log(`server: listening on ${process.env.PORTAL_ORIGIN}${host ? '' : ' (every interface)'}`));

const ready = app.prepare().then(() => {
  guard = globalThis[GUARD];
  if (typeof guard !== 'function') throw new Error('instrumentation.ts did not hand over the request guard');
  handle = app.getRequestHandler();
});
ready.catch((e) => {
  console.error(`server: could not start: ${e.stack ?? e}`);
  process.exit(1);
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  });
}
