import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as urls from './urls';

test('storyIdOf reads back what story() builds, and nothing else', () => {
  for (const id of ['tokayev-kazakhstan-riots-coup-attempt', 'a', 'x-1']) {
    assert.equal(urls.storyIdOf(urls.story('ar', id)), id);
  }
  for (const p of ['/ar', '/ar/news', '/ar/news/', '/ar/news/a/b', '/ar/tags/csto', '/pagefind/ar/text/a.txt']) {
    assert.equal(urls.storyIdOf(p), undefined, p);
  }
});

test('search bundle paths', () => {
  assert.equal(urls.searchBundle('ru'), '/pagefind/ru/');
  assert.equal(urls.searchText('ru', 'kz-1'), '/pagefind/ru/text/kz-1.txt');
});
