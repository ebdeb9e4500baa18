import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryEntry } from '@/lib/content';
import { newsArticle, serializeJsonLd } from './structured-data';

const hostile: StoryEntry = {
  id: 'x',
  locale: 'en',
  title: 'Breaking </script><script>alert(1)</script> & <!-- news',
  summary: 'a\u2028b',
  date: '2022-01-10T14:00:00+03:00',
  time: Date.parse('2022-01-10T14:00:00+03:00'),
  tags: ['csto'],
  draft: false,
  words: 10,
  path: '/dev/null',
  source: { name: 'TASS' },
};

test('JSON-LD serialization cannot close the script element, and still parses to the same data', () => {
  const data = newsArticle(hostile, { siteName: 'Site', tagLabels: ['CSTO'] });
  const out = serializeJsonLd(data);
  assert.doesNotMatch(out, /<\/script/i);
  assert.doesNotMatch(out, /<!--/);
  assert.doesNotMatch(out, /[<>\u2028\u2029]/);
  assert.deepEqual(JSON.parse(out), JSON.parse(JSON.stringify(data)));
});

test('NewsArticle carries the required fields', () => {
  const d = newsArticle(hostile, { siteName: 'Site', tagLabels: ['CSTO'] }) as unknown as Record<string, unknown>;
  for (const k of [
    'headline',
    'description',
    'datePublished',
    'dateModified',
    'inLanguage',
    'image',
    'author',
    'publisher',
    'keywords',
    'mainEntityOfPage',
    'isBasedOn',
  ]) {
    assert.ok(d[k] !== undefined, k);
  }
  assert.equal(d['@type'], 'NewsArticle');
  assert.deepEqual(d.keywords, ['CSTO']);
});
