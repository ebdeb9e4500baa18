import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The churn fixture's peak old space with HEAP_GROWTH_PERCENT set to `percent`. */
function peakOldSpace(percent: string): number {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '__fixtures__', 'heap-churn.ts')], {
    env: { ...process.env, HEAP_GROWTH_PERCENT: percent },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  // setFlagsFromString only warns about a flag this V8 does not know: a renamed flag must fail here.
  assert.doesNotMatch(r.stderr, /unrecognized flag|missing value/i);
  return (JSON.parse(r.stdout) as { mostOldMiB: number }).mostOldMiB;
}

test('the heap growth limit keeps the old space near the live set (the V8 flag still works)', () => {
  const v8Default = peakOldSpace('0');
  const limited = peakOldSpace('30');
  // The live set is about 60 MiB: V8's default lets the garbage take the old space past 200.
  assert.ok(v8Default > 200, `V8's default peak ${v8Default} MiB: the fixture no longer shows the growth`);
  assert.ok(limited < 140, `with the limit the old space still reached ${limited} MiB`);
});
