import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, queryTerms } from './normalize';

test('Arabic: tashkeel, superscript alef and tatweel are dropped', () => {
  assert.equal(normalize('أعمالُ'), 'اعمال');
  assert.equal(normalize('مُحَمَّدٌ'), 'محمد'); // damma, fatha, shadda, dammatan
  assert.equal(normalize('كِتَابًا'), 'كتابا'); // kasra, fatha, fathatan
  assert.equal(normalize('سْ'), 'س'); // sukun U+0652
  assert.equal(normalize('هٰذا'), 'هذا'); // superscript alef U+0670
  assert.equal(normalize('كـــتاب'), 'كتاب'); // tatweel U+0640
  for (let c = 0x064b; c <= 0x0652; c++) assert.equal(normalize(`ب${String.fromCharCode(c)}`), 'ب', c.toString(16));
});

test('Arabic: alef forms, alef maqsura, ta marbuta, hamza seats are folded', () => {
  assert.equal(normalize('أ إ آ ٱ'), 'ا ا ا ا');
  assert.equal(normalize('مستشفى'), 'مستشفي');
  assert.equal(normalize('مدرسة'), 'مدرسه');
  assert.equal(normalize('مؤتمر'), 'موتمر');
  assert.equal(normalize('رئيس'), 'رييس');
  // The seed story's title, with and without hamza, meets on one form.
  assert.equal(normalize('أعمال الشغب'), normalize('اعمال الشغب'));
  assert.equal(normalize('أعمالُ الشغب'), normalize('اعمال الشغب'));
});

test('Arabic: decomposed hamza and presentation forms are composed and folded (NFKC)', () => {
  // alef + combining hamza above (U+0654) composes to أ, then folds to ا.
  assert.equal(normalize('\u0627\u0654'), 'ا');
  // Presentation forms: ﻻ (lam-alef isolated) → لا; ﺑ (beh initial) → ب.
  assert.equal(normalize('\uFEFB'), 'لا');
  assert.equal(normalize('\uFE91'), 'ب');
});

test('digits: Arabic-Indic and Extended Arabic-Indic → ASCII', () => {
  assert.equal(normalize('٠١٢٣٤٥٦٧٨٩'), '0123456789');
  assert.equal(normalize('۰۱۲۳۴۵۶۷۸۹'), '0123456789');
  assert.equal(normalize('١٠ يناير ٢٠٢٢'), '10 يناير 2022');
});

test('Russian: ё → е, upper case included; lower case everywhere', () => {
  assert.equal(normalize('партнёрскому'), 'партнерскому');
  assert.equal(normalize('ЁЛКА Ёж'), 'елка еж');
  assert.equal(normalize('е\u0308'), 'е'); // decomposed ё
  assert.equal(normalize('Tokayev COUP'), 'tokayev coup');
});

test('NFKC: full-width and ligatures', () => {
  assert.equal(normalize('ＣＯＵＰ'), 'coup');
  assert.equal(normalize('ﬁnance'), 'finance');
});

test('invisible format characters do not split or join words', () => {
  assert.equal(normalize('co\u00ADup'), 'coup');
  assert.equal(normalize('\u200Fانقلاب\u200E'), 'انقلاب');
  assert.equal(normalize('a\u200Bb\uFEFF'), 'ab');
});

test('normalize is idempotent and leaves other text alone', () => {
  const samples = ['أعمالُ الشغب في كازاخستان', 'Партнёрское финансирование', 'A coup attempt, 2022!', '١٠ يناير'];
  for (const s of samples) assert.equal(normalize(normalize(s)), normalize(s));
  assert.equal(normalize('hello, world!'), 'hello, world!');
});

test('queryTerms: distinct normalized words, punctuation dropped', () => {
  assert.deepEqual(queryTerms('  أعمالُ الشغب، الشغب! '), ['اعمال', 'الشغب']);
  assert.deepEqual(queryTerms('Coup; COUP attempt'), ['coup', 'attempt']);
  assert.deepEqual(queryTerms('   '), []);
});
