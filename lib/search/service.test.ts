/**
 * The server's search follows the content: a publish (a new index installed)
 * re-indexes only what changed, and a scheduled story is searchable once its
 * time has come, never before; a draft never.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-search-'));
fs.cpSync(path.join(__dirname, '..', 'content', '__fixtures__', 'valid'), root, { recursive: true });
process.env.CONTENT_DIR = root;
Reflect.deleteProperty(process.env, 'NODE_ENV');
delete process.env.NEXT_PHASE;

type Service = typeof import('./service');
type Content = typeof import('../content');
let service: Service;
let content: Content;
before(async () => {
  service = await import('./service');
  content = await import('../content');
});
after(() => {
  delete process.env.NOW;
  fs.rmSync(root, { recursive: true, force: true });
});

const ids = async (q: string, locale: 'en' | 'ar' = 'en') => (await service.search(locale, q)).results.map((r) => r.entry.id);

test('finds published stories of its locale, with marked excerpts; drafts and scheduled ones not', async () => {
  process.env.NOW = '2025-01-01T00:00:00Z';
  assert.equal(service.searchIndexBuilt('en'), false, 'not built before the first search');
  assert.deepEqual(await ids('referendum'), ['kazakhstan-referendum']);
  assert.equal(service.searchIndexBuilt('en'), true);
  const r = await service.search('en', 'referendum');
  assert.ok(
    r.results[0]!.excerpt.parts.some((p) => p.mark),
    'a word is marked',
  );
  for (const q of ['draft', 'scheduled']) {
    for (const id of await ids(q)) assert.ok(!/draft|scheduled/.test(id), `${q}: ${id}`);
  }
});

test('a scheduled story becomes searchable when its time comes', async () => {
  process.env.NOW = '2025-01-01T00:00:00Z';
  assert.ok(!(await ids('summit')).includes('csto-summit-scheduled'));
  process.env.NOW = '2031-01-01T00:00:00Z';
  assert.ok((await ids('summit')).includes('csto-summit-scheduled'));
  // A clock put back: the story is no longer published, nor found.
  process.env.NOW = '2025-01-01T00:00:00Z';
  const back = await service.search('en', 'summit');
  assert.ok(!back.results.some((r) => r.entry.id === 'csto-summit-scheduled'));
  assert.equal(back.total, back.results.length, 'the index holds only what is listed');
});

test('a publish re-indexes a changed story, and a takedown removes it', async () => {
  process.env.NOW = '2031-01-01T00:00:00Z';
  await service.syncSearchIndex('en');
  const file = path.join(root, 'articles', 'kazakhstan-referendum', 'en.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Pangolin vote"'));
  const later = new Date(Date.now() + 5_000);
  fs.utimesSync(file, later, later);
  content.installIndex(content.reloadIndex());
  assert.deepEqual(await ids('pangolins'), ['kazakhstan-referendum']);
  fs.rmSync(path.join(root, 'articles', 'kazakhstan-referendum'), { recursive: true });
  content.installIndex(content.reloadIndex());
  assert.deepEqual(await ids('pangolin'), []);
  assert.deepEqual(await ids('referendum'), []);
});
