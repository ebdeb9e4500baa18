import http from 'node:http';
import { disallowedMethod, guardTarget } from './request-guard';

const INSTALLED = Symbol.for('portal.requestGuard');

/**
 * Wraps `http.Server.prototype.emit` so that every server in this process
 * (next start's included, created before instrumentation runs) passes each
 * request through disallowedMethod (answering 405 itself) and guardTarget
 * first. Idempotent.
 */
export function installRequestGuard(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage;
      const allow = req.url === undefined || req.method === undefined ? undefined : disallowedMethod(req.method, req.url);
      if (allow) {
        const body = 'Method Not Allowed';
        (args[1] as http.ServerResponse)
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
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
