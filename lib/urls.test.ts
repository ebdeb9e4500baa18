import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as urls from './urls';

test('storyIdOf reads back what story() builds, and nothing else', () => {
  for (const id of ['tokayev-kazakhstan-riots-coup-attempt', 'a', 'x-1']) {
    assert.equal(urls.storyIdOf(urls.story('ar', id)), id);
  }
  for (const p of ['/ar', '/ar/news', '/ar/news/', '/ar/news/a/b', '/ar/tags/csto', '/media/a/b.png']) {
    assert.equal(urls.storyIdOf(p), undefined, p);
  }
});

test('search paths carry the query, and the page after the first', () => {
  assert.equal(urls.search('ru'), '/ru/search');
  assert.equal(urls.search('ar', 'أعمال الشغب'), `/ar/search?q=${encodeURIComponent('أعمال الشغب')}`);
  assert.equal(urls.search('en', 'a&b', 1), '/en/search?q=a%26b');
  assert.equal(urls.search('en', 'coup', 3), '/en/search?q=coup&page=3');
});
