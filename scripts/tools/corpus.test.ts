/**
 * Tests of scripts/tools/corpus.mjs, the synthetic corpus generator: determinism,
 * argument handling, and that what it writes passes the real content loader.
 *
 * Run: npx tsx --conditions=react-server --test scripts/tools/corpus.test.ts
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '@/lib/content/loader';
import { formatProblem } from '@/lib/content/problems';
import { ID_PATTERN, INVISIBLE_CONTROLS, SUMMARY_MAX } from '@/lib/content/schema';
// @ts-expect-error: plain ESM script without type declarations
import { refuseForce } from './corpus.mjs';

const SCRIPT = path.join(__dirname, 'corpus.mjs');
const STORIES = 60;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-test-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
}

function generate(name: string, seed: string): string {
  const out = path.join(tmp, name);
  const r = run('--stories', String(STORIES), '--out', out, '--seed', seed);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^corpus: ${STORIES} stories, \\d+ translations .* \\d+ bytes .* s -> `));
  return out;
}

/** One hash over every file's relative path and bytes, in sorted order. */
function treeHash(root: string): string {
  const h = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else
        h.update(`${path.relative(root, p)}\0`)
          .update(fs.readFileSync(p))
          .update('\0');
    }
  };
  walk(root);
  return h.digest('hex');
}

const a = generate('a', '42');
const index = loadContent(a);
const entries = [...index.stories.values()].flatMap((t) => Object.values(t));

test('the same seed gives a byte-identical tree; another seed a different one', () => {
  const again = generate('b', '42');
  assert.equal(treeHash(again), treeHash(a));
  const other = generate('c', '43');
  assert.notEqual(treeHash(other), treeHash(a));
});

test('the corpus passes the real content loader with zero problems', () => {
  assert.deepEqual(index.problems.map(formatProblem), []);
  assert.equal(index.stories.size, STORIES);
  assert.ok(index.tags.size > 0);
  assert.deepEqual(Object.keys(index.pages.get('about') ?? {}).sort(), ['ar', 'en', 'ru']);
  assert.deepEqual(fs.readFileSync(path.join(a, 'tags.yaml')), fs.readFileSync(path.join(__dirname, '..', '..', 'content', 'tags.yaml')));
});

test('ids are valid and unique, every story is marked synthetic', () => {
  const markers = { ar: '[اصطناعي]', ru: '[синтетика]', en: '[synthetic]' } as const;
  for (const [id, t] of index.stories) {
    assert.match(id, ID_PATTERN);
    assert.match(id, /^synthetic-\d{6}-[a-z]+$/);
    for (const e of Object.values(t)) {
      assert.ok(e.title.startsWith(markers[e.locale]), `${id}/${e.locale}: ${e.title}`);
      assert.ok(e.summary.length > 0 && [...e.summary].length <= SUMMARY_MAX);
      assert.ok(e.tags.length >= 1 && e.tags.length <= 3);
      for (const tag of e.tags) assert.ok(index.tags.has(tag));
      const text = fs.readFileSync(e.path, 'utf8');
      assert.match(text, /synthetic|синтетическ|اصطناعي/);
      assert.doesNotMatch(text, INVISIBLE_CONTROLS);
      assert.equal(text, text.normalize('NFC'));
    }
  }
});

test('some stories lack translations, some exist in one locale only', () => {
  assert.ok(index.missing.size > 0);
  assert.ok([...index.missing.values()].some((l) => l.length === 1));
  assert.ok([...index.missing.values()].some((l) => l.length === 2));
  assert.ok(index.missing.size < STORIES / 4);
});

test('drafts are marked DRAFTCANARY, and only drafts carry it', () => {
  const drafts = entries.filter((e) => e.draft);
  assert.ok(drafts.length > 0);
  for (const e of entries) {
    const text = fs.readFileSync(e.path, 'utf8');
    assert.equal(e.title.includes('DRAFTCANARY'), e.draft, e.path);
    assert.equal(text.includes('DRAFTCANARY'), e.draft, e.path);
  }
});

test('each locale is in its own script, with realistic lengths', () => {
  const arabic = /\p{Script=Arabic}/u;
  const cyrillic = /\p{Script=Cyrillic}/u;
  let tashkeel = false,
    yo = false;
  for (const e of entries) {
    const body = fs.readFileSync(e.path, 'utf8').split('\n---\n')[1]!;
    if (e.locale === 'ar') {
      assert.match(body, arabic);
      assert.doesNotMatch(body, cyrillic);
      if (/[\u064B-\u0652]/u.test(body)) tashkeel = true;
    } else if (e.locale === 'ru') {
      assert.match(body, cyrillic);
      assert.doesNotMatch(body, arabic);
      if (/ё/u.test(body)) yo = true;
    } else {
      assert.doesNotMatch(body, arabic);
      assert.doesNotMatch(body, cyrillic);
    }
    assert.ok(e.words >= 350 && e.words <= 900, `${e.path}: ${e.words} words`);
    assert.match(body, /\n\n/);
  }
  assert.ok(tashkeel, 'some Arabic text with tashkeel');
  assert.ok(yo, 'some Russian words with ё');
  assert.ok(entries.some((e) => /^## /m.test(fs.readFileSync(e.path, 'utf8'))));
  assert.ok(entries.some((e) => /^> /m.test(fs.readFileSync(e.path, 'utf8'))));
});

test('dates span at least eight of the ten years before 2026-11-01', () => {
  const times = entries.map((e) => e.time);
  const min = Math.min(...times),
    max = Math.max(...times);
  assert.ok(min >= Date.parse('2016-11-01T00:00:00+03:00'));
  assert.ok(max < Date.parse('2026-11-01T00:00:00+03:00'));
  assert.ok(max - min >= 8 * 365.25 * 86400000, `span ${(max - min) / 86400000} days`);
  for (const e of entries) assert.match(e.date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$/);
});

test('covers, where present, are real images', () => {
  const withImage = entries.filter((e) => e.image);
  assert.ok(withImage.length > 0);
  for (const e of withImage) assert.ok(e.image!.width > 0 && e.image!.height > 0);
});

test('bad arguments print usage and exit 2', () => {
  for (const args of [
    [],
    ['--stories', '5'],
    ['--out', path.join(tmp, 'x')],
    ['--stories', '0', '--out', path.join(tmp, 'x')],
    ['--stories', 'ten', '--out', path.join(tmp, 'x')],
    ['--stories', '5', '--out', path.join(tmp, 'x'), '--bogus'],
  ]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /usage: node scripts\/tools\/corpus\.mjs/);
  }
  assert.ok(!fs.existsSync(path.join(tmp, 'x')));
});

test('refuses a non-empty directory; --force replaces only a corpus it wrote', () => {
  // A directory that is not a corpus: refused with and without --force, left untouched.
  const busy = path.join(tmp, 'busy');
  fs.mkdirSync(busy);
  fs.writeFileSync(path.join(busy, 'keep.txt'), 'x');
  fs.writeFileSync(path.join(busy, 'tags.yaml'), 'x: { ar: x, ru: x, en: x }\n');
  for (const extra of [[], ['--force']]) {
    const r = run('--stories', '3', '--out', busy, ...extra);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, extra.length ? /does not look like a corpus/ : /not empty/);
  }
  assert.deepEqual(fs.readdirSync(busy).sort(), ['keep.txt', 'tags.yaml']);

  // A corpus with a stray file added: still refused.
  const stray = path.join(tmp, 'stray');
  assert.equal(run('--stories', '3', '--out', stray).status, 0);
  fs.writeFileSync(path.join(stray, 'notes.txt'), 'mine');
  assert.match(run('--stories', '3', '--out', stray, '--force').stderr, /does not look like a corpus.*notes\.txt/);
  assert.ok(fs.existsSync(path.join(stray, 'notes.txt')));

  // A corpus: refused without --force, replaced with it.
  const out = path.join(tmp, 'regen');
  assert.equal(run('--stories', '5', '--out', out).status, 0);
  assert.equal(run('--stories', '3', '--out', out).status, 1);
  const f = run('--stories', '3', '--out', out, '--force');
  assert.equal(f.status, 0, f.stderr);
  assert.equal(fs.readdirSync(path.join(out, 'articles')).length, 3);
});

test('--force never deletes /tmp, home, the repository, its content or their ancestors', () => {
  // Checked on the guard itself: these paths are never handed to the script with --force.
  const repo = path.resolve(__dirname, '..', '..');
  for (const dir of ['/', '/tmp', os.tmpdir(), os.homedir(), process.cwd(), repo, path.join(repo, 'content'), path.dirname(repo)]) {
    assert.match(String(refuseForce(dir)), /refusing to delete/, dir);
  }
  assert.equal(refuseForce(a), undefined);
});
