/**
 * Publishing on a running server: `npm run publish` asks for it through
 * POST /api/publish once an editor has changed content/.
 *
 * The server reads the content root again, parsing only the story folders
 * whose files changed (lib/content reloadIndex). If anything is wrong it
 * answers with every problem and leaves the live site as it was. Otherwise
 * it installs the new index, brings the search index up to date, and
 * revalidates through Next's own cache: every page, feed, sitemap and card
 * (a story changes listings, counts, related and neighbouring stories,
 * language links), and each touched story's own paths, whose copies on disk
 * the cache handler then deletes (lib/http/isr-cache-handler.cjs).
 *
 * Publishes run one at a time and each reads what is on disk when it runs,
 * so two at once leave the site equal to the content.
 */
import 'server-only';
import { revalidatePath } from 'next/cache';
import { routing, type Locale } from '@/i18n/routing';
import { getIndex, installIndex, reloadIndex } from '@/lib/content';
import type { ContentIndex } from '@/lib/content/loader';
import { formatProblem } from '@/lib/content/problems';
import { findMissedChanges } from '@/lib/content/watch';
import { searchIndexBuilt, syncSearchIndex } from '@/lib/search/service';
import * as urls from '@/lib/urls';

export interface StoryChange {
  id: string;
  locale: Locale;
  change: 'added' | 'changed' | 'removed';
}

export type PublishResult =
  | { ok: true; live: boolean; changes: StoryChange[]; ms: number; steps: Record<string, number> }
  | { ok: false; problems: string[]; ms: number };

/** What differs between two indexes, story translation by translation. */
export function storyChanges(before: ContentIndex, after: ContentIndex): StoryChange[] {
  const out: StoryChange[] = [];
  // A story can only differ where its folder was read again, or where the tags it uses changed. A read
  // derived from `before` says which folders those are; otherwise every folder is compared.
  let ids: ReadonlySet<string>;
  if (after.lineage.base?.generation === before.lineage.generation) {
    ids = after.lineage.base.changed;
  } else {
    const tagsChanged = !sameEntries(before.tags, after.tags);
    const all = new Set<string>();
    for (const [id, folder] of after.folders) if (tagsChanged || before.folders.get(id) !== folder) all.add(id);
    for (const id of before.folders.keys()) if (!after.folders.has(id)) all.add(id);
    ids = all;
  }
  for (const id of ids) {
    const a = before.stories.get(id);
    const b = after.stories.get(id);
    for (const locale of routing.locales) {
      const x = a?.[locale];
      const y = b?.[locale];
      // A folder is re-read as a whole: its other translations come back as equal copies.
      if (x === y || (x && y && JSON.stringify(x) === JSON.stringify(y))) continue;
      out.push({ id, locale, change: !x ? 'added' : !y ? 'removed' : 'changed' });
    }
  }
  return out;
}

function sameEntries(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  return a === b || JSON.stringify([...a]) === JSON.stringify([...b]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Checks the content on disk and, unless `check` only, makes it live.
 * `ifChanged`: revalidate nothing when no story changed (an instance
 * following another's publish, or resyncing after Redis came back, which
 * has nothing to catch up on then).
 */
export function publish({ check = false, ifChanged = false } = {}): Promise<PublishResult> {
  const run = queue.then(() => publishNow(check, ifChanged));
  queue = run.catch(() => undefined);
  return run;
}

async function publishNow(check: boolean, ifChanged: boolean): Promise<PublishResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const steps: Record<string, number> = {};
  let lap = started;
  const step = (name: string) => {
    const t = performance.now();
    steps[name] = Math.round(t - lap);
    lap = t;
  };
  const before = getIndex();
  const next = reloadIndex();
  step('read');
  if (next.problems.length > 0) return { ok: false, problems: next.problems.map(formatProblem), ms: ms() };
  const changes = storyChanges(before, next);
  step('compare');
  if (check) return { ok: true, live: false, changes, ms: ms(), steps };

  installIndex(next);
  try {
    // Just after a start, a locale's first index build may still be running (seconds on a large archive):
    // a publish does not wait for it; it indexes the newest stories when it ends, and searches wait for it.
    await Promise.all(routing.locales.map((l) => (searchIndexBuilt(l) ? syncSearchIndex(l) : undefined)));
    step('search');
    if (ifChanged && changes.length === 0 && sameEntries(before.tags, next.tags) && sameEntries(before.pages, next.pages)) {
      return { ok: true, live: true, changes, ms: ms(), steps };
    }
    // Everything is revalidated; these paths also lose their copies on disk: the
    // story's own pages and cards, and the feeds that carry its whole text.
    for (const id of new Set(changes.map((c) => c.id))) {
      for (const locale of routing.locales) {
        revalidatePath(urls.story(locale, id));
        revalidatePath(urls.ogImage(locale, id));
      }
    }
    for (const locale of new Set(changes.map((c) => c.locale))) {
      for (const kind of ['rss', 'atom', 'json'] as const) revalidatePath(urls.feed(locale, kind));
      for (const tag of next.tags.keys()) revalidatePath(urls.tagFeed(locale, tag));
    }
    revalidatePath('/', 'layout');
    step('revalidate');
    return { ok: true, live: true, changes, ms: ms(), steps };
  } finally {
    // The watch told this read which folders to look at; once the answer is out, a stat pass checks it told
    // everything. Not sooner: its slices would take turns with the search step and hold the answer back.
    setImmediate(() => {
      findMissedChanges(() => getIndex().folders).then(
        (missed) => {
          if (missed) void publish({ ifChanged: true });
        },
        (e: unknown) => console.error('content watch: check failed:', e),
      );
    });
  }
}
