import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadContent } from './loader';
import { fingerprint, readCachedIndex, writeCachedIndex } from './cache';

const VALID = path.join(__dirname, '__fixtures__', 'valid');

test('the disk copy reads back as the index it was written from, folder memo and old addresses included', () => {
  const index = loadContent(VALID);
  const print = fingerprint(VALID);
  writeCachedIndex(index, print);
  const back = readCachedIndex(VALID);
  assert.ok(back, 'read back');
  assert.equal(back.fingerprint, print);
  const plain = (i: typeof index) =>
    JSON.stringify({ ...i, stories: [...i.stories], tags: [...i.tags], pages: [...i.pages], missing: [...i.missing], folders: [...i.folders], redirects: [...i.redirects] });
  assert.equal(plain(back.index), plain(index));
  assert.ok(back.index.redirects.size > 0, 'the fixture has old addresses');
  // Entries are shared between the story map, the per-locale lists and the folder memo, as in a fresh load.
  const id = index.byLocale.en[0]!.id;
  assert.equal(back.index.byLocale.en[0], back.index.stories.get(id)!.en);
  assert.equal(back.index.folders.get(id)!.translations.en, back.index.stories.get(id)!.en);
});
