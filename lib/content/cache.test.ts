import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadContent } from './loader';
import { readCachedFolders, writeCachedFolders } from './cache';

const VALID = path.join(__dirname, '__fixtures__', 'valid');

test('the disk copy gives back every folder, and a load from it parses none and equals a fresh load', () => {
  const index = loadContent(VALID);
  writeCachedFolders(index);
  const stored = readCachedFolders(VALID);
  assert.ok(stored, 'read back');
  assert.deepEqual([...stored.keys()], [...index.folders.keys()]);
  const again = loadContent(VALID, stored);
  for (const [id, folder] of again.folders) assert.equal(folder, stored.get(id), `${id} was taken from the copy`);
  const plain = (i: typeof index) =>
    JSON.stringify({ ...i, stories: [...i.stories], tags: [...i.tags], pages: [...i.pages], missing: [...i.missing], folders: [...i.folders], redirects: [...i.redirects], lineage: undefined });
  assert.equal(plain(again), plain(index));
  assert.ok(again.redirects.size > 0, 'the fixture has old addresses');
  // Entries are shared between the story map, the per-locale lists and the folders, as in a fresh load.
  const id = again.byLocale.en[0]!.id;
  assert.equal(again.byLocale.en[0], again.stories.get(id)!.en);
  assert.equal(again.folders.get(id)!.translations.en, again.stories.get(id)!.en);
});
