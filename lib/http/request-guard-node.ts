import diagnosticsChannel from 'node:diagnostics_channel';
import type http from 'node:http';
import { disallowedMethod, guardTarget } from './request-guard';

type Listener = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** Process-wide, so two copies of this module (Next bundles per layer) still guard each server once. */
const STATE = Symbol.for('portal.requestGuard');
type State = { servers: WeakSet<http.Server> };

/**
 * Applies the guard to one request before Next sees it: answers a method the
 * route does not take with a 405 (true: answered), and points a probe at its
 * locale's 404 page.
 */
function guardRequest(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const allow = req.url === undefined || req.method === undefined ? undefined : disallowedMethod(req.method, req.url);
  if (allow) {
    const body = 'Method Not Allowed';
    res
      .writeHead(405, {
        Allow: allow,
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      })
      .end(body);
    return true;
  }
  const target = req.url === undefined ? undefined : guardTarget(req.url);
  if (target) req.url = target;
  return false;
}

/**
 * Puts guardRequest in front of the request listeners of every HTTP server in
 * this process, next start's included, which exists before instrumentation
 * runs. Node announces each request on the `http.server.request.start`
 * channel just before emitting it, which is where a server is first seen.
 * Idempotent.
 */
export function installRequestGuard(): void {
  const global = globalThis as { [STATE]?: State };
  if (global[STATE]) return;
  const state: State = { servers: new WeakSet() };
  global[STATE] = state;
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { server } = message as { server: http.Server };
    if (state.servers.has(server)) return;
    state.servers.add(server);
    const listeners = server.listeners('request') as Listener[];
    server.removeAllListeners('request');
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      if (guardRequest(req, res)) return;
      for (const listener of listeners) listener.call(server, req, res);
    });
  });
}
