/**
 * The browser's search gives what the server's gives: the same stories in
 * the same order, the same totals and the same excerpts, page by page and in
 * each language, reading only what lib/search/browser-index serves. And a
 * publish between two of its requests costs it one retry, never a mix of two
 * versions.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-browser-search-'));
fs.cpSync(path.join(__dirname, '..', 'content', '__fixtures__', 'valid'), root, { recursive: true });
process.env.CONTENT_DIR = root;
process.env.NOW = '2026-01-01T00:00:00Z';
Reflect.deleteProperty(process.env, 'NODE_ENV');
delete process.env.NEXT_PHASE;

// An archive with ties: equal dates, equal lengths, words in the title or only in the body.
const WORDS = {
  en: ['riot', 'summit', 'border', 'trade', 'energy', 'security', 'talks', 'grain'],
  ru: ['переговоры', 'граница', 'торговля', 'энергетика', 'безопасность', 'саммит', 'зерно', 'партнёрство'],
  ar: ['مُحَادَثَات', 'الحدود', 'التجارة', 'الطاقة', 'الأمن', 'قمة', 'الحبوب', 'شراكة'],
} as const;
let seed = 11;
const rand = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
for (let i = 0; i < 48; i++) {
  const id = `story-${String(i).padStart(2, '0')}`;
  fs.mkdirSync(path.join(root, 'articles', id));
  // Four stories a day: ties on the date.
  const date = `2024-03-${String(1 + Math.floor(i / 4)).padStart(2, '0')}T12:00:00+03:00`;
  for (const [locale, words] of Object.entries(WORDS)) {
    const pick = (n: number) => Array.from({ length: n }, () => words[rand(words.length)]).join(' ');
    const title = `${pick(2)} ${i}`;
    const body = Array.from({ length: 1 + rand(4) }, () => `${pick(4 + rand(8))}.`).join('\n\n');
    fs.writeFileSync(
      path.join(root, 'articles', id, `${locale}.md`),
      `---\ntitle: "${title}"\nsummary: "${pick(3)}"\ndate: "${date}"\ntags:\n  - kazakhstan\n---\n\n${body}\n`,
    );
  }
}

type Service = typeof import('./service');
type Content = typeof import('../content');
let service: Service;
let content: Content;
let browser: typeof import('./browser');
let served: typeof import('./browser-index');
before(async () => {
  service = await import('./service');
  content = await import('../content');
  browser = await import('./browser');
  served = await import('./browser-index');
});
after(() => {
  delete process.env.NOW;
  fs.rmSync(root, { recursive: true, force: true });
});

/** The routes of app/search-index, answered from browser-index (the date text is the route's own). */
async function get(url: string): Promise<Response> {
  const u = new URL(url, 'http://portal.test');
  const [, , locale, version, kind, n] = u.pathname.split('/') as [string, string, 'en' | 'ru' | 'ar', string?, string?, string?];
  const data =
    version === undefined
      ? await served.manifest(locale)
      : kind === 'terms'
        ? await served.termPostings(locale, decodeURIComponent(version), u.searchParams.get('t')!)
        : await served.storyAt(locale, decodeURIComponent(version), Number(n)).then((s) => s && { ...s, dateText: s.date });
  return data === undefined ? new Response('Not found', { status: 404 }) : Response.json(data);
}

async function same(locale: 'en' | 'ru' | 'ar', query: string, page: number) {
  const server = await service.search(locale, query, page);
  const mine = await browser.searchInBrowser(locale, query, page, get);
  const label = `${locale} "${query}" page ${page}`;
  assert.equal(mine.total, server.total, label);
  assert.equal(mine.totalPages, server.totalPages, label);
  assert.deepEqual(
    mine.results.map((r) => r.id),
    server.results.map((r) => r.entry.id),
    label,
  );
  assert.deepEqual(
    mine.results.map((r) => r.excerpt),
    server.results.map((r) => r.excerpt),
    label,
  );
  return mine;
}

test('the same results, order, totals and excerpts as the server, page by page, in every language', async () => {
  let found = 0;
  for (const [locale, words] of Object.entries(WORDS) as ['en' | 'ru' | 'ar', readonly string[]][]) {
    for (const q of [
      words[0]!,
      `${words[1]} ${words[2]}`,
      words[3]!.toUpperCase(),
      'nothing-of-this',
      `${words[4]} ${words[5]} ${words[6]}`,
    ]) {
      for (const page of [1, 2, 3]) found += (await same(locale, q, page)).results.length;
    }
  }
  assert.ok(found > 60, `the queries found stories (${found})`);
  // Normalization on the query side: tashkeel and alef forms, ё.
  assert.ok((await same('ar', 'محادثات', 1)).total > 0);
  assert.ok((await same('ru', 'партнерство', 1)).total > 0);
});

test('a version is made of the content: rebuilt from the same stories, it is the same', async () => {
  const before = (await served.manifest('en')).version;
  const postings = await served.termPostings('en', before, 'riot');
  Reflect.deleteProperty(globalThis, '__searchIndexes');
  assert.equal((await served.manifest('en')).version, before);
  assert.deepEqual(await served.termPostings('en', before, 'riot'), postings);
});

test('a publish makes a new version; a search that meets it mid-way starts again on the new one', async () => {
  const old = (await served.manifest('en')).version;
  const file = path.join(root, 'articles', 'story-07', 'en.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Pangolin summit"'));
  const later = new Date(Date.now() + 5_000);
  fs.utimesSync(file, later, later);
  content.installIndex(content.reloadIndex());
  const current = (await served.manifest('en')).version;
  assert.notEqual(current, old);
  assert.equal(await served.termPostings('en', old, 'pangolin'), undefined, 'an old version is gone');
  assert.equal(await served.storyAt('en', old, 0), undefined);
  // The first manifest it reads is the old one.
  let first = true;
  const stale = async (url: string) => {
    if (first && url === '/search-index/en') {
      first = false;
      return Response.json({ ...(await served.manifest('en')), version: old });
    }
    return get(url);
  };
  const r = await browser.searchInBrowser('en', 'pangolin', 1, stale);
  assert.deepEqual(
    r.results.map((x) => x.id),
    ['story-07'],
  );
  await same('en', 'pangolin summit', 1);
  // A takedown: gone from both.
  fs.rmSync(path.join(root, 'articles', 'story-07'), { recursive: true });
  content.installIndex(content.reloadIndex());
  assert.equal((await same('en', 'pangolin', 1)).total, 0);
});

test('drafts and scheduled stories are never in what the browser reads', async () => {
  const { version, stories } = await served.manifest('en');
  for (let n = 0; n < stories; n++) {
    const s = await served.storyAt('en', version, n);
    assert.ok(s && !/draft|scheduled/.test(s.id), s?.id);
  }
  assert.equal(await served.storyAt('en', version, stories), undefined);
});
