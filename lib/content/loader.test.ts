/**
 * Tests of the content loader against the fixture roots in `__fixtures__/`
 * (one complete, tiny content root per case) and against roots generated in a
 * temp dir for cases that are awkward to commit (odd file names, 1 MB files,
 * NFD text).
 *
 * Run: npx tsx --conditions=react-server --test 'lib/**\/*.test.ts'
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent, type ContentIndex } from './loader';
import { formatProblem, type ContentProblem } from './problems';

const FIXTURES = path.join(__dirname, '__fixtures__');
const fixture = (name: string) => path.join(FIXTURES, name);
const load = (name: string) => loadContent(fixture(name));

/** The path the loader reports for a file (relative to the working directory when inside it). */
function reported(abs: string): string {
  const r = path.relative(process.cwd(), abs);
  return r.startsWith('..') ? abs : r.split(path.sep).join('/');
}

const TAGS_YAML = fs.readFileSync(fixture('valid/tags.yaml'), 'utf8');
const PNG_1X1 = fs.readFileSync(fixture('invalid-image-no-alt/articles/kazakhstan-talks/cover.png'));

/** A good story file, with some fields overridable. */
function storyFile(opts: { title?: string; summary?: string; date?: string; tags?: string[]; body?: string } = {}): string {
  return [
    '---',
    `title: ${JSON.stringify(opts.title ?? 'A story')}`,
    `summary: ${JSON.stringify(opts.summary ?? 'A summary.')}`,
    `date: ${JSON.stringify(opts.date ?? '2022-01-10T14:00:00+03:00')}`,
    'tags:',
    ...(opts.tags ?? ['kazakhstan']).map((t) => `  - ${t}`),
    '---',
    '',
    opts.body ?? 'Body text.',
    '',
  ].join('\n');
}

const tempRoots: string[] = [];
after(() => {
  for (const r of tempRoots) fs.rmSync(r, { recursive: true, force: true });
});

/** Writes a content root into a fresh temp dir: `files` maps relative paths to contents. tags.yaml is added unless given. */
function tempRoot(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-loader-test-'));
  tempRoots.push(root);
  const all = { 'tags.yaml': TAGS_YAML, ...files };
  for (const [rel, content] of Object.entries(all)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return root;
}

function list(problems: ContentProblem[]): string {
  return problems.length ? problems.map((p) => `  ${formatProblem(p)}`).join('\n') : '  (no problems)';
}

/**
 * Asserts that one problem matches: same field, message matching `message`,
 * the given line (when given; `null` means "no line"), and a file ending with `file`.
 */
function expectProblem(
  index: ContentIndex,
  want: { field: string; message: RegExp; line?: number | null; file?: string },
): ContentProblem {
  const hit = index.problems.find(
    (p) =>
      p.field === want.field &&
      want.message.test(p.message) &&
      (want.line === undefined || (want.line === null ? p.line === undefined : p.line === want.line)) &&
      (want.file === undefined || p.file.endsWith(want.file)),
  );
  assert.ok(
    hit,
    `expected a problem ${JSON.stringify({ ...want, message: String(want.message) })}, got:\n${list(index.problems)}`,
  );
  return hit;
}

// ---------------------------------------------------------------------------
// The valid root
// ---------------------------------------------------------------------------

test('valid: the fixture root loads with zero problems', () => {
  const idx = load('valid');
  assert.deepEqual(idx.problems, [], `unexpected problems:\n${list(idx.problems)}`);
  assert.deepEqual([...idx.stories.keys()].sort(), [
    'csto-draft-note',
    'csto-peacekeepers-deployed',
    'csto-summit-scheduled',
    'kazakhstan-referendum',
  ]);
  assert.deepEqual([...idx.tags.keys()], ['kazakhstan', 'csto']);
  assert.deepEqual(idx.tags.get('csto'), { ar: 'منظمة معاهدة الأمن الجماعي', ru: 'ОДКБ', en: 'CSTO' });
});

test('valid: parsed fields of a story with an image are right', () => {
  const idx = load('valid');
  const t = idx.stories.get('csto-peacekeepers-deployed')!;
  assert.deepEqual(Object.keys(t).sort(), ['ar', 'en', 'ru']);
  const en = t.en!;
  assert.equal(en.id, 'csto-peacekeepers-deployed');
  assert.equal(en.locale, 'en');
  assert.equal(en.title, 'CSTO peacekeepers deployed to Kazakhstan');
  assert.equal(en.summary, 'CSTO peacekeeping forces began deploying in Kazakhstan.');
  assert.equal(en.date, '2022-01-06T12:00:00+03:00');
  assert.equal(en.time, Date.UTC(2022, 0, 6, 9, 0, 0));
  assert.equal(en.updated, '2022-01-07T09:30:00+03:00');
  assert.deepEqual(en.tags, ['csto', 'kazakhstan']);
  assert.deepEqual(en.source, { name: 'TASS', url: 'https://tass.com/' });
  assert.equal(en.author, 'Desk');
  assert.equal(en.draft, false);
  assert.match(en.image!.url, /^\/media\/csto-peacekeepers-deployed\/cover\.png\?v=[\w-]{10}$/);
  assert.deepEqual(en.image, {
    url: en.image!.url,
    file: 'cover.png',
    width: 3,
    height: 2,
    alt: 'A military transport aircraft at Almaty airport',
    credit: 'TASS',
  });
  assert.ok(en.words > 0);
  assert.equal(en.path, fixture('valid/articles/csto-peacekeepers-deployed/en.md'));

  assert.equal(t.ar!.title, 'نشر قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي في كازاخستان');
  assert.equal(t.ar!.image?.credit, undefined);
  assert.equal(t.ar!.image?.alt, 'طائرة نقل عسكرية في مطار ألماتي');
  assert.equal(t.ru!.title, 'Миротворцы ОДКБ прибыли в Казахстан');
  // "Миротворческие силы ОДКБ начали развёртывание в Казахстане."
  assert.equal(t.ru!.words, 7);
});

test('valid: draft and scheduled stories are in the index with their flags (visibility is decided at query time)', () => {
  const idx = load('valid');
  const draft = idx.stories.get('csto-draft-note')!;
  assert.deepEqual(Object.keys(draft).sort(), ['ar', 'en', 'ru']);
  for (const e of Object.values(draft)) assert.equal(e.draft, true);
  const scheduled = idx.stories.get('csto-summit-scheduled')!.en!;
  assert.equal(scheduled.draft, false);
  assert.equal(scheduled.time, Date.UTC(2030, 4, 15, 7, 0, 0));
  // Other stories default to draft: false.
  assert.equal(idx.stories.get('kazakhstan-referendum')!.ru!.draft, false);
});

test('valid: `missing` lists only the story lacking ar', () => {
  const idx = load('valid');
  assert.deepEqual([...idx.missing], [['kazakhstan-referendum', ['ar']]]);
  assert.deepEqual(Object.keys(idx.stories.get('kazakhstan-referendum')!).sort(), ['en', 'ru']);
});

test('valid: byLocale is newest first and holds every translation of the locale', () => {
  const idx = load('valid');
  assert.deepEqual(
    idx.byLocale.en.map((e) => e.id),
    ['csto-summit-scheduled', 'kazakhstan-referendum', 'csto-draft-note', 'csto-peacekeepers-deployed'],
  );
  assert.deepEqual(
    idx.byLocale.ar.map((e) => e.id),
    ['csto-summit-scheduled', 'csto-draft-note', 'csto-peacekeepers-deployed'],
  );
});

// ---------------------------------------------------------------------------
// One fixture per invalid case
// ---------------------------------------------------------------------------

const STORY = 'articles/kazakhstan-talks/en.md';

test('invalid: malformed YAML (an unquoted colon) is reported with its line', () => {
  const idx = load('invalid-yaml-malformed');
  expectProblem(idx, { field: 'frontmatter', message: /^malformed YAML: .*nested mappings/i, line: 3, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: a duplicate key is reported under its full key name with its line', () => {
  const idx = load('invalid-yaml-duplicate-key');
  expectProblem(idx, { field: 'title', message: /duplicate key "title"/, line: 4, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: a ---js fence is refused and its code never runs', () => {
  // The fixture's JS would write this file if it were ever evaluated.
  const marker = '/tmp/rusislam-content-fixture-js-fence-marker';
  fs.rmSync(marker, { force: true });
  const idx = load('invalid-fence-js');
  expectProblem(idx, { field: 'frontmatter', message: /declared as "js".*never executed/, line: 1, file: STORY });
  assert.equal(fs.existsSync(marker), false, 'the ---js frontmatter was executed');
  assert.equal(idx.stories.size, 0);
});

test('invalid: a ---json fence is refused', () => {
  const idx = load('invalid-fence-json');
  expectProblem(idx, { field: 'frontmatter', message: /declared as "json"/, line: 1, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: a missing title is reported as required', () => {
  const idx = load('invalid-missing-title');
  expectProblem(idx, { field: 'title', message: /^is required$/, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: tags written as a string is a wrong type', () => {
  const idx = load('invalid-tags-string');
  expectProblem(idx, { field: 'tags', message: /must be a list of tag ids/, line: 5, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: draft: yes (a string in YAML 1.2) is a wrong type', () => {
  const idx = load('invalid-draft-string');
  expectProblem(idx, { field: 'draft', message: /must be true or false/, line: 7, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: an impossible date (2022-02-30) is refused', () => {
  const idx = load('invalid-date-impossible');
  const p = expectProblem(idx, { field: 'date', message: /impossible date.*2022-02-30 does not exist/, line: 4, file: STORY });
  assert.equal(
    formatProblem(p),
    `${reported(fixture(`invalid-date-impossible/${STORY}`))}:4: date: "2022-02-30T10:00:00+03:00" is an impossible date (2022-02-30 does not exist)`,
  );
  assert.equal(idx.stories.size, 0);
});

test('invalid: a date without a UTC offset is refused (unquoted, so also no implicit YAML timestamp)', () => {
  const idx = load('invalid-date-no-offset');
  expectProblem(idx, { field: 'date', message: /"2022-01-10T14:00:00" has no UTC offset/, line: 4, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: an unknown tag id is reported at its list item', () => {
  const idx = load('invalid-tag-unknown');
  expectProblem(idx, { field: 'tags.1', message: /"sco" is not a tag/, line: 7, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: a malformed tag id in a story is reported', () => {
  const idx = load('invalid-tag-id-in-story');
  expectProblem(idx, { field: 'tags.0', message: /"Kazakhstan_1" is not a valid id/, line: 6, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: a malformed tag id in tags.yaml is reported with a plain-words reason', () => {
  const idx = load('invalid-tag-id-in-tags-yaml');
  expectProblem(idx, { field: 'Kazakhstan_1', message: /"Kazakhstan_1" is not a valid id/, file: 'tags.yaml' });
});

test('invalid: one bad entry in tags.yaml does not take down stories that use good tags', () => {
  // "Invalid files are left out of the index; valid ones stay": the story only
  // uses `kazakhstan`, which is defined correctly.
  for (const name of ['invalid-tag-id-in-tags-yaml', 'invalid-bidi-tag-label']) {
    const idx = load(name);
    assert.ok(idx.tags.has('kazakhstan'), `${name}: the good tag kazakhstan was dropped`);
    assert.ok(idx.stories.has('kazakhstan-talks'), `${name}: the story using a good tag was dropped:\n${list(idx.problems)}`);
    assert.equal(
      idx.problems.filter((p) => p.file.endsWith(STORY)).length,
      0,
      `${name}: the story file was blamed for the tags.yaml problem:\n${list(idx.problems)}`,
    );
  }
});

test('invalid: a malformed story id (folder Bad_Id) is refused', () => {
  const idx = load('invalid-story-id');
  expectProblem(idx, { field: 'id', message: /"Bad_Id" is not a valid story id/, line: null, file: 'articles/Bad_Id' });
  assert.equal(idx.stories.size, 0);
});

test('invalid: file names that are not a locale (fr.md, ar-EG.md) are refused; en.md still loads', () => {
  const idx = load('invalid-locale-file-name');
  expectProblem(idx, { field: 'file', message: /"fr\.md" is not named after a locale; use one of ar\.md, ru\.md, en\.md/, file: 'kazakhstan-talks/fr.md' });
  expectProblem(idx, { field: 'file', message: /"ar-EG\.md" is not named after a locale/, file: 'kazakhstan-talks/ar-EG.md' });
  assert.equal(idx.problems.length, 2, list(idx.problems));
  assert.deepEqual(Object.keys(idx.stories.get('kazakhstan-talks') ?? {}), ['en']);
});

test('invalid: two story ids differing only by letter case (kz-news, KZ-news) clash', () => {
  const root = tempRoot({ 'articles/kz-news/en.md': storyFile(), 'articles/KZ-news/en.md': storyFile() });
  const names = fs.readdirSync(path.join(root, 'articles'));
  assert.equal(names.length, 2, 'this file system is case-insensitive; the case cannot be set up');
  const idx = loadContent(root);
  expectProblem(idx, { field: 'id', message: /only by letter case or Unicode form; ids must be unique/ });
  assert.ok(!idx.stories.has('KZ-news'));
});

test('invalid: two story ids differing only by Unicode form (NFC café, NFD café) clash', () => {
  const nfc = 'caf\u00e9';
  const nfd = 'cafe\u0301';
  const root = tempRoot({ [`articles/${nfc}/en.md`]: storyFile(), [`articles/${nfd}/en.md`]: storyFile() });
  const names = fs.readdirSync(path.join(root, 'articles'));
  assert.equal(names.length, 2, 'this file system normalizes names; the case cannot be set up');
  const idx = loadContent(root);
  expectProblem(idx, { field: 'id', message: /only by letter case or Unicode form/ });
  assert.equal(idx.stories.size, 0);
});

test('invalid: an image path escaping the story folder (../other/cover.png) is refused', () => {
  const idx = load('invalid-image-outside');
  assert.ok(fs.existsSync(fixture('invalid-image-outside/articles/other/cover.png')), 'the target exists');
  expectProblem(idx, { field: 'image.src', message: /"\.\.\/other\/cover\.png" points outside the story's folder/, line: 8, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: a non-existent image is refused', () => {
  const idx = load('invalid-image-missing');
  expectProblem(idx, { field: 'image.src', message: /"\.\/missing\.png" does not exist/, line: 8, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: a body image whose file does not exist is refused, with its own line; a remote one is left alone', () => {
  const idx = load('invalid-body-image-missing');
  expectProblem(idx, { field: 'body', message: /^"\.\/map\.png" does not exist in /, line: 12, file: STORY });
  assert.equal(idx.problems.length, 1, list(idx.problems));
  assert.equal(idx.stories.size, 0);
});

test('invalid: a body image outside the story folder or not an image is refused', () => {
  const root = tempRoot({
    'articles/kazakhstan-talks/en.md': storyFile({ body: 'Text.\n\n![up](../other/cover.png) ![doc](./notes.txt)' }),
  });
  const idx = loadContent(root);
  expectProblem(idx, { field: 'body', message: /"\.\.\/other\/cover\.png" points outside the story's folder/ });
  expectProblem(idx, { field: 'body', message: /"\.\/notes\.txt" is not a PNG, JPEG, WebP or AVIF image/ });
});

test('invalid: an image without alt text is refused', () => {
  const idx = load('invalid-image-no-alt');
  const p = expectProblem(idx, { field: 'image.alt', message: /^is required$/, file: STORY });
  // The YAML has no alt node; the line points at the image mapping (its key at 7 or first entry at 8).
  assert.ok(p.line === 7 || p.line === 8, `line ${p.line}`);
  assert.equal(idx.stories.size, 0);
});

test('invalid: a bidi override (U+202E) in a title is refused', () => {
  const idx = load('invalid-bidi-title');
  expectProblem(idx, { field: 'title', message: /invisible control character U\+202E at position 12/, line: 2, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: a zero-width space (U+200B) in a summary is refused', () => {
  const idx = load('invalid-zero-width-summary');
  expectProblem(idx, { field: 'summary', message: /invisible control character U\+200B at position 7/, line: 3, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: a bidi override (U+202E) in a tag label in tags.yaml is refused', () => {
  const idx = load('invalid-bidi-tag-label');
  expectProblem(idx, { field: 'csto.en', message: /invisible control character U\+202E/, file: 'tags.yaml' });
});

test('invalid: literal (unescaped) bidi and zero-width characters are refused too', () => {
  const root = tempRoot({
    'articles/kazakhstan-talks/en.md': storyFile({ title: 'Kazakhstan \u202Esweiv news', summary: 'Kazakh\u200Bstan news.' }),
    'articles/kazakhstan-talks/ru.md': storyFile({ title: '\u2066Казахстан\u2069' }),
  });
  const idx = loadContent(root);
  expectProblem(idx, { field: 'title', message: /U\+202E at position 12/, line: 2, file: 'kazakhstan-talks/en.md' });
  expectProblem(idx, { field: 'summary', message: /U\+200B at position 7/, line: 3, file: 'kazakhstan-talks/en.md' });
  expectProblem(idx, { field: 'title', message: /U\+2066 at position 1/, line: 2, file: 'kazakhstan-talks/ru.md' });
});

test('invalid: a summary over 300 characters is refused', () => {
  const idx = load('invalid-summary-too-long');
  expectProblem(idx, { field: 'summary', message: /is 301 characters long; the limit is 300/, line: 3, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('valid: a summary of exactly 300 characters (counted in code points) is accepted', () => {
  const root = tempRoot({
    'articles/kazakhstan-talks/en.md': storyFile({ summary: 'x'.repeat(300) }),
    // 300 astral characters are 600 UTF-16 units but 300 characters.
    'articles/kazakhstan-talks/ru.md': storyFile({ summary: '\u{1D400}'.repeat(300) }),
  });
  const idx = loadContent(root);
  assert.deepEqual(idx.problems, [], list(idx.problems));
});

test('invalid: an empty body is refused', () => {
  const idx = load('invalid-body-empty');
  expectProblem(idx, { field: 'body', message: /^is empty/, line: 8, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('invalid: a file over 1 MB is refused', () => {
  const big = storyFile({ body: 'word '.repeat(210_000) });
  assert.ok(Buffer.byteLength(big) > 1024 * 1024);
  const root = tempRoot({
    'articles/kazakhstan-talks/en.md': big,
    'articles/kazakhstan-talks/ru.md': storyFile(),
  });
  const idx = loadContent(root);
  expectProblem(idx, { field: 'file', message: /the limit is 1 MB/, file: 'kazakhstan-talks/en.md' });
  assert.equal(idx.problems.length, 1, list(idx.problems));
  assert.deepEqual(Object.keys(idx.stories.get('kazakhstan-talks') ?? {}), ['ru']);
});

test('valid: a file of exactly 1 MB is accepted', () => {
  const head = storyFile({ body: '' });
  const body = 'x'.repeat(1024 * 1024 - Buffer.byteLength(head));
  const root = tempRoot({ 'articles/kazakhstan-talks/en.md': head + body });
  assert.equal(fs.statSync(path.join(root, 'articles/kazakhstan-talks/en.md')).size, 1024 * 1024);
  const idx = loadContent(root);
  assert.deepEqual(idx.problems, [], list(idx.problems));
});

test('invalid: a body nested more than 32 levels deep with > is refused', () => {
  const idx = load('invalid-body-nesting');
  expectProblem(idx, { field: 'body', message: /nests quotes or lists more than 32 levels deep/, line: 8, file: STORY });
  assert.equal(idx.stories.size, 0);
});

test('valid: a body nested exactly 32 levels deep is accepted', () => {
  const root = tempRoot({ 'articles/kazakhstan-talks/en.md': storyFile({ body: '> '.repeat(32) + 'Deep but allowed.' }) });
  const idx = loadContent(root);
  assert.deepEqual(idx.problems, [], list(idx.problems));
});

test('invalid: ordered lists nested more than 32 levels deep are refused too', () => {
  // `1. 1. 1. … x` nests ordered lists on one line; 2,000 levels make
  // renderMarkdown throw "Maximum call stack size exceeded".
  const root = tempRoot({ 'articles/kazakhstan-talks/en.md': storyFile({ body: '1. '.repeat(40) + 'Too deep.' }) });
  const idx = loadContent(root);
  expectProblem(idx, { field: 'body', message: /more than 32 levels deep/ });
});

test('valid: a long setext underline or thematic break is not mistaken for deep nesting', () => {
  const root = tempRoot({
    'articles/kazakhstan-talks/en.md': storyFile({ body: `A heading\n${'-'.repeat(40)}\n\nText.\n\n${'*'.repeat(40)}\n\nMore text.` }),
  });
  const idx = loadContent(root);
  assert.deepEqual(idx.problems, [], list(idx.problems));
});

// ---------------------------------------------------------------------------
// Unicode normalization
// ---------------------------------------------------------------------------

test('NFD text (decomposed Cyrillic й/ё, Arabic marks out of canonical order) loads as NFC', () => {
  const ruTitle = 'Чрезвычайное положение: всё спокойно';
  const ruSummary = 'Майский указ.';
  // Arabic: shadda (U+0651, ccc 33) written before fatha (U+064E, ccc 30); NFC puts fatha first.
  const arTitleRaw = 'محم\u0651\u064Eد في كازاخستان';
  const arTitleNfc = 'محم\u064E\u0651د في كازاخستان';
  assert.notEqual(ruTitle.normalize('NFD'), ruTitle, 'the fixture text really is decomposed');
  assert.notEqual(arTitleRaw, arTitleNfc);
  assert.equal(arTitleRaw.normalize('NFC'), arTitleNfc);

  const root = tempRoot({
    'articles/kazakhstan-talks/ru.md': storyFile({ title: ruTitle, summary: ruSummary, body: 'Всё спокойно.' }).normalize('NFD'),
    'articles/kazakhstan-talks/ar.md': storyFile({ title: arTitleRaw, summary: 'مُلَخَّص.' }),
  });
  const idx = loadContent(root);
  assert.deepEqual(idx.problems, [], list(idx.problems));
  const t = idx.stories.get('kazakhstan-talks')!;
  assert.equal(t.ru!.title, ruTitle);
  assert.equal(t.ru!.title, t.ru!.title.normalize('NFC'));
  assert.equal(t.ru!.summary, ruSummary);
  assert.equal(t.ru!.words, 2);
  assert.equal(t.ar!.title, arTitleNfc);
  assert.equal(t.ar!.title, t.ar!.title.normalize('NFC'));
});

// ---------------------------------------------------------------------------
// Everything in one pass
// ---------------------------------------------------------------------------

test('all problems of one root are reported in one load', () => {
  const idx = load('invalid-multiple');
  assert.ok(idx.problems.length >= 3, list(idx.problems));
  expectProblem(idx, { field: 'title', message: /^is required$/, file: 'articles/no-title/en.md' });
  expectProblem(idx, { field: 'date', message: /impossible date/, line: 4, file: 'articles/bad-date/ru.md' });
  expectProblem(idx, { field: 'tags.0', message: /"sco" is not a tag/, line: 6, file: 'articles/unknown-tag/ar.md' });
  assert.equal(new Set(idx.problems.map((p) => p.file)).size, 3);
  assert.equal(idx.stories.size, 0);
});

test('one file with several mistakes reports each of them', () => {
  const root = tempRoot({
    'articles/kazakhstan-talks/en.md': [
      '---',
      'title: ""',
      'summary: 42',
      'date: "2022-13-01T10:00:00+03:00"',
      'tags: []',
      'colour: red',
      '---',
      '',
      '',
    ].join('\n'),
  });
  const idx = loadContent(root);
  expectProblem(idx, { field: 'title', message: /must not be empty/, line: 2 });
  expectProblem(idx, { field: 'summary', message: /must be text, got number 42/, line: 3 });
  expectProblem(idx, { field: 'date', message: /impossible date/, line: 4 });
  expectProblem(idx, { field: 'tags', message: /at least one tag/, line: 5 });
  expectProblem(idx, { field: 'colour', message: /is not a known field/, line: 6 });
  expectProblem(idx, { field: 'body', message: /^is empty/, line: 8 });
});

test('formatProblem gives file:line: field: reason, and omits a missing line', () => {
  assert.equal(formatProblem({ file: 'content/a/en.md', line: 3, field: 'title', message: 'is required' }), 'content/a/en.md:3: title: is required');
  assert.equal(formatProblem({ file: 'content/tags.yaml', field: 'file', message: 'is missing' }), 'content/tags.yaml: file: is missing');
});

test('a root without tags.yaml reports it as missing', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-loader-test-'));
  tempRoots.push(root);
  const idx = loadContent(root);
  expectProblem(idx, { field: 'file', message: /^is missing$/, file: 'tags.yaml' });
});

test('PNG fixtures are real images', () => {
  assert.equal(PNG_1X1.subarray(1, 4).toString('latin1'), 'PNG');
});

/** About 1 MB of each kind of deep nesting. */
function hostileBody(kind: 'quote' | 'list' | 'html' | 'indent'): string {
  const target = 1_000_000 - 2_000;
  if (kind === 'indent') {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < target; i++) {
      const line = `${' '.repeat(2 * i)}- x`;
      if (size + line.length + 1 > target) break;
      lines.push(line);
      size += line.length + 1;
    }
    return lines.join('\n');
  }
  const unit = { quote: '>', list: '* ', html: '<div>' }[kind];
  return unit.repeat(Math.floor(target / unit.length));
}

for (const kind of ['quote', 'list', 'html', 'indent'] as const) {
  test(`hostile: a ~1 MB body of nested ${kind}s is a bounded error, not a hang`, () => {
    const root = tempRoot({ 'articles/kazakhstan-talks/en.md': storyFile({ body: hostileBody(kind) }) });
    const started = process.hrtime.bigint();
    const idx = loadContent(root);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expectProblem(idx, { field: 'body', message: /more than 32 levels deep/ });
    assert.equal(idx.stories.size, 0);
    // Bounded: a linear scan, far from the parser's super-linear blow-up (which takes many seconds or overflows the stack).
    assert.ok(ms < 5_000, `took ${ms} ms`);
  });
}

test('bodyOf finds the same body as parseFrontmatter without parsing the YAML', async () => {
  const { bodyOf, parseFrontmatter } = await import('./frontmatter');
  const files: [string, string][] = [
    ['---\ntitle: x\n---\n\nBody *one*.\n', '\nBody *one*.\n'],
    ['\uFEFF---\r\ntitle: x\r\n...\r\nBody two\r\n\r\n---\r\nnot a fence any more\r\n', 'Body two\n\n---\nnot a fence any more\n'],
    ['---\n---\n', ''],
  ];
  for (const [f, body] of files) {
    assert.equal(bodyOf(f), body, JSON.stringify(f));
    assert.equal(parseFrontmatter(f, 'f.md', [])?.body, body, JSON.stringify(f));
  }
  // The YAML is not looked at: a file the loader would refuse still has a body.
  assert.equal(bodyOf('---\ntitle: [unclosed\n---\nBody three'), 'Body three');
  for (const bad of ['no fence\n', '---js\nmodule.exports = 1\n---\n', '---\ntitle: x\n']) {
    assert.equal(bodyOf(bad), undefined, JSON.stringify(bad));
  }
});

// ---------------------------------------------------------------------------
// Old addresses: story aliases and redirects.yaml
// ---------------------------------------------------------------------------

test('valid: aliases and redirects.yaml are filed by their normalized path (decoded, NFC, lower case, no trailing slash)', () => {
  const idx = load('valid');
  const story = (locale: string, id: string) => ({ to: `/${locale}/news/${id}`, story: { id, locale } });
  assert.deepEqual(Object.fromEntries(idx.redirects), {
    '/en/novosti/csto-peacekeepers-deployed-2022-01-06-21401': story('en', 'csto-peacekeepers-deployed'),
    '/en/group-news/csto-peacekeepers': story('en', 'csto-peacekeepers-deployed'),
    '/ar/novosti/نشر-قوات-حفظ-السلام-2022-01-06-21401': story('ar', 'csto-peacekeepers-deployed'),
    // Written percent-encoded with a trailing slash in the file.
    '/ar/mn-nhn/نشر-قوات': story('ar', 'csto-peacekeepers-deployed'),
    // A draft's and a scheduled story's aliases are filed too; the API hides them until the story is live.
    '/en/novosti/draft-note': story('en', 'csto-draft-note'),
    '/en/novosti/csto-summit': story('en', 'csto-summit-scheduled'),
    '/en/about-us': { to: '/en/about', story: undefined },
    '/ar/novosti': { to: '/ar', story: undefined },
    '/ru/o-gruppe': { to: '/ru/tags/csto', story: undefined },
    '/en/old-csto-story': story('en', 'csto-peacekeepers-deployed'),
    '/en/old-draft': story('en', 'csto-draft-note'),
  });
});

/** The fixture loads with exactly these problems (field and message), each with a line. */
function expectOnly(name: string, want: { field: string; message: RegExp; line: number; file: string }[]) {
  const idx = load(name);
  for (const w of want) expectProblem(idx, w);
  assert.equal(idx.problems.length, want.length, `${name}: expected ${want.length} problem(s), got:\n${list(idx.problems)}`);
  return idx;
}

const ALIAS_LINE = 8; // the first list item under `aliases:` in the generated fixture stories
const TALKS_EN = 'articles/kazakhstan-talks/en.md';

for (const [name, message] of [
  ['invalid-alias-scheme', /has a scheme/],
  ['invalid-alias-host', /names a host/],
  ['invalid-alias-double-slash', /contains \/\//],
  ['invalid-alias-dot-dot', /contains \.\./],
  ['invalid-alias-encoded-dot', /contains %2e/],
  ['invalid-alias-backslash', /contains a backslash/],
  ['invalid-alias-query', /has a query/],
  ['invalid-alias-fragment', /has a fragment/],
  ['invalid-alias-control', /control character U\+001B/],
  ['invalid-alias-shadows-news', /shadows the portal's own address \(\/en\/news\)/],
  ['invalid-alias-shadows-tags', /shadows the portal's own address \(\/en\/tags\)/],
  ['invalid-alias-shadows-home', /shadows the portal's own address \(the home page \/en\)/],
  ['invalid-alias-wrong-locale', /is an address in ar, but this is the en translation/],
] as const) {
  test(`invalid: ${name.slice('invalid-'.length).replaceAll('-', ' ')} is refused with file, line and field`, () => {
    const idx = expectOnly(name, [{ file: TALKS_EN, line: ALIAS_LINE, field: 'aliases.0', message }]);
    assert.equal(idx.redirects.size, 0);
  });
}

test('invalid: two stories claiming the same old path (in another letter case, with a trailing slash) clash', () => {
  const idx = expectOnly('invalid-alias-claimed-twice', [
    {
      file: 'articles/kazakhstan-talks-resume/en.md',
      line: ALIAS_LINE,
      field: 'aliases.0',
      message: /"\/EN\/Novosti\/Talks\/" is already claimed by .*articles\/kazakhstan-talks\/en\.md:8/,
    },
  ]);
  assert.deepEqual(idx.redirects.get('/en/novosti/talks')?.story?.id, 'kazakhstan-talks');
});

test('invalid: a story alias and redirects.yaml claiming the same old path clash', () => {
  expectOnly('invalid-alias-claimed-by-redirects', [
    { file: 'redirects.yaml', line: 3, field: '/en/novosti/talks', message: /is already claimed by .*kazakhstan-talks\/en\.md:8/ },
  ]);
});

test('invalid: a redirect from one of the portal\'s own addresses is refused', () => {
  expectOnly('invalid-redirect-shadows', [
    { file: 'redirects.yaml', line: 2, field: '/ru/about', message: /shadows the portal's own address \(\/ru\/about\)/ },
  ]);
});

test('invalid: a redirect chain is refused, naming where it ends', () => {
  const idx = expectOnly('invalid-redirect-chain', [
    {
      file: 'redirects.yaml',
      line: 1,
      field: '/en/about-us',
      message: /is a redirect chain \(\/en\/about-us → \/en\/o-nas → \/en\/about\); point it straight at \/en\/about/,
    },
  ]);
  assert.equal(idx.redirects.get('/en/o-nas')?.to, '/en/about');
  assert.equal(idx.redirects.has('/en/about-us'), false);
});

test('invalid: a redirect loop is refused at each of its entries', () => {
  const idx = expectOnly('invalid-redirect-loop', [
    { file: 'redirects.yaml', line: 1, field: '/en/about-us', message: /is a redirect loop \(\/en\/about-us → \/en\/o-nas → \/en\/about-us\)/ },
    { file: 'redirects.yaml', line: 2, field: '/en/o-nas', message: /is a redirect loop \(\/en\/o-nas → \/en\/about-us → \/en\/o-nas\)/ },
  ]);
  assert.equal(idx.redirects.has('/en/about-us') || idx.redirects.has('/en/o-nas'), false);
});

test('invalid: a redirect must lead to a page of the portal that exists, written as the portal writes it', () => {
  const idx = expectOnly('invalid-redirect-target', [
    { file: 'redirects.yaml', line: 2, field: '/en/offsite', message: /leads to "https:\/\/evil\.example\/", which has a scheme/ },
    { file: 'redirects.yaml', line: 3, field: '/en/gone', message: /no such story in that language/ },
    { file: 'redirects.yaml', line: 4, field: '/en/topic', message: /there is no tag "no-such-tag"/ },
    { file: 'redirects.yaml', line: 5, field: '/en/old-home', message: /"\/", which is not a page of the portal/ },
    { file: 'redirects.yaml', line: 6, field: '/en/slash', message: /without the trailing slash/ },
  ]);
  assert.deepEqual([...idx.redirects.keys()].sort(), ['/en/novosti', '/en/novosti/talks']);
});

test('invalid: redirects.yaml that is not a mapping, or has a key twice, is reported', () => {
  const list = tempRoot({ 'redirects.yaml': '- /en/about-us\n' });
  expectProblem(loadContent(list), { field: 'redirects', line: 1, message: /must be a mapping of old paths/ });
  const twice = tempRoot({ 'redirects.yaml': '/en/about-us: /en/about\n/en/about-us: /en\n' });
  expectProblem(loadContent(twice), { field: 'key', line: 2, message: /duplicate key "\/en\/about-us"/ });
});

test('aliases: an encoded slash, percent or question mark, white space and a malformed escape are refused too', async () => {
  const { aliasProblem } = await import('./aliases');
  for (const bad of ['/en/a%2Fb', '/en/a%5Cb', '/en/a%252e', '/en/a%3Fx', '/en/a b', '/en/a%20b', '/en/a%E0%A4%A', '/en/a%00', '/en/a\u202Eb', 'en/a', '/en/./a']) {
    assert.ok(aliasProblem(bad), `${JSON.stringify(bad)} should be refused`);
  }
  for (const good of ['/en/novosti/x-2022-01-10-21457', '/ar/novosti/توكاييف', '/ar/mn-nhn/%D8%AA', '/novosti/x.html', '/EN/About-Us/']) {
    assert.equal(aliasProblem(good), undefined, good);
  }
});
