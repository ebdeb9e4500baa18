/**
 * Tests of the content API (lib/content/index.ts) against the `valid` fixture,
 * and of lib/format.ts.
 *
 * CONTENT_DIR selects the root and NOW the current time; both are read at call
 * time. The index is cached in globalThis.__contentIndex per root, while
 * visibility (draft / scheduled) is decided at query time against now().
 */
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const VALID = path.join(__dirname, '__fixtures__', 'valid');
process.env.CONTENT_DIR = VALID;
Reflect.deleteProperty(process.env, 'NODE_ENV'); // not `development`: no mtime-based reloads
delete process.env.NEXT_PHASE;

type Api = typeof import('./index');
type Format = typeof import('../format');
let api: Api;
let fmt: Format;

before(async () => {
  api = await import('./index');
  fmt = await import('../format');
});

/** Before the scheduled story (2030-05-15T10:00+03:00 = 07:00Z), after everything else. */
const BEFORE = '2025-01-01T00:00:00Z';
const AFTER = '2031-01-01T00:00:00Z';

beforeEach(() => {
  process.env.CONTENT_DIR = VALID;
  process.env.NOW = BEFORE;
});

const originalTZ = process.env.TZ;
const tempRoots: string[] = [];
after(() => {
  delete process.env.NOW;
  if (originalTZ === undefined) delete process.env.TZ;
  else process.env.TZ = originalTZ;
  for (const r of tempRoots) fs.rmSync(r, { recursive: true, force: true });
});

const ids = (entries: readonly { id: string }[] | undefined) => (entries ?? []).map((e) => e.id);
const preview = { preview: true } as const;

// ---------------------------------------------------------------------------
// Index
// ---------------------------------------------------------------------------

test('the valid fixture index has no problems and is cached in globalThis.__contentIndex', () => {
  const index = api.getIndex();
  assert.deepEqual(index.problems, []);
  assert.equal(index.root, VALID);
  const cache = (globalThis as { __contentIndex?: { index: unknown } }).__contentIndex;
  assert.equal(cache?.index, index);
  assert.equal(api.getIndex(), index, 'the second call returns the cached index');
});

// ---------------------------------------------------------------------------
// Drafts
// ---------------------------------------------------------------------------

test('drafts are excluded from getStories unless preview', () => {
  assert.deepEqual(ids(api.getStories('en')?.items), ['kazakhstan-referendum', 'csto-peacekeepers-deployed']);
  assert.deepEqual(ids(api.getStories('ar')?.items), ['csto-peacekeepers-deployed']);
  assert.deepEqual(ids(api.getStories('en', preview)?.items), [
    'csto-summit-scheduled',
    'kazakhstan-referendum',
    'csto-draft-note',
    'csto-peacekeepers-deployed',
  ]);
  assert.equal(api.getStories('en')?.total, 2);
  assert.deepEqual(ids(api.getStories('en', { tag: 'csto' })?.items), ['csto-peacekeepers-deployed']);
  assert.deepEqual(ids(api.getStories('en', { tag: 'csto', preview: true })?.items), [
    'csto-summit-scheduled',
    'csto-draft-note',
    'csto-peacekeepers-deployed',
  ]);
  assert.deepEqual(ids(api.getAllStories('ru')), ['kazakhstan-referendum', 'csto-peacekeepers-deployed']);
  assert.deepEqual(api.getRecentStoryIds('en', 10), ['kazakhstan-referendum', 'csto-peacekeepers-deployed']);
});

test('drafts are excluded from getTags counts unless preview', () => {
  assert.deepEqual(api.getTags('en'), [
    { id: 'kazakhstan', label: 'Kazakhstan', count: 2 },
    { id: 'csto', label: 'CSTO', count: 1 },
  ]);
  assert.deepEqual(api.getTags('ar'), [
    { id: 'kazakhstan', label: 'كازاخستان', count: 1 },
    { id: 'csto', label: 'منظمة معاهدة الأمن الجماعي', count: 1 },
  ]);
  assert.deepEqual(api.getTags('en', preview), [
    { id: 'kazakhstan', label: 'Kazakhstan', count: 3 },
    { id: 'csto', label: 'CSTO', count: 3 },
  ]);
  assert.deepEqual(api.getTag('csto'), { ar: 'منظمة معاهدة الأمن الجماعي', ru: 'ОДКБ', en: 'CSTO' });
  assert.equal(api.getTag('sco'), undefined);
});

test('drafts are excluded from getRelated unless preview', () => {
  assert.deepEqual(ids(api.getRelated('en', 'csto-peacekeepers-deployed')), ['kazakhstan-referendum']);
  // Preview: the scheduled story shares two tags; then newest first among one shared tag.
  assert.deepEqual(ids(api.getRelated('en', 'csto-peacekeepers-deployed', 3, preview)), [
    'csto-summit-scheduled',
    'kazakhstan-referendum',
    'csto-draft-note',
  ]);
  assert.deepEqual(ids(api.getRelated('en', 'csto-peacekeepers-deployed', 1, preview)), ['csto-summit-scheduled']);
  assert.ok(!ids(api.getRelated('en', 'kazakhstan-referendum')).includes('csto-draft-note'));
});

test('drafts are excluded from getAdjacent unless preview', () => {
  const a = api.getAdjacent('en', 'kazakhstan-referendum');
  assert.equal(a.newer, undefined);
  assert.equal(a.older?.id, 'csto-peacekeepers-deployed');
  const p = api.getAdjacent('en', 'kazakhstan-referendum', preview);
  assert.equal(p.newer?.id, 'csto-summit-scheduled');
  assert.equal(p.older?.id, 'csto-draft-note');
  assert.deepEqual(api.getAdjacent('en', 'csto-draft-note'), {}, 'a hidden story has no neighbours');
  const d = api.getAdjacent('en', 'csto-draft-note', preview);
  assert.equal(d.newer?.id, 'kazakhstan-referendum');
  assert.equal(d.older?.id, 'csto-peacekeepers-deployed');
});

test('drafts are excluded from getTranslations unless preview', () => {
  assert.deepEqual(api.getStoryLocales('csto-draft-note'), []);
  assert.deepEqual(api.getStoryLocales('csto-draft-note', preview), ['ar', 'ru', 'en']);
});

test('drafts are excluded from getStoryEntry and getStory unless preview', () => {
  assert.equal(api.getStoryEntry('en', 'csto-draft-note'), undefined);
  assert.equal(api.getStory('en', 'csto-draft-note'), undefined);
  assert.equal(api.getStoryEntry('en', 'csto-draft-note', preview)?.title, 'Draft note (en)');
  const s = api.getStory('en', 'csto-draft-note', preview);
  assert.equal(s?.status, 'draft');
  assert.match(s!.html, /Not ready yet\./);
});

test('getUnpublished lists drafts and scheduled stories with their status', () => {
  assert.deepEqual(
    api.getUnpublished('en').map((e) => [e.id, e.status]),
    [
      ['csto-summit-scheduled', 'scheduled'],
      ['csto-draft-note', 'draft'],
    ],
  );
});

// ---------------------------------------------------------------------------
// Scheduling
// ---------------------------------------------------------------------------

test('the scheduled story is hidden before NOW passes its date and visible from then on, without reloading the index', () => {
  const id = 'csto-summit-scheduled';
  const index = api.getIndex();

  process.env.NOW = '2030-05-15T06:59:59.999Z'; // 09:59:59.999 in Moscow
  assert.equal(api.getStoryEntry('en', id), undefined);
  assert.equal(api.getStory('en', id), undefined);
  assert.deepEqual(api.getStoryLocales(id), []);
  assert.ok(!ids(api.getStories('en')?.items).includes(id));
  assert.equal(api.getTags('en').find((t) => t.id === 'csto')?.count, 1);
  assert.equal(api.getStoryEntry('en', id, preview)?.id, id, 'preview shows it');
  assert.equal(api.getStory('en', id, preview)?.status, 'scheduled');
  assert.equal(api.visibilityOf(api.getStoryEntry('en', id, preview)!), 'scheduled');

  process.env.NOW = '2030-05-15T07:00:00Z'; // exactly 10:00 in Moscow
  assert.equal(api.getStoryEntry('en', id)?.id, id);
  assert.equal(api.getStory('en', id)?.status, 'published');
  assert.deepEqual(api.getStoryLocales(id), ['ar', 'ru', 'en']);
  assert.equal(ids(api.getStories('en')?.items)[0], id);
  assert.equal(api.getTags('en').find((t) => t.id === 'csto')?.count, 2);
  assert.deepEqual(ids(api.getRelated('en', 'csto-peacekeepers-deployed')), [id, 'kazakhstan-referendum']);
  assert.equal(api.getAdjacent('en', 'kazakhstan-referendum').newer?.id, id);
  assert.deepEqual(
    api.getUnpublished('en').map((e) => e.id),
    ['csto-draft-note'],
  );

  process.env.NOW = BEFORE; // and back again: nothing is remembered
  assert.equal(api.getStoryEntry('en', id), undefined);

  assert.equal(api.getIndex(), index, 'visibility changed without rebuilding the index');
});

test('a draft stays hidden even after its date has passed', () => {
  process.env.NOW = AFTER;
  assert.equal(api.getStoryEntry('en', 'csto-draft-note'), undefined);
  assert.deepEqual(api.getStoryLocales('csto-draft-note'), []);
});

// ---------------------------------------------------------------------------
// Pagination
// ---------------------------------------------------------------------------

test('getStories returns undefined for a page beyond the last (and for page 0, -1, 1.5)', () => {
  const p1 = api.getStories('en');
  assert.equal(p1?.page, 1);
  assert.equal(p1?.totalPages, 1);
  assert.equal(api.getStories('en', { page: 2 }), undefined);
  assert.equal(api.getStories('en', { page: 0 }), undefined);
  assert.equal(api.getStories('en', { page: -1 }), undefined);
  assert.equal(api.getStories('en', { page: 1.5 }), undefined);
  assert.equal(api.getStories('en', { tag: 'csto', page: 2 }), undefined);
  // An empty listing still has its first page.
  assert.deepEqual(api.getStories('en', { tag: 'no-such-tag' }), { items: [], page: 1, totalPages: 1, total: 0 });
});

test('getStories paginates by 20', () => {
  // A generated root with 45 published stories and 1 draft in en.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-api-test-'));
  tempRoots.push(root);
  fs.copyFileSync(path.join(VALID, 'tags.yaml'), path.join(root, 'tags.yaml'));
  const story = (n: number, draft = false) =>
    [
      '---',
      `title: "Story ${n}"`,
      `summary: "Summary ${n}."`,
      // Story n is published n minutes after midnight UTC: higher n is newer.
      `date: "2022-01-10T00:${String(n).padStart(2, '0')}:00Z"`,
      'tags:',
      `  - ${n % 2 ? 'csto' : 'kazakhstan'}`,
      ...(draft ? ['draft: true'] : []),
      '---',
      '',
      `Body ${n}.`,
      '',
    ].join('\n');
  for (let n = 1; n <= 46; n++) {
    fs.mkdirSync(path.join(root, 'articles', `story-${n}`), { recursive: true });
    fs.writeFileSync(path.join(root, 'articles', `story-${n}`, 'en.md'), story(n, n === 46));
  }
  process.env.CONTENT_DIR = root;
  try {
    assert.deepEqual(api.getIndex().problems, []);
    const p1 = api.getStories('en')!;
    assert.equal(p1.items.length, 20);
    assert.equal(p1.total, 45);
    assert.equal(p1.totalPages, 3);
    assert.equal(p1.items[0]!.id, 'story-45');
    assert.equal(p1.items[19]!.id, 'story-26');
    const p2 = api.getStories('en', { page: 2 })!;
    assert.equal(p2.items.length, 20);
    assert.equal(p2.page, 2);
    assert.equal(p2.items[0]!.id, 'story-25');
    const p3 = api.getStories('en', { page: 3 })!;
    assert.deepEqual(ids(p3.items), ['story-5', 'story-4', 'story-3', 'story-2', 'story-1']);
    assert.equal(api.getStories('en', { page: 4 }), undefined);
    // With preview the draft makes 46: still 3 pages, the draft first.
    const pp1 = api.getStories('en', { preview: true })!;
    assert.equal(pp1.total, 46);
    assert.equal(pp1.items[0]!.id, 'story-46');
    // A tag listing paginates the same way: 23 odd-numbered stories → 2 pages.
    const t2 = api.getStories('en', { tag: 'csto', page: 2 })!;
    assert.equal(t2.total, 23);
    assert.equal(t2.totalPages, 2);
    assert.deepEqual(ids(t2.items), ['story-5', 'story-3', 'story-1']);
    assert.equal(api.getStories('en', { tag: 'csto', page: 3 }), undefined);
    // Other locales are empty, with one (empty) page.
    assert.deepEqual(api.getStories('ar'), { items: [], page: 1, totalPages: 1, total: 0 });
  } finally {
    process.env.CONTENT_DIR = VALID;
  }
  assert.equal(api.getIndex().root, VALID, 'switching CONTENT_DIR back reloads the fixture');
});

// ---------------------------------------------------------------------------
// Translations
// ---------------------------------------------------------------------------

test("getTranslations lists only existing locales, in ['ar','ru','en'] order", () => {
  assert.deepEqual(api.getStoryLocales('kazakhstan-referendum'), ['ru', 'en']);
  assert.deepEqual(api.getStoryLocales('csto-peacekeepers-deployed'), ['ar', 'ru', 'en']);
  assert.deepEqual(api.getStoryLocales('no-such-story'), []);
  assert.equal(api.getStoryEntry('ar', 'kazakhstan-referendum'), undefined);
  assert.equal(api.getStory('ar', 'kazakhstan-referendum'), undefined);
});

// ---------------------------------------------------------------------------
// Rendering and assets
// ---------------------------------------------------------------------------

test('getStory renders the body with local images mapped to /media URLs', () => {
  const s = api.getStory('en', 'csto-peacekeepers-deployed')!;
  assert.equal(s.status, 'published');
  assert.match(s.image!.url, /^\/media\/csto-peacekeepers-deployed\/cover\.png\?v=[\w-]{10}$/);
  // The body's image carries the same version as the cover (same file).
  assert.ok(s.html.includes(`<img src="${s.image!.url.replace('&', '&amp;')}" alt="Map of the deployment"`), s.html);
  assert.match(s.html, /began deploying in Kazakhstan/);
});

test('getStoryAsset serves an image of a visible story and nothing outside it', () => {
  const a = api.getStoryAsset('csto-peacekeepers-deployed', 'cover.png');
  assert.equal(a?.type, 'image/png');
  assert.equal(a?.body.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(api.getStoryAsset('csto-peacekeepers-deployed', '../csto-draft-note/en.md'), undefined);
  assert.equal(api.getStoryAsset('csto-peacekeepers-deployed', 'en.md'), undefined);
  assert.equal(api.getStoryAsset('csto-peacekeepers-deployed', 'missing.png'), undefined);
  assert.equal(api.getStoryAsset('no-such-story', 'cover.png'), undefined);
});

// ---------------------------------------------------------------------------
// lib/format.ts
// ---------------------------------------------------------------------------

test('formatDate: ar / ru / en', () => {
  assert.equal(fmt.formatDate('2022-01-10T14:00:00+03:00', 'ar'), '١٠ يناير ٢٠٢٢');
  assert.equal(fmt.formatDate('2022-01-10T14:00:00+03:00', 'ru'), '10 января 2022 г.');
  assert.equal(fmt.formatDate('2022-01-10T14:00:00+03:00', 'en'), '10 January 2022');
});

test('formatDate uses Moscow time whatever process.env.TZ is', () => {
  for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'Asia/Tokyo']) {
    process.env.TZ = tz;
    // 22:30 UTC on 9 January is 01:30 on 10 January in Moscow.
    assert.equal(fmt.formatDate('2022-01-09T22:30:00Z', 'en'), '10 January 2022', tz);
    assert.equal(fmt.formatDate('2022-01-09T22:30:00Z', 'ru'), '10 января 2022 г.', tz);
    assert.equal(fmt.formatDate('2022-01-09T22:30:00Z', 'ar'), '١٠ يناير ٢٠٢٢', tz);
    // 21:30 UTC on 10 January is 00:30 on 11 January in Moscow, still 10 January in UTC.
    assert.equal(fmt.formatDate('2022-01-10T21:30:00Z', 'en'), '11 January 2022', tz);
    // 20:59 UTC is 23:59 in Moscow, but 11 January in Kiritimati (UTC+14).
    assert.equal(fmt.formatDate('2022-01-10T20:59:00Z', 'en'), '10 January 2022', tz);
  }
  // The TZ switch really took effect in this process (so the loop tested something).
  process.env.TZ = 'Pacific/Honolulu';
  assert.equal(new Date('2022-01-09T22:30:00Z').getDate(), 9);
  process.env.TZ = 'Pacific/Kiritimati';
  assert.equal(new Date('2022-01-10T20:59:00Z').getDate(), 11);
});

test('formatNumber and readingMinutes', () => {
  assert.equal(fmt.formatNumber(2022, 'ar'), '٢٬٠٢٢');
  assert.equal(fmt.formatNumber(45, 'en'), '45');
  assert.equal(fmt.readingMinutes(0), 1);
  assert.equal(fmt.readingMinutes(1000), 5);
});

// ---------------------------------------------------------------------------
// Old addresses
// ---------------------------------------------------------------------------

test('getRedirect: an alias leads to its story, in any letter case, with or without a trailing slash, raw or percent-encoded', () => {
  const to = '/en/news/csto-peacekeepers-deployed';
  for (const p of [
    '/en/novosti/csto-peacekeepers-deployed-2022-01-06-21401',
    '/en/novosti/csto-peacekeepers-deployed-2022-01-06-21401/',
    '/EN/Novosti/CSTO-Peacekeepers-Deployed-2022-01-06-21401',
    '/en/group-news/csto-peacekeepers',
    '/en/group-news/csto%2Dpeacekeepers/',
    '/en/old-csto-story',
  ]) {
    assert.equal(api.getRedirect(p), to, p);
  }
  const arabic = '/ar/novosti/نشر-قوات-حفظ-السلام-2022-01-06-21401';
  assert.equal(api.getRedirect(encodeURI(arabic)), '/ar/news/csto-peacekeepers-deployed');
  assert.equal(api.getRedirect(`${encodeURI(arabic)}/`), '/ar/news/csto-peacekeepers-deployed');
  // Written percent-encoded in the file, asked for in lower-case hex.
  assert.equal(api.getRedirect('/ar/mn-nhn/%d9%86%d8%b4%d8%b1-%d9%82%d9%88%d8%a7%d8%aa'), '/ar/news/csto-peacekeepers-deployed');
});

test('getRedirect: redirects.yaml entries lead to their pages', () => {
  assert.equal(api.getRedirect('/en/about-us'), '/en/about');
  assert.equal(api.getRedirect('/ar/novosti/'), '/ar');
  assert.equal(api.getRedirect('/RU/O-Gruppe'), '/ru/tags/csto');
});

test('getRedirect: unknown and malformed paths, and the portal\'s own, lead nowhere', () => {
  for (const p of ['/en/novosti/no-such-story', '/en/news/csto-peacekeepers-deployed', '/en/about', '/', '/ar/novosti/%E0%A4%A', '//en/about-us', '/en/about-us/x']) {
    assert.equal(api.getRedirect(p), undefined, p);
  }
});

test('getRedirect: a draft\'s alias and a redirect to a draft lead nowhere; a scheduled story\'s alias only once it is live', () => {
  assert.equal(api.getRedirect('/en/novosti/draft-note'), undefined);
  assert.equal(api.getRedirect('/en/old-draft'), undefined);
  assert.equal(api.getRedirect('/en/novosti/csto-summit'), undefined);
  process.env.NOW = AFTER;
  assert.equal(api.getRedirect('/en/novosti/csto-summit'), '/en/news/csto-summit-scheduled');
  assert.equal(api.getRedirect('/en/novosti/draft-note'), undefined);
});
