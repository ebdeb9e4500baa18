/**
 * An instance following another's publish (POST /api/publish?peer=1, or a
 * resync once Redis is back) revalidates only when its content changed: with
 * nothing new it leaves every cache alone, so a resync costs no re-render.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-peer-'));
fs.cpSync(path.join(__dirname, '..', 'content', '__fixtures__', 'valid'), root, { recursive: true });
process.env.CONTENT_DIR = root;
Reflect.deleteProperty(process.env, 'NODE_ENV');
delete process.env.NEXT_PHASE;

let publish: typeof import('./publish').publish;
before(async () => {
  ({ publish } = await import('./publish'));
  (await import('../content')).getIndex();
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

/** Rewrites a file as an editor would, with a later time so a reload sees it. */
function edit(file: string, change: (text: string) => string) {
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
  const later = new Date(Date.now() + 5_000);
  fs.utimesSync(file, later, later);
}

// Revalidation needs Next's request context, which a unit test has not: reaching it is what rejects.
const REVALIDATES = /static generation store missing|revalidatePath/;

test('nothing changed: a peer publish is live without revalidating', async () => {
  const r = await publish({ ifChanged: true });
  assert.equal(r.ok && r.live, true);
  assert.deepEqual(r.ok && r.changes, []);
  await assert.rejects(publish(), REVALIDATES, 'a publish by hand revalidates regardless');
});

test('a changed story or tag label: a peer publish revalidates', async () => {
  edit(path.join(root, 'articles', 'kazakhstan-referendum', 'en.md'), (t) => t.replace(/^title: .*$/m, 'title: "Changed title"'));
  await assert.rejects(publish({ ifChanged: true }), REVALIDATES);
  edit(path.join(root, 'tags.yaml'), (t) => t.replace(/^(\s+en: ).*$/m, '$1"Renamed tag"'));
  await assert.rejects(publish({ ifChanged: true }), REVALIDATES);
  const r = await publish({ ifChanged: true });
  assert.deepEqual(r.ok && r.changes, [], 'each change is read once');
});
