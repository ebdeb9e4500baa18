import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvertedIndex } from './engine';
import { analyze, queryTerms, MAX_QUERY_TERMS } from './analyze';

const keys = (r: { hits: { key: string }[] }) => r.hits.map((h) => h.key);

test('every term must match; title matches rank first; equal scores go newest first', () => {
  const ix = new InvertedIndex();
  ix.add('a', new Set(['riot']), new Set(['police', 'riot']), 10, 1);
  ix.add('b', new Set(['summit']), new Set(['riot', 'police']), 10, 2);
  ix.add('c', new Set(['summit']), new Set(['police']), 10, 3);
  assert.deepEqual(keys(ix.search(['riot'], 0, 10)), ['a', 'b']);
  assert.deepEqual(keys(ix.search(['riot', 'police'], 0, 10)), ['a', 'b']);
  assert.deepEqual(keys(ix.search(['police'], 0, 10)), ['c', 'b', 'a']);
  assert.equal(ix.search(['riot', 'nothing'], 0, 10).total, 0);
  assert.equal(ix.search([], 0, 10).total, 0);
});

test('replacing and removing a story changes only that story', () => {
  const ix = new InvertedIndex();
  ix.add('a', new Set(['old']), new Set(['word']), 10, 1);
  ix.add('b', new Set(['other']), new Set(['word']), 10, 2);
  ix.add('a', new Set(['new']), new Set(['word']), 10, 1);
  assert.equal(ix.size, 2);
  assert.deepEqual(keys(ix.search(['old'], 0, 10)), []);
  assert.deepEqual(keys(ix.search(['new'], 0, 10)), ['a']);
  assert.deepEqual(keys(ix.search(['word'], 0, 10)).sort(), ['a', 'b']);
  ix.remove('b');
  ix.remove('b');
  assert.equal(ix.size, 1);
  assert.deepEqual(keys(ix.search(['word'], 0, 10)), ['a']);
  assert.equal(ix.search(['word'], 0, 10).total, 1);
});

test('pages: offset and limit over the ranked hits, with the total', () => {
  const ix = new InvertedIndex();
  for (let i = 0; i < 25; i++) ix.add(`s${i}`, new Set([]), new Set(['common']), 10, i);
  const p1 = ix.search(['common'], 0, 10);
  const p3 = ix.search(['common'], 20, 10);
  assert.equal(p1.total, 25);
  assert.deepEqual(keys(p1).slice(0, 2), ['s24', 's23']);
  assert.deepEqual(keys(p3), ['s4', 's3', 's2', 's1', 's0']);
});

test('a large archive: postings stay in document order through thousands of updates', () => {
  const ix = new InvertedIndex();
  for (let i = 0; i < 5000; i++) ix.add(`s${i}`, new Set([]), new Set(['all', i % 2 ? 'odd' : 'even']), 10, i);
  for (let i = 0; i < 5000; i += 3) ix.add(`s${i}`, new Set([]), new Set(['all', 'moved']), 10, i);
  const even = ix.search(['all', 'even'], 0, 10_000);
  assert.ok(even.hits.every((h) => Number(h.key.slice(1)) % 2 === 0 && Number(h.key.slice(1)) % 3 !== 0));
  assert.equal(ix.search(['moved', 'all'], 0, 10_000).total, Math.ceil(5000 / 3));
});

test('analysis: normalization, then each language’s stemmer, the same for index and query', () => {
  assert.deepEqual(analyze('أعمالُ الشغب', 'ar'), analyze('اعمال الشغب', 'ar'));
  assert.deepEqual(analyze('محاولة', 'ar'), analyze('محاوله', 'ar'));
  assert.deepEqual(analyze('٢٠٢٢', 'ar'), ['2022']);
  assert.deepEqual(analyze('партнёрскому', 'ru'), analyze('ПАРТНЕРСКИЙ', 'ru'));
  assert.deepEqual(analyze('riots', 'en'), analyze('Riot', 'en'));
  assert.deepEqual(analyze('CSTO-led', 'en'), ['csto', 'led']);
  assert.deepEqual(queryTerms('coup coup Coups', 'en'), ['coup']);
  assert.equal(queryTerms(Array.from({ length: 40 }, (_, i) => `w${i}x`).join(' '), 'en').length, MAX_QUERY_TERMS);
});

test('any page equals the same slice of a full ranking (the top-k selection keeps the order)', () => {
  const ix = new InvertedIndex();
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 3000; i++) {
    const body = new Set(['w', ...Array.from({ length: 1 + Math.floor(rand() * 4) }, () => `t${Math.floor(rand() * 6)}`)]);
    ix.add(`d${i}`, new Set(rand() < 0.2 ? ['w'] : []), body, 5 + Math.floor(rand() * 200), Math.floor(rand() * 50));
  }
  const all = ix.search(['w'], 0, 3000).hits.map((h) => h.key);
  assert.equal(all.length, 3000);
  for (const [offset, limit] of [
    [0, 10],
    [10, 10],
    [990, 10],
    [2995, 10],
  ] as const) {
    assert.deepEqual(keys(ix.search(['w'], offset, limit)), all.slice(offset, offset + limit), `offset ${offset}`);
  }
});
