import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExcerpt, excerpter, wordMatches } from './excerpt';
import { normalize, queryTerms } from './normalize';

const marked = (text: string, q: string, length?: number) =>
  buildExcerpt(text, queryTerms(q), length)
    .parts.filter((p) => p.mark)
    .map((p) => p.text);

test('words are matched on their normalized form: hamza, tashkeel, ё', () => {
  assert.deepEqual(marked('قال إن أعمال الشغب كانت محاولة', 'اعمال'), ['أعمال']);
  assert.deepEqual(marked('قال إن أعمالُ الشغب كانت', 'أعمال'), ['أعمالُ']);
  assert.deepEqual(marked('по партнёрскому финансированию', 'партнерскому'), ['партнёрскому']);
});

test('prefix matches, and the first three quarters of a long term', () => {
  assert.deepEqual(marked('Two coups and a coup attempt', 'coup'), ['coups', 'coup']);
  assert.deepEqual(marked('по партнёрскому финансированию', 'партнерский'), ['партнёрскому']);
  assert.deepEqual(marked('Партнёрским называют', 'партнерскому'), ['Партнёрским']);
  assert.deepEqual(marked('riot police', 'riots'), ['riot']);
  assert.deepEqual(marked('a cat and a category', 'dog'), []);
  // Half of a long term, only when nothing else matched.
  assert.deepEqual(marked('стал партнёром', 'партнерскому'), ['партнёром']);
  assert.deepEqual(marked('стал партнёром, по партнёрскому', 'партнерскому'), ['партнёрскому']);
});

test('Arabic proclitics and the article are looked through', () => {
  assert.deepEqual(marked('ووقعت أعمال والشغب وللشغب', 'الشغب'), ['والشغب', 'وللشغب']);
  assert.deepEqual(marked('محاولة الانقلاب', 'انقلاب'), ['الانقلاب']);
  assert.equal(wordMatches(normalize('بالإرهابيين'), [normalize('إرهابيين')]), true);
});

test('the excerpt is a window of the original text around the matches, with ellipsis flags', () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
  words[60] = 'coup';
  const e = buildExcerpt(words.join(' '), ['coup'], 10);
  const text = e.parts.map((p) => p.text).join('');
  assert.equal(e.before, true);
  assert.equal(e.after, true);
  assert.match(text, /^w5\d .* coup .*w6\d$/);
  assert.equal(text.split(' ').length, 10);
});

test('without matches the excerpt is the opening of the text; the original characters are kept', () => {
  const text = 'Президент России Владимир Путин подписал закон, — сказано в сообщении.';
  const e = buildExcerpt(text, ['nothing'], 30);
  assert.equal(e.parts.map((p) => p.text).join(''), text);
  assert.equal(e.before, false);
  assert.equal(e.after, false);
});

test('a matcher from the caller marks words the rules above would miss (the stemmer)', () => {
  const parts = buildExcerpt('The riots spread; rioting went on', [], 30, (w) => w === 'rioting').parts;
  assert.deepEqual(
    parts.filter((p) => p.mark).map((p) => p.text),
    ['rioting'],
  );
});

test('one excerpter over a page of texts gives what each text gets alone', () => {
  // The second text must not inherit the first's second look (half of a long term marks `партнёром` there only).
  const texts = [
    'Партнёром был банк.',
    'Партнёрским назван банк, не Партнёром.',
    'Two coups and a coup attempt were reported.',
    'قال إن أعمال الشغب كانت محاولة للانقلاب',
    'Nothing here: the coup is mentioned once, at the end of a coup',
  ];
  for (const q of ['coup', 'партнерскому', 'اعمال الشغب']) {
    const terms = normalize(q).split(' '); // as the search service passes them
    const stem = (w: string) => w === 'attempt';
    const page = excerpter(terms, stem, 6);
    for (const text of texts) assert.deepEqual(page(text), buildExcerpt(text, terms, 6, stem), `${q} in ${text}`);
  }
  const page = excerpter([normalize('партнерскому')]);
  page(texts[0]!);
  assert.deepEqual(
    page(texts[1]!)
      .parts.filter((p) => p.mark)
      .map((p) => p.text),
    ['Партнёрским'],
  );
});
