import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../content/loader';
import { storyChanges } from './publish';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-changes-'));
fs.cpSync(path.join(__dirname, '..', 'content', '__fixtures__', 'valid'), root, { recursive: true });
after(() => fs.rmSync(root, { recursive: true, force: true }));

test('storyChanges names each added, changed and removed translation, and nothing else', () => {
  const before = loadContent(root);
  assert.deepEqual(storyChanges(before, loadContent(root, before.folders)), []);
  const dir = path.join(root, 'articles', 'csto-peacekeepers-deployed');
  // Rewriting one translation re-reads the folder: its untouched translations are not reported.
  const en = path.join(dir, 'en.md');
  fs.writeFileSync(en, fs.readFileSync(en, 'utf8').replace(/^title: .*$/m, 'title: "New title"'));
  fs.rmSync(path.join(dir, 'ar.md'));
  fs.cpSync(path.join(root, 'articles', 'kazakhstan-referendum'), path.join(root, 'articles', 'added-story'), { recursive: true });
  const later = new Date(Date.now() + 5_000);
  fs.utimesSync(en, later, later);
  const changes = storyChanges(before, loadContent(root, before.folders));
  // A read derived from `before` names its folders: the same changes, without comparing every folder.
  const derived = loadContent(root, before.folders, { index: before });
  assert.deepEqual(derived.lineage.base?.changed, new Set(['added-story', 'csto-peacekeepers-deployed']));
  assert.deepEqual(storyChanges(before, derived), changes);
  assert.deepEqual(
    changes.map((c) => `${c.change} ${c.locale} ${c.id}`).sort(),
    ['added en added-story', 'changed en csto-peacekeepers-deployed', 'removed ar csto-peacekeepers-deployed']
      .concat(
        Object.keys(before.stories.get('kazakhstan-referendum')!)
          .filter((l) => l !== 'en')
          .map((l) => `added ${l} added-story`),
      )
      .sort(),
  );
});
