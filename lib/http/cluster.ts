/**
 * What the app's own code needs from the shared cache (lib/http/shared-cache.cjs),
 * which Next loads outside the app's bundles with the cache handler: the two
 * meet on one globalThis key.
 */
interface SharedCache {
  up: boolean;
  announce(): void;
}

function shared(): SharedCache | undefined {
  return (globalThis as Record<symbol, SharedCache | undefined>)[Symbol.for('portal.sharedCache')];
}

/** `up` or `down`; `off` when this instance has no REDIS_URL and runs alone. */
export function redisStatus(): 'up' | 'down' | 'off' {
  if (!process.env.REDIS_URL) return 'off';
  return shared()?.up ? 'up' : 'down';
}

/** Tells the other instances to publish what is now on disk too. */
export function announcePublish(): void {
  shared()?.announce();
}
