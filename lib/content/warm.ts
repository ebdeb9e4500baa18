import http from 'node:http';
import { routing } from '@/i18n/routing';
import * as urls from '@/lib/urls';
import { getAllStories, getIndex } from './index';
import { watchContent } from './watch';
import { contentWatchEnabled } from '@/lib/config';

/**
 * Loads the shared content index now (see instrumentation.ts), says how long
 * it took, and starts watching its story folders for publishes.
 */
export function warmContentIndex(): void {
  const t = performance.now();
  const index = getIndex();
  console.log(`content index: ${index.stories.size} stories, loaded in ${Math.round(performance.now() - t)} ms`);
  if (contentWatchEnabled()) watchContent(index.root, () => getIndex().folders);
}

/**
 * Asks this server for one story once it is ready, so the renderer is loaded
 * and compiled before the first reader needs it: in a fresh process the first
 * story rendered on demand took about 200 ms, the next ones about 35 ms.
 *
 * It asks for the oldest story: on a new build of a large archive that is an
 * archive story, rendered and cached exactly as a reader's request would be
 * (the first reader's story then took 56 ms). If it was already cached (a
 * restart, or a small site where every story is prerendered), it asks for a
 * story that does not exist instead: a 404 is always rendered, never written
 * to disk (lib/http/isr-cache-handler.cjs), and warms most of the same path (the
 * first reader's story then took about 110 ms). Never throws: a failure is
 * only logged.
 */
export function warmRenderer(origin: string): void {
  const locale = routing.defaultLocale;
  const newestFirst = getAllStories(locale);
  const oldest = newestFirst[newestFirst.length - 1];
  const t = performance.now();
  // Not awaited by the caller: the server answers only once instrumentation
  // has finished. Each request has its own connection, closed after the
  // answer (no agent): a keep-alive socket from the server to itself would
  // hold off a graceful shutdown (SIGTERM) right after start by seconds.
  const ask = (path: string) =>
    new Promise<{ status: number; cache: string | undefined }>((resolve, reject) => {
      const req = http.get(new URL(path, origin), { agent: false, headers: { 'user-agent': 'portal-warm-up' } }, (res) => {
        res.resume();
        res.on('error', reject);
        res.on('end', () => {
          const cache = res.headers['x-nextjs-cache'];
          resolve({ status: res.statusCode ?? 0, cache: Array.isArray(cache) ? cache[0] : cache });
        });
      });
      req.on('error', reject);
    });
  (async () => {
    const done: string[] = [];
    let rendered = false;
    if (oldest) {
      const path = urls.story(locale, oldest.id);
      const r = await ask(path);
      rendered = r.cache === 'MISS';
      done.push(`${path} ${r.status}${rendered ? '' : ' (cached)'}`);
    }
    if (!rendered) {
      const path = urls.story(locale, 'warm-up-probe');
      const r = await ask(path);
      done.push(`${path} ${r.status}`);
    }
    console.log(`warm-up: ${done.join(', ')} in ${Math.round(performance.now() - t)} ms`);
  })().catch((e: unknown) => console.warn(`warm-up failed: ${e instanceof Error ? e.message : e}`));
}
