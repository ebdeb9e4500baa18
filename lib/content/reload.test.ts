/**
 * The incremental reload behind `npm run publish`: loadContent with the memo
 * of an earlier load re-reads only the story folders whose files changed, and
 * gives the same index a full load would.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent, type ContentIndex } from './loader';

const VALID = path.join(__dirname, '__fixtures__', 'valid');
const roots: string[] = [];
after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

function copy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-reload-'));
  fs.cpSync(VALID, root, { recursive: true });
  roots.push(root);
  return root;
}

/** Rewrites a file with a later mtime, as an editor's save does. */
function edit(file: string, change: (s: string) => string) {
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
  const later = new Date(Date.now() + 5_000);
  fs.utimesSync(file, later, later);
}

/** The index without its memo, for comparing with a full load. */
const plain = (i: ContentIndex) => JSON.stringify({ ...i, folders: undefined, stories: [...i.stories], tags: [...i.tags], pages: [...i.pages], missing: [...i.missing] });

test('unchanged folders are reused as they are; a changed one is read again', () => {
  const root = copy();
  const first = loadContent(root);
  const file = path.join(root, 'articles', 'kazakhstan-referendum', 'en.md');
  edit(file, (s) => s.replace(/^title: .*$/m, 'title: "Corrected title"'));
  const second = loadContent(root, first.folders);
  assert.equal(second.stories.get('csto-peacekeepers-deployed'), first.stories.get('csto-peacekeepers-deployed'), 'same object: not re-read');
  assert.notEqual(second.stories.get('kazakhstan-referendum'), first.stories.get('kazakhstan-referendum'));
  assert.equal(second.stories.get('kazakhstan-referendum')!.en!.title, 'Corrected title');
  assert.equal(plain(second), plain(loadContent(root)), 'equal to a full load');
});

test('a new folder is added, a deleted file or folder removed, problems reported again', () => {
  const root = copy();
  const first = loadContent(root);
  fs.cpSync(path.join(root, 'articles', 'kazakhstan-referendum'), path.join(root, 'articles', 'new-story'), { recursive: true });
  fs.rmSync(path.join(root, 'articles', 'csto-peacekeepers-deployed', 'en.md'));
  fs.rmSync(path.join(root, 'articles', 'csto-draft-note'), { recursive: true });
  const second = loadContent(root, first.folders);
  assert.ok(second.stories.has('new-story'));
  assert.ok(!second.stories.has('csto-draft-note'));
  assert.ok(!second.folders.has('csto-draft-note'));
  assert.equal(second.stories.get('csto-peacekeepers-deployed')!.en, undefined);
  assert.equal(plain(second), plain(loadContent(root)));
  // A broken file is reported by every reload until it is fixed, not only the first.
  edit(path.join(root, 'articles', 'new-story', 'en.md'), (s) => s.replace(/^date: .*$/m, 'date: "2022-02-30T10:00:00+03:00"'));
  const third = loadContent(root, second.folders);
  const fourth = loadContent(root, third.folders);
  assert.ok(third.problems.some((p) => p.file.endsWith('new-story/en.md') && /impossible date/.test(p.message)));
  assert.deepEqual(fourth.problems, third.problems);
  assert.equal(fourth.folders.get('new-story'), third.folders.get('new-story'), 'the broken folder is not parsed twice');
});

test('a change to tags.yaml re-reads every folder (each story is checked against the tags)', () => {
  const root = copy();
  const first = loadContent(root);
  edit(path.join(root, 'tags.yaml'), (s) => s.replace(/^csto:.*$/m, ''));
  const second = loadContent(root, first.folders);
  for (const id of first.stories.keys()) assert.notEqual(second.folders.get(id), first.folders.get(id), id);
  assert.ok(second.problems.some((p) => p.field.startsWith('tags.') && /"csto" is not a tag/.test(p.message)));
  assert.equal(plain(second), plain(loadContent(root)));
});

test('replacing an image in place gives its address a new version', () => {
  const root = copy();
  const first = loadContent(root);
  const before = first.stories.get('csto-peacekeepers-deployed')!.en!.image!.url;
  const png = path.join(root, 'articles', 'csto-peacekeepers-deployed', 'cover.png');
  fs.appendFileSync(png, Buffer.alloc(16));
  const after = loadContent(root, first.folders).stories.get('csto-peacekeepers-deployed')!.en!.image!.url;
  assert.notEqual(after, before);
  assert.equal(after.split('?')[0], before.split('?')[0]);
});
