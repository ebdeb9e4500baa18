/**
 * The cache and publishes shared by several instances through one Redis
 * (REDIS_URL), used by lib/http/isr-cache-handler.cjs. Without REDIS_URL nothing
 * here runs and each instance is on its own, as a single server is.
 *
 * - Pages and feeds an instance renders are also stored in Redis, through
 *   @fortedigital/nextjs-cache-handler's redis-strings handler (entries,
 *   their tags, revalidation times), so another instance serves them without
 *   rendering them again.
 * - A publish on one instance is announced on a Redis channel; every other
 *   instance then publishes locally (POST /api/publish?peer=1 to itself):
 *   each re-reads CONTENT_DIR into its own content and search indexes and
 *   revalidates its own memory and disk copies, which Redis cannot reach.
 * - Redis is never waited for long: a command that fails or takes longer
 *   than REDIS_TIMEOUT_MS marks it down (logged once), and until a probe
 *   answers again every instance serves from its own memory and disk, as a
 *   single server does. When it is back, each instance publishes locally
 *   once (an incremental re-read of the content files, which are the source
 *   of truth) and replays the revalidations Redis missed.
 *
 * One state per process on globalThis: Next creates a cache handler per
 * request, and the app's bundled code (app/healthz, lib/editorial/publish)
 * reads the state through lib/http/cluster.ts.
 */
const crypto = require('node:crypto');
const http = require('node:http');

const KEY = Symbol.for('portal.sharedCache');
const CHANNEL = 'portal:publish';
const PROBE_MS = 1000;

function sharedCache() {
  if (!process.env.REDIS_URL) return undefined;
  globalThis[KEY] ??= create(process.env.REDIS_URL);
  return globalThis[KEY];
}

function create(url) {
  // Loaded only with REDIS_URL: a single server runs none of this.
  const { createClient } = require('@redis/client');
  const createRedisHandler = require('@fortedigital/nextjs-cache-handler/redis-strings').default;
  const timeoutMs = Number(process.env.REDIS_TIMEOUT_MS) || 1000;
  const me = crypto.randomUUID();
  // No offline queue: while disconnected a command fails at once instead of waiting.
  const options = { url, disableOfflineQueue: true, socket: { connectTimeout: 1000, reconnectStrategy: () => PROBE_MS } };
  const client = createClient(options);
  const subscriber = createClient(options);
  const prefix = process.env.REDIS_KEY_PREFIX ?? 'portal:';
  const store = createRedisHandler({ client, keyPrefix: prefix, timeoutMs });

  const state = {
    up: false,
    /** Logged as down since the last time it was up: a resync is due when it returns. */
    wasDown: false,
    probing: undefined,
    /** Tags revalidated while Redis was down, replayed when it is back. */
    missed: new Set(),

    async get(key, implicitTags) {
      if (!state.up) return null;
      try {
        return await withTimeout(store.get(key, { implicitTags }), timeoutMs);
      } catch (e) {
        down(e);
        return null;
      }
    },

    /** Not awaited by the caller: a slow Redis never delays a response. */
    set(key, value, tags) {
      if (!state.up) return;
      withTimeout(store.set(key, { value, lastModified: Date.now(), tags, lifespan: null }), timeoutMs).catch(down);
    },

    async revalidate(tags) {
      for (const tag of tags) state.missed.add(tag);
      if (!state.up) return;
      try {
        for (const tag of [...state.missed]) {
          await withTimeout(store.revalidateTag(tag), timeoutMs * 4);
          state.missed.delete(tag);
        }
      } catch (e) {
        down(e);
      }
    },

    /** An announcement that did not reach Redis, sent again when it is back. */
    unannounced: false,

    /** Tells the other instances that this one has published. */
    announce() {
      state.unannounced = true;
      if (!state.up) return;
      withTimeout(client.publish(CHANNEL, me), timeoutMs).then(() => (state.unannounced = false), down);
    },
  };

  function down(e) {
    if (!state.wasDown) console.error(`redis: down (${e?.message ?? e}); serving from this instance's own cache until it is back`);
    state.up = false;
    state.wasDown = true;
    probe();
  }

  function up() {
    if (state.up) return;
    state.up = true;
    if (!state.wasDown) return;
    state.wasDown = false;
    console.log('redis: up again; re-reading the content and revalidating');
    state.revalidate([]).then(() => {
      if (state.unannounced) state.announce();
      publishLocally('redis came back');
    });
  }

  /** Asks Redis until it answers within the timeout. */
  function probe() {
    if (state.probing) return;
    state.probing = setInterval(() => {
      if (!client.isReady) return;
      withTimeout(client.ping(), timeoutMs).then(
        () => {
          clearInterval(state.probing);
          state.probing = undefined;
          up();
        },
        () => {},
      );
    }, PROBE_MS);
    state.probing.unref();
  }

  // A heartbeat, so that a Redis that stopped answering is noticed (and
  // /healthz says so) even when no page needs it meanwhile.
  setInterval(() => {
    if (state.up) withTimeout(client.ping(), timeoutMs).catch(down);
  }, 2 * PROBE_MS).unref();
  client.on('error', down);
  client.on('end', () => down(new Error('connection closed')));
  client.on('ready', () => probe());
  subscriber.on('error', () => {});
  client.connect().catch(down);
  // connect() resolves once Redis answers, however long that takes.
  subscriber
    .connect()
    .then(() => subscriber.subscribe(CHANNEL, (from) => from !== me && publishLocally('a peer published')))
    .catch((e) => console.error(`redis: cannot follow other instances' publishes: ${e.message}`));
  return state;
}

let running;
let again = false;
const PEER_PUBLISH_TIMEOUT_MS = 30_000;

/**
 * POST /api/publish?peer=1 to this same server: the publish runs in Next's
 * request context, which revalidation needs. Publishes arriving meanwhile
 * fold into one more run.
 */
function publishLocally(why) {
  if (running) {
    console.log(`publish (${why}): waits for the one under way`);
    again = true;
    return;
  }
  const secret = process.env.PUBLISH_SECRET;
  if (!secret) {
    console.error(`publish (${why}): PUBLISH_SECRET is not set, so this instance cannot follow publishes`);
    return;
  }
  const origin = process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`;
  const started = Date.now();
  running = new Promise((resolve) => {
    const req = http.request(
      new URL('/api/publish?peer=1', origin),
      { method: 'POST', agent: false, headers: { authorization: `Bearer ${secret}` } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => {
          if (res.statusCode !== 200) console.error(`publish (${why}): ${res.statusCode} ${body.slice(0, 500)}`);
          else console.log(`publish (${why}): followed in ${Date.now() - started} ms`);
          resolve();
        });
        res.on('error', resolve);
      },
    );
    req.on('error', (e) => {
      console.error(`publish (${why}): ${e.message}`);
      resolve();
    });
    // A publish that never answers must not hold back every later one, which wait for it.
    req.setTimeout(PEER_PUBLISH_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${PEER_PUBLISH_TIMEOUT_MS} ms`)));
    req.end();
  }).then(() => {
    running = undefined;
    if (again) {
      again = false;
      publishLocally(why);
    }
  });
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

module.exports = { sharedCache };
