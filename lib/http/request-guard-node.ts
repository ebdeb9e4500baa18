import type http from 'node:http';
import { disallowedMethod, guardTarget } from './request-guard';

/** Where instrumentation.ts leaves the guard for scripts/server.mjs. */
const GUARD = Symbol.for('portal.requestGuard');

/**
 * Applies the guard to one request before Next sees it: answers a method the
 * route does not take with a 405 (true: answered), and points a probe at its
 * locale's 404 page.
 */
export function guardRequest(req: http.IncomingMessage, res: http.ServerResponse): boolean {
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

/** Hands guardRequest to the server that loaded this app (scripts/server.mjs). */
export function offerRequestGuard(): void {
  (globalThis as { [GUARD]?: typeof guardRequest })[GUARD] = guardRequest;
}
