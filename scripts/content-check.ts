/**
 * `npm run content:check`: validates all of content/ (or CONTENT_DIR) and
 * prints every problem, one per line, as `file:line: field: reason`. Exits 1
 * on any error. Also reports which stories lack which translations (a
 * warning). Runs before every `next build`.
 */
import { loadContent } from '@/lib/content/loader';
import { formatProblem } from '@/lib/content/problems';
import { contentRootPath } from '@/lib/content/root';
import { writeCachedFolders } from '@/lib/content/cache';
import { prefetchStoryFolders } from '@/lib/content/prefetch';

const root = contentRootPath();
// Always a full load and validation; the result is then shared with the
// build's other processes through the index cache.
const stopPrefetch = prefetchStoryFolders(root);
const index = loadContent(root);
stopPrefetch();
writeCachedFolders(index);

let stories = 0;
let translations = 0;
for (const t of index.stories.values()) {
  stories++;
  translations += Object.keys(t).length;
}

if (index.missing.size > 0) {
  console.warn(`warning: ${index.missing.size} stor${index.missing.size === 1 ? 'y lacks' : 'ies lack'} translations:`);
  const shown = [...index.missing].slice(0, 20);
  for (const [id, locales] of shown) console.warn(`  ${id}: no ${locales.join(', ')}`);
  if (index.missing.size > shown.length) console.warn(`  … and ${index.missing.size - shown.length} more`);
}

if (index.problems.length > 0) {
  for (const p of index.problems) console.error(formatProblem(p));
  console.error(`\ncontent:check: ${index.problems.length} problem${index.problems.length === 1 ? '' : 's'} in ${root}`);
  process.exit(1);
}
console.log(
  `content:check: ok: ${stories} stories, ${translations} translations, ${index.tags.size} tags, ${index.redirects.size} old addresses in ${root}`,
);
