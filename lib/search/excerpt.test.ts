import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExcerpt, wordMatches } from './excerpt';
import { normalize, queryTerms } from './normalize';
import { pickPlural, pluralTemplates, COUNT_PLACEHOLDER } from './plural';

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

test('plural templates reproduce ICU: exact 0/1/2, then the category (Arabic six forms, Russian)', () => {
  const ar: Record<string, (n: string) => string> = {
    zero: () => 'لا توجد نتائج',
    one: () => 'نتيجة واحدة',
    two: () => 'نتيجتان',
    few: (n) => `${n} نتائج`,
    many: (n) => `${n} نتيجة`,
    other: (n) => `${n} نتيجة`,
  };
  const arRules = new Intl.PluralRules('ar');
  const t = pluralTemplates((count, n) => ar[arRules.select(count)]!(n), 'ar');
  assert.deepEqual(Object.keys(t).sort(), ['=0', '=1', '=2', 'few', 'many', 'one', 'other', 'two', 'zero'].sort());
  assert.equal(pickPlural(t, 0, 'ar', '٠'), 'لا توجد نتائج');
  assert.equal(pickPlural(t, 2, 'ar', '٢'), 'نتيجتان');
  assert.equal(pickPlural(t, 5, 'ar', '٥'), '٥ نتائج');
  assert.equal(pickPlural(t, 11, 'ar', '١١'), '١١ نتيجة');
  assert.equal(pickPlural(t, 100, 'ar', '١٠٠'), '١٠٠ نتيجة');

  // Russian with an exact =0 and `one` covering 21: =1 must not stand for 21.
  const ruRules = new Intl.PluralRules('ru');
  const ru = pluralTemplates(
    (count, n) => {
      const forms: Record<string, string> = { one: `${n} результат`, few: `${n} результата`, many: `${n} результатов`, other: `${n} результата` };
      return count === 0 ? 'Ничего' : forms[ruRules.select(count)]!;
    },
    'ru',
  );
  assert.equal(pickPlural(ru, 0, 'ru', '0'), 'Ничего');
  assert.equal(pickPlural(ru, 21, 'ru', '21'), '21 результат');
  assert.equal(pickPlural(ru, 3, 'ru', '3'), '3 результата');
  assert.equal(pickPlural(ru, 12, 'ru', '12'), '12 результатов');
  for (const v of Object.values(ru)) if (v !== 'Ничего') assert.ok(v.includes(COUNT_PLACEHOLDER));
});
