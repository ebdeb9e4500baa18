/**
 * Where the running server can reach itself: the warm-up request after a
 * start, and an instance following another's publish. scripts/server.mjs sets
 * PORTAL_ORIGIN from the address it listens on. CommonJS so that the cache
 * handler (plain Node) and the app (through lib/config.ts) read it here.
 */
function serverOrigin() {
  return process.env.PORTAL_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`;
}

module.exports = { serverOrigin };
