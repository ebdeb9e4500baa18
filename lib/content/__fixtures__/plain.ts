import type { ContentIndex } from '../loader';

const byKey = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * An index's content as JSON, for comparing a reload with a full load: its
 * maps in key order (a reload moves the folders it read to their end), without
 * the memo of parsed folders and the lineage, which say how it was read.
 */
export function plain(i: ContentIndex): string {
  return JSON.stringify({
    ...i,
    folders: undefined,
    lineage: undefined,
    stories: byKey(i.stories),
    tags: [...i.tags],
    pages: [...i.pages],
    missing: byKey(i.missing),
    redirects: byKey(i.redirects),
  });
}
