import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: plain ESM script without type declarations
import { checkDeps, compareVersions } from './deps-check.mjs';

test('versions compare numerically, pre-releases below releases', () => {
  assert.equal(compareVersions('16.10.0', '16.3.3'), 1);
  assert.equal(compareVersions('16.3.3', '16.3.3'), 0);
  assert.equal(compareVersions('16.3.2', '16.3.3'), -1);
  assert.equal(compareVersions('16.3.3-canary.1', '16.3.3'), -1);
  assert.equal(compareVersions('19.2.10', '19.2.8'), 1);
});

function fakeRoot(installed: Record<string, string>, declared: Record<string, string>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'deps-'));
  fs.writeFileSync(path.join(root, 'security-floor.json'), JSON.stringify({ next: '16.3.3', react: '19.2.8' }));
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ dependencies: declared }));
  for (const [name, version] of Object.entries(installed)) {
    fs.mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules', name, 'package.json'), JSON.stringify({ version }));
  }
  return root;
}

test('a package below its floor, or not pinned exactly, fails', () => {
  const rows = checkDeps(fakeRoot({ next: '16.3.2', react: '19.2.8' }, { next: '16.3.2', react: '^19.2.8' }));
  assert.deepEqual(
    rows.map((r: { name: string; ok: boolean }) => [r.name, r.ok]),
    [
      ['next', false],
      ['react', false],
    ],
  );
});

test('the repository itself meets its floor', () => {
  const rows = checkDeps(process.cwd());
  assert.ok(rows.length >= 4);
  for (const r of rows) assert.ok(r.ok, `${r.name}: ${r.problems.join('; ')}`);
});
