import { getIndex } from './index';

/** Loads the shared content index now (see instrumentation.ts) and says how long it took. */
export function warmContentIndex(): void {
  const t = performance.now();
  const stories = getIndex().stories.size;
  console.log(`content index: ${stories} stories, loaded in ${Math.round(performance.now() - t)} ms`);
}
