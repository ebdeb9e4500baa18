#!/usr/bin/env node
/**
 * `npm run publish`: makes the edits in CONTENT_DIR live on the running
 * server(s), without a build or a restart.
 *
 * Every server named in PUBLISH_URL (comma-separated base URLs; default
 * http://127.0.0.1:$PORT, PORT 3000) first checks the content with the rules
 * of `npm run content:check`; only when all of them accept it is it made
 * live on each. Exits 0 once the change is live everywhere, 1 on content
 * problems (printed, one per line, nothing changed) or an unreachable or
 * refusing server.
 */
const secret = process.env.PUBLISH_SECRET;
const targets = (process.env.PUBLISH_URL || `http://127.0.0.1:${process.env.PORT || 3000}`)
  .split(',')
  .map((u) => u.trim().replace(/\/+$/, ''))
  .filter(Boolean);

if (!secret) {
  console.error('publish: PUBLISH_SECRET is not set (it must be the one the server runs with)');
  process.exit(1);
}

const started = performance.now();

async function call(base, check) {
  let res;
  try {
    res = await fetch(`${base}/api/publish${check ? '?check=1' : ''}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(120_000),
    });
  } catch (e) {
    throw new Error(`${base}: not reachable (${e.cause?.code ?? e.message})`);
  }
  if (res.status === 401) throw new Error(`${base}: refused: PUBLISH_SECRET does not match the server's`);
  const body = await res.json().catch(() => undefined);
  if (!body || (res.status !== 200 && res.status !== 422)) throw new Error(`${base}: answered ${res.status}`);
  return body;
}

function refuse(results) {
  const problems = [...new Set(results.flatMap((r) => (r.ok ? [] : r.problems)))];
  for (const p of problems) console.error(p);
  console.error(`\npublish: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was published`);
  process.exit(1);
}

try {
  // With several servers, all check first, so none goes live while another refuses.
  // One server checks and publishes in one step, changing nothing if it refuses.
  const checks = targets.length > 1 ? await Promise.all(targets.map((t) => call(t, true))) : [];
  if (checks.some((r) => !r.ok)) refuse(checks);
  const results = await Promise.all(targets.map((t) => call(t, false)));
  if (results.some((r) => !r.ok)) refuse(results);
  const changes = results[0].changes;
  for (const c of changes) console.log(`${c.change.padEnd(7)} ${c.locale} ${c.id}`);
  if (process.env.PUBLISH_VERBOSE === '1') {
    for (const [i, r] of results.entries()) {
      const steps = (x) =>
        Object.entries(x.steps)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(', ');
      const check = checks[i] ? `check ${checks[i].ms} ms (${steps(checks[i])}); ` : '';
      console.log(`${targets[i]}: ${check}publish ${r.ms} ms (${steps(r)})`);
    }
  }
  const took = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`publish: live on ${targets.join(', ')}: ${changes.length} change${changes.length === 1 ? '' : 's'} in ${took} s`);
} catch (e) {
  console.error(`publish: ${e.message}`);
  process.exit(1);
}
