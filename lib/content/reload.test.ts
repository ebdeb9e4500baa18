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
import { plain } from './__fixtures__/plain';
import { loadContent } from './loader';

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

test('a change to tags.yaml re-reads no folder, yet every story is checked against the tags again', () => {
  const root = copy();
  const first = loadContent(root);
  const tagsFile = path.join(root, 'tags.yaml');
  const tags = fs.readFileSync(tagsFile, 'utf8');
  edit(tagsFile, (s) => s.replace(/^csto:.*$/m, ''));
  const second = loadContent(root, first.folders);
  for (const [id, folder] of first.folders) assert.equal(second.folders.get(id), folder, id);
  assert.ok(second.problems.some((p) => p.field.startsWith('tags.') && p.line !== undefined && /"csto" is not a tag/.test(p.message)));
  assert.ok([...second.stories.values()].every((t) => Object.values(t).every((e) => !e.tags.includes('csto'))), 'stories tagged csto are left out');
  assert.equal(plain(second), plain(loadContent(root)));
  edit(tagsFile, () => tags);
  const third = loadContent(root, second.folders);
  assert.equal(plain(third), plain(first));
});

test('a file added to a folder, or put in place of another with the same size and time, is read', () => {
  const root = copy();
  const first = loadContent(root);
  const id = 'csto-peacekeepers-deployed';
  const dir = path.join(root, 'articles', id);
  const [locale, entry] = Object.entries(first.stories.get(id)!)[0]!;
  const missing = ['ar', 'ru', 'en'].find((l) => !first.stories.get(id)![l as 'ar']);
  if (missing) {
    fs.copyFileSync(path.join(dir, `${locale}.md`), path.join(dir, `${missing}.md`));
    const second = loadContent(root, first.folders);
    assert.ok(second.stories.get(id)![missing as 'ar'], `${missing}.md is read`);
  }
  // An atomic save (write a copy, rename it over the file) that keeps the size and the time.
  const file = path.join(dir, `${locale}.md`);
  const st = fs.statSync(file);
  const text = fs.readFileSync(file, 'utf8');
  const changed = text.replace(entry!.title, [...entry!.title].reverse().join(''));
  assert.equal(Buffer.byteLength(changed), st.size);
  fs.writeFileSync(`${file}.tmp`, changed);
  fs.utimesSync(`${file}.tmp`, st.atime, st.mtime);
  fs.renameSync(`${file}.tmp`, file);
  const before = loadContent(root);
  const third = loadContent(root, before.folders);
  assert.equal(third.folders.get(id), before.folders.get(id));
  assert.notEqual(third.stories.get(id)![locale as 'ar']!.title, entry!.title);
  const fourth = loadContent(root, first.folders);
  assert.notEqual(fourth.stories.get(id)![locale as 'ar']!.title, entry!.title, 'the file put in place is read again');
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

test('with the index it came from, a reload moves only the folders read again in the sorted lists, as a full sort would', () => {
  const root = copy();
  const articles = path.join(root, 'articles');
  let index = loadContent(root);
  const reload = () => (index = loadContent(root, index.folders, { index }));
  // A new story, dated later than every other; a correction that moves a story to the end; a locale file and a folder removed.
  fs.cpSync(path.join(articles, 'kazakhstan-referendum'), path.join(articles, 'new-story'), { recursive: true });
  edit(path.join(articles, 'new-story', 'en.md'), (s) => s.replace(/^date: .*$/m, 'date: "2031-01-01T10:00:00+03:00"'));
  edit(path.join(articles, 'csto-peacekeepers-deployed', 'ru.md'), (s) => s.replace(/^date: .*$/m, 'date: "2001-01-01T10:00:00+03:00"'));
  fs.rmSync(path.join(articles, 'kazakhstan-referendum', 'ru.md'));
  fs.rmSync(path.join(articles, 'csto-draft-note'), { recursive: true });
  const before = index;
  reload();
  assert.equal(index.byLocale.en[0]!.id, 'new-story');
  assert.equal(index.byLocale.ru.at(-1)!.id, 'csto-peacekeepers-deployed');
  assert.ok(!index.byLocale.ru.some((e) => e.id === 'kazakhstan-referendum' || e.id === 'csto-draft-note'));
  assert.equal(plain(index), plain(loadContent(root)), 'equal to a full load');
  // A folder left with no translation at all leaves every list.
  for (const f of fs.readdirSync(path.join(articles, 'kazakhstan-referendum'))) fs.rmSync(path.join(articles, 'kazakhstan-referendum', f));
  reload();
  assert.ok(!Object.values(index.byLocale).some((list) => list.some((e) => e.id === 'kazakhstan-referendum')));
  assert.equal(plain(index), plain(loadContent(root)));
  assert.notEqual(index.byLocale.en, before.byLocale.en, 'a new list: the one in use is never changed');
  // tags.yaml changed: every list is sorted again, and still equal.
  edit(path.join(root, 'tags.yaml'), (s) => s.replace(/^csto:.*$/m, ''));
  reload();
  assert.equal(plain(index), plain(loadContent(root)));
});

test('told which folders changed (the watch), a reload looks at those alone, and equals a full load', () => {
  const root = copy();
  const articles = path.join(root, 'articles');
  const first = loadContent(root);
  fs.cpSync(path.join(articles, 'kazakhstan-referendum'), path.join(articles, 'new-story'), { recursive: true });
  edit(path.join(articles, 'csto-peacekeepers-deployed', 'en.md'), (s) => s.replace(/^title: .*$/m, 'title: "Corrected"'));
  fs.rmSync(path.join(articles, 'csto-draft-note', 'ru.md'));
  fs.symlinkSync('kazakhstan-referendum', path.join(articles, 'linked')); // not a story folder, to a full load either
  const changed = new Set(['new-story', 'csto-peacekeepers-deployed', 'csto-draft-note', 'not-there', 'linked']);
  const second = loadContent(root, first.folders, { index: first, changed });
  assert.equal(plain(second), plain(loadContent(root)), 'equal to a full load');
  assert.deepEqual(second.lineage.base, { generation: first.lineage.generation, changed });
  assert.equal(second.stories.get('kazakhstan-referendum'), first.stories.get('kazakhstan-referendum'), 'not named: the same object');

  // A folder it is not told about is not even looked at (the watch's stat pass is what catches such a change).
  edit(path.join(articles, 'kazakhstan-referendum', 'en.md'), (s) => s.replace(/^title: .*$/m, 'title: "Unannounced"'));
  fs.cpSync(path.join(articles, 'kazakhstan-referendum'), path.join(articles, 'unannounced'), { recursive: true });
  const third = loadContent(root, second.folders, { index: second, changed: new Set() });
  assert.equal(third.stories.get('kazakhstan-referendum'), second.stories.get('kazakhstan-referendum'));
  assert.ok(!third.folders.has('unannounced'), 'articles/ is not even listed');
  fs.rmSync(path.join(articles, 'unannounced'), { recursive: true });
  assert.deepEqual(third.lineage.base?.changed, new Set());

  // A named folder with a problem: every problem, as a full load reports them.
  edit(path.join(articles, 'new-story', 'en.md'), (s) => s.replace(/^date: .*$/m, 'date: "2022-02-30T10:00:00+03:00"'));
  fs.mkdirSync(path.join(articles, 'Bad_Id'));
  const fourth = loadContent(root, third.folders, { index: third, changed: new Set(['new-story', 'Bad_Id']) });
  assert.ok(fourth.problems.some((p) => /impossible date/.test(p.message)));
  assert.ok(fourth.problems.some((p) => p.field === 'id' && /Bad_Id/.test(p.message)));
  assert.deepEqual(fourth.problems, loadContent(root).problems);
});
