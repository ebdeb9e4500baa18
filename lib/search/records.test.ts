/**
 * The search index's record collection against the `valid` content fixture,
 * which has a draft (csto-draft-note, in every locale) and a story scheduled
 * for 2030 (csto-summit-scheduled): neither may ever become a search record
 * while it is unpublished. Also the HTML → text step and the Pagefind record.
 */
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const VALID = path.join(__dirname, '..', 'content', '__fixtures__', 'valid');
process.env.CONTENT_DIR = VALID;
Reflect.deleteProperty(process.env, 'NODE_ENV');
delete process.env.NEXT_PHASE;

const BEFORE = '2025-01-01T00:00:00Z'; // before the scheduled story
const AFTER = '2031-01-01T00:00:00Z'; // after it

type Records = typeof import('./records');
type Script = typeof import('../../scripts/build-search-index');
let records: Records;
let script: Script;

before(async () => {
  records = await import('./records');
  script = await import('../../scripts/build-search-index');
});
beforeEach(() => {
  process.env.CONTENT_DIR = VALID;
  process.env.NOW = BEFORE;
});
after(() => {
  delete process.env.NOW;
});

const urls = (rs: { url: string }[]) => rs.map((r) => r.url).sort();

test('only published stories are collected: never the draft, the scheduled story only once its time has come', () => {
  assert.deepEqual(urls(records.collectRecords('ar')), ['/ar/news/csto-peacekeepers-deployed']);
  assert.deepEqual(urls(records.collectRecords('en')), ['/en/news/csto-peacekeepers-deployed', '/en/news/kazakhstan-referendum']);
  const all = records.collectAllRecords();
  assert.equal(all.some((r) => r.url.includes('csto-draft-note')), false);
  assert.equal(all.some((r) => r.url.includes('csto-summit-scheduled')), false);

  process.env.NOW = AFTER;
  const later = records.collectAllRecords();
  assert.equal(later.some((r) => r.url.includes('csto-draft-note')), false, 'a draft stays out at any time');
  assert.deepEqual(
    urls(later.filter((r) => r.url.includes('csto-summit-scheduled'))),
    ['/ar/news/csto-summit-scheduled', '/en/news/csto-summit-scheduled', '/ru/news/csto-summit-scheduled'],
  );
});

test('no text of an unpublished story reaches any record (canary)', () => {
  // The draft's and the scheduled story's own words, from their files.
  const canaries = ['Not ready yet', 'Draft note', 'appears by itself once its time has come'];
  const raw = fs.readFileSync(path.join(VALID, 'articles', 'csto-draft-note', 'en.md'), 'utf8');
  assert.match(raw, /Not ready yet/); // the canary really is the draft's text
  for (const r of records.collectAllRecords()) {
    const blob = JSON.stringify(r).toLowerCase();
    for (const c of canaries) assert.equal(blob.includes(c.toLowerCase()), false, `${r.url} contains "${c}"`);
  }
});

test('a record: normalized words (title, then body), original text, meta, language', () => {
  const [r] = records.collectRecords('ar');
  assert.ok(r);
  assert.equal(r.language, 'ar');
  assert.equal(r.meta.title, 'نشر قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي في كازاخستان');
  assert.equal(r.meta.date, '2022-01-06T09:00:00.000Z');
  assert.equal(r.meta.dateText, '٦ يناير ٢٠٢٢');
  assert.equal(r.text, 'بدأت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي الانتشار في كازاخستان.');
  // Normalized: أ → ا, ة → ه; the title comes first.
  assert.ok(r.content.startsWith('نشر قوات حفظ السلام التابعه لمنظمه معاهده الامن الجماعي في كازاخستان'), r.content);
  // Then the body's words not already in the title: "قوات حفظ السلام…" appear once.
  assert.ok(r.content.endsWith('كازاخستان بدات الانتشار'), r.content);
  assert.equal(/[أإآةى]/.test(r.content), false);
});

test('the Pagefind record carries no original text: not in meta (which Pagefind indexes), not in filters', () => {
  const [r] = records.collectRecords('en');
  const pf = script.toCustomRecord(r!);
  assert.equal(pf.url, r!.url);
  assert.equal(pf.language, 'en');
  assert.equal(pf.content, r!.content);
  assert.deepEqual(Object.keys(pf.meta!).sort(), ['date', 'dateText', 'title']);
  assert.equal(pf.filters, undefined);
  assert.equal(r!.url, `/en/news/${r!.id}`);
});


test('indexedWords keeps each word once, in reading order, with compounds whole and edge punctuation gone', () => {
  assert.equal(
    records.indexedWords("«казахстан», казахстан. csto-led o'brien (2022) — ...  اعمال، اعمال الشغب"),
    "казахстан csto-led o'brien 2022 اعمال الشغب",
  );
  assert.equal(records.indexedWords('  '), '');
});

test('a record indexes every distinct word of the title and body, and only those', () => {
  process.env.NOW = AFTER;
  for (const r of records.collectAllRecords()) {
    const words = r.content.split(' ');
    assert.equal(new Set(words).size, words.length, r.url);
    assert.ok(words.length > 5, r.url);
  }
});
