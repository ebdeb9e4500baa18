/**
 * The content API's timeline queries (getAllStories, getRelated, getAdjacent)
 * are derived once and searched rather than scanned (lib/content/index.ts).
 * Here they are checked against plain reference implementations, straight
 * from the definitions, on a synthetic archive (scripts/tools/corpus.mjs: drafts,
 * missing translations, ten years of dates) at several moments, so scheduled
 * stories come due between them.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-test-'));
const ROOT = path.join(tmp, 'corpus');
const r = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'tools', 'corpus.mjs'), '--stories', '240', '--out', ROOT, '--seed', 'timeline'], { encoding: 'utf8' });
if (r.status !== 0) throw new Error(r.stderr);
process.env.CONTENT_DIR = ROOT;
Reflect.deleteProperty(process.env, 'NODE_ENV');
delete process.env.NEXT_PHASE;

type Api = typeof import('./index');
let api: Api;
before(async () => {
  api = await import('./index');
});
after(() => {
  delete process.env.NOW;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const LOCALES = ['ar', 'ru', 'en'] as const;

/** Every story of a locale, newest first, drafts and scheduled ones included. */
const everything = (locale: (typeof LOCALES)[number]) => api.getIndex().byLocale[locale];

function referencePublished(locale: (typeof LOCALES)[number], at: number) {
  return everything(locale).filter((e) => !e.draft && e.time <= at);
}

function referenceRelated(locale: (typeof LOCALES)[number], id: string, limit: number, at: number) {
  const self = api.getIndex().stories.get(id)?.[locale];
  if (!self) return [];
  const tags = new Set(self.tags);
  return referencePublished(locale, at)
    .filter((e) => e.id !== id)
    .map((e) => ({ e, shared: e.tags.filter((t) => tags.has(t)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.e.time - a.e.time)
    .slice(0, limit)
    .map((x) => x.e.id);
}

/** Moments across the archive's range: before most stories, in the middle, after all. */
function moments(): number[] {
  const times = LOCALES.flatMap((l) => everything(l).map((e) => e.time)).sort((a, b) => a - b);
  return [times[0]! - 1, times[Math.floor(times.length / 4)]!, times[Math.floor(times.length / 2)]! + 1, times.at(-1)! + 1];
}

test('the corpus has drafts and, at the earlier moments, scheduled stories', () => {
  assert.ok(LOCALES.some((l) => everything(l).some((e) => e.draft)));
  const [, quarter] = moments();
  assert.ok(referencePublished('ar', quarter!).length < everything('ar').filter((e) => !e.draft).length);
});

test('getAllStories, getRelated and getAdjacent match their definitions at every moment', () => {
  for (const at of moments()) {
    process.env.NOW = new Date(at).toISOString();
    for (const locale of LOCALES) {
      const expected = referencePublished(locale, at);
      assert.deepEqual(api.getAllStories(locale).map((e) => e.id), expected.map((e) => e.id), `${locale} at ${process.env.NOW}`);
      for (const e of everything(locale)) {
        for (const limit of [1, 3, 5]) {
          assert.deepEqual(api.getRelated(locale, e.id, limit).map((x) => x.id), referenceRelated(locale, e.id, limit, at), `related ${locale} ${e.id} ${limit}`);
        }
        const i = expected.findIndex((x) => x.id === e.id);
        const adjacent = api.getAdjacent(locale, e.id);
        assert.deepEqual(
          { newer: adjacent.newer?.id, older: adjacent.older?.id },
          i < 0 ? { newer: undefined, older: undefined } : { newer: expected[i - 1]?.id, older: expected[i + 1]?.id },
          `adjacent ${locale} ${e.id}`,
        );
      }
    }
  }
});

test('the shared published list cannot be changed by a caller', () => {
  process.env.NOW = new Date(moments()[3]!).toISOString();
  const list = api.getAllStories('en');
  assert.throws(() => (list as unknown as unknown[]).push({}), TypeError);
  assert.equal(api.getAllStories('en'), list, 'the same list is shared while nothing comes due');
});
