import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const fixtures = path.join('lib', 'content', '__fixtures__');

function check(contentDir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/content-check.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
}

test('content:check passes valid content, warning about missing translations', () => {
  const r = check(path.join(fixtures, 'valid'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /warning: .*lack/);
  assert.match(r.stdout, /content:check: ok/);
});

test('content:check prints every problem of a root, one per line as file:line: field: reason, and exits 1', () => {
  const r = check(path.join(fixtures, 'invalid-multiple'));
  assert.equal(r.status, 1);
  const lines = r.stderr.split('\n').filter((l) => l.startsWith('lib/content/__fixtures__/invalid-multiple/'));
  assert.ok(lines.length >= 3, r.stderr);
  for (const line of lines) assert.match(line, /^[^:]+\.(md|yaml)(:\d+)?: [\w.]+: .+/);
  assert.match(r.stderr, /\d+ problems? in /);
});

test('content:check reports a body image that does not exist, with its file, line and field', () => {
  const r = check(path.join(fixtures, 'invalid-body-image-missing'));
  assert.equal(r.status, 1);
  assert.match(
    r.stderr,
    /^lib\/content\/__fixtures__\/invalid-body-image-missing\/articles\/kazakhstan-talks\/en\.md:12: body: "\.\/map\.png" does not exist in /m,
  );
  assert.match(r.stderr, /1 problem in /);
});

test('the shipped content passes', () => {
  const r = check('content');
  assert.equal(r.status, 0, r.stderr);
});
