/**
 * The watch behind a fast publish: events name the story folders to read
 * again, every other folder is taken unread, and a change no event announced
 * turns the watch off rather than being lost.
 */
import { test, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { plain } from './__fixtures__/plain';
import { loadContent, type ContentIndex, type FolderMemo } from './loader';
import { contentRead, contentWatchTrusted, findMissedChanges, foldersToRead, unwatchContent, watchContent } from './watch';

const VALID = path.join(__dirname, '__fixtures__', 'valid');
const roots: string[] = [];
after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));
afterEach(() => unwatchContent());

function copy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-watch-'));
  fs.cpSync(VALID, root, { recursive: true });
  roots.push(root);
  return root;
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the watch on a loaded root and waits until publishes may trust it. */
async function watched(root: string): Promise<{ memo: () => FolderMemo; use: (i: ContentIndex) => void }> {
  let index = loadContent(root);
  watchContent(root, () => index.folders);
  for (let i = 0; i < 100 && !contentWatchTrusted(); i++) await delay(20);
  assert.ok(contentWatchTrusted(), 'the watch is trusted once its first stat pass is done');
  return { memo: () => index.folders, use: (i) => (index = i) };
}


test('events name the edited, added and removed folders; the others are taken unread, and the result equals a full load', async () => {
  const root = copy();
  const { memo, use } = await watched(root);
  const articles = path.join(root, 'articles');
  fs.appendFileSync(path.join(articles, 'kazakhstan-referendum', 'en.md'), '\nOne more paragraph.\n'); // in place: the folder's own stat is kept
  fs.cpSync(path.join(articles, 'kazakhstan-referendum'), path.join(articles, 'new-story'), { recursive: true });
  fs.rmSync(path.join(articles, 'csto-draft-note'), { recursive: true });
  await delay(100);

  const read = foldersToRead(root);
  assert.ok(read);
  assert.equal(read.changed.has('kazakhstan-referendum'), true);
  assert.equal(read.changed.has('new-story'), true);
  assert.equal(read.changed.has('csto-peacekeepers-deployed'), false);
  const next = loadContent(root, memo(), { changed: read.changed });
  assert.match(next.stories.get('kazakhstan-referendum')!.en!.path, /en\.md$/);
  assert.ok(next.stories.has('new-story'));
  assert.ok(!next.stories.has('csto-draft-note'));
  assert.equal(plain(next), plain(loadContent(root)), 'equal to a full load');

  use(next);
  contentRead(read.seq);
  assert.equal(foldersToRead(root)!.changed.has('kazakhstan-referendum'), false, 'read and in use: no longer to be read');
  // The new folder is watched from the read on.
  fs.appendFileSync(path.join(articles, 'new-story', 'ru.md'), '\nЕщё абзац.\n');
  await delay(100);
  assert.equal(foldersToRead(root)!.changed.has('new-story'), true);
  assert.equal(await findMissedChanges(memo), false, 'nothing was missed');
  assert.ok(contentWatchTrusted());
});

test('a read that is refused, and so not installed, leaves its folders to be read next time', async () => {
  const root = copy();
  await watched(root);
  fs.appendFileSync(path.join(root, 'articles', 'kazakhstan-referendum', 'en.md'), '\nx\n');
  await delay(100);
  assert.equal(foldersToRead(root)!.changed.has('kazakhstan-referendum'), true);
  assert.equal(foldersToRead(root)!.changed.has('kazakhstan-referendum'), true);
});

test('a change no event announced is found by the stat pass, which turns the watch off', async () => {
  const root = copy();
  const { memo } = await watched(root);
  fs.appendFileSync(path.join(root, 'articles', 'kazakhstan-referendum', 'en.md'), '\nx\n');
  await delay(100);
  // As if the event had been lost: its folder is taken as read although the index in use predates the edit.
  contentRead(foldersToRead(root)!.seq);
  const read = foldersToRead(root)!;
  assert.equal(read.changed.has('kazakhstan-referendum'), false);
  assert.equal(loadContent(root, memo(), { changed: read.changed }).folders.get('kazakhstan-referendum'), memo().get('kazakhstan-referendum'), 'taken unread');
  assert.equal(await findMissedChanges(memo), true);
  assert.equal(contentWatchTrusted(), false);
  assert.equal(foldersToRead(root), undefined, 'every folder is stat-checked from now on');
});
