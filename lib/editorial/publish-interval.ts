/**
 * How soon a scheduled story goes public without a rebuild. A route's
 * `revalidate` export must be a literal (the 5-minute default); PUBLISH_INTERVAL
 * lowers it through an `unstable_cache` entry, whose revalidate Next folds
 * into the route's (the lowest wins).
 */
import 'server-only';
import { unstable_cache } from 'next/cache';

const DEFAULT_PUBLISH_INTERVAL = 300;

function publishIntervalSeconds(): number {
  const n = Number(process.env.PUBLISH_INTERVAL ?? DEFAULT_PUBLISH_INTERVAL);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_PUBLISH_INTERVAL;
}

const tick = unstable_cache(async () => 0, ['publishing-interval'], { revalidate: publishIntervalSeconds() });

/** Call from a page that shows time-dependent content: it regenerates at most this long after a story's moment. */
export async function regenerateWithinPublishInterval(): Promise<void> {
  await tick();
}
