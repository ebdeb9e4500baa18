#!/usr/bin/env node
/**
 * `npm run loadtest`: a traffic spike on loopback, bounded in time.
 *
 *   npm run loadtest [-- --connections 100 --duration 30]
 *
 * Builds the shipped content if there is no build yet, starts `next start`
 * on 127.0.0.1, and runs autocannon with 100 connections for 30 s over a
 * mix of home, story and tag pages in the three locales. It passes only with
 * 0 errors, 0 timeouts, no non-2xx answers, and the server's memory after
 * the run within +20 % of before (after a warm-up and a GC-settling pause).
 * Figures go into the "Load test" section of BENCHMARKS.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { XMLParser } from 'fast-xml-parser';
import { LOCALES } from './locales.mjs';
import { distDir } from '../../lib/dist-dir.cjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CONNECTIONS = opt('connections', 100);
const DURATION = opt('duration', 30);
const PORT = opt('port', 3700);
const dist = distDir();
const base = `http://127.0.0.1:${PORT}`;

if (!fs.existsSync(path.join(ROOT, dist, 'BUILD_ID'))) {
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = spawn(process.execPath, [path.join(ROOT, 'node_modules', '.bin', 'next'), 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
  cwd: ROOT,
  env: { ...process.env, NODE_ENV: 'production' },
  stdio: ['ignore', 'ignore', 'inherit'],
});

function rssMiB(pid) {
  // next start runs the server in the process it starts.
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

function serverPids(pid) {
  const out = [pid];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      if (Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return out;
}

const memory = () => serverPids(server.pid).reduce((a, p) => a + (rssMiB(p) || 0), 0);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function up() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/ar`)).ok) return;
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  throw new Error('server did not start');
}

function run(requests, duration, connections) {
  return new Promise((resolve, reject) => {
    const inst = autocannon({ url: base, connections, duration, requests, timeout: 10 }, (err, res) => (err ? reject(err) : resolve(res)));
    autocannon.track(inst, { renderProgressBar: false, renderResultsTable: false });
  });
}

/** Story ids from the shipped content's sitemap, so the mix follows what exists. */
async function mix() {
  const paths = [];
  for (const l of LOCALES) {
    paths.push(`/${l}`, `/${l}/tags`, `/${l}/tags/kazakhstan`, `/${l}/tags/csto`);
  }
  const sitemap = new XMLParser({ isArray: (name) => name === 'url' }).parse(await (await fetch(`${base}/sitemap.xml`)).text());
  const stories = (sitemap.urlset?.url ?? [])
    .map((u) => new URL(u.loc).pathname)
    .filter((p) => LOCALES.some((l) => p.startsWith(`/${l}/news/`)));
  if (stories.length === 0) throw new Error('no stories in /sitemap.xml: is the build current? (npm run build)');
  paths.push(...stories.slice(0, 24));
  return paths.map((p) => ({ method: 'GET', path: p }));
}

try {
  await up();
  const requests = await mix();
  // Warm-up: every page once through the server, then a short burst.
  for (const r of requests) await (await fetch(base + r.path)).text();
  await run(requests, 5, 20);
  await sleep(3000);
  const before = memory();
  console.log(`loadtest: ${requests.length} URLs, ${CONNECTIONS} connections, ${DURATION} s; server RSS before ${before.toFixed(0)} MiB`);
  const res = await run(requests, DURATION, CONNECTIONS);
  await sleep(3000);
  const after = memory();
  const growth = (after - before) / before;
  const row = {
    date: new Date().toISOString(),
    urls: requests.length,
    connections: CONNECTIONS,
    durationS: DURATION,
    requests: res.requests.total,
    rps: Math.round(res.requests.average),
    p50: res.latency.p50,
    p99: res.latency.p99,
    errors: res.errors,
    timeouts: res.timeouts,
    non2xx: res.non2xx,
    rssBeforeMiB: Math.round(before),
    rssAfterMiB: Math.round(after),
    growthPct: +(growth * 100).toFixed(1),
  };
  console.log(JSON.stringify(row));
  const ok = row.errors === 0 && row.timeouts === 0 && row.non2xx === 0 && growth <= 0.2;
  const md = path.join(ROOT, 'BENCHMARKS.md');
  const existing = fs.existsSync(md) ? fs.readFileSync(md, 'utf8') : '# Benchmarks\n';
  const cut = existing.indexOf('\n## Load test');
  const section = [
    '',
    '## Load test',
    '',
    `Command: \`npm run loadtest\` (scripts/tools/loadtest.mjs: autocannon, ${CONNECTIONS} connections for ${DURATION} s on loopback over ${row.urls} URLs — home, tags and tag pages and stories in ar, ru and en — after a warm-up), ${row.date.slice(0, 10)}, shipped content.`,
    '',
    '| requests | req/s | p50 | p99 | errors | timeouts | non-2xx | server RSS before → after | result |',
    '|---|---|---|---|---|---|---|---|---|',
    `| ${row.requests.toLocaleString('en')} | ${row.rps.toLocaleString('en')} | ${row.p50} ms | ${row.p99} ms | ${row.errors} | ${row.timeouts} | ${row.non2xx} | ${row.rssBeforeMiB} → ${row.rssAfterMiB} MiB (${row.growthPct >= 0 ? '+' : ''}${row.growthPct} %) | ${ok ? 'pass' : 'FAIL'} |`,
    '',
  ].join('\n');
  fs.writeFileSync(md, (cut >= 0 ? existing.slice(0, cut) : existing.trimEnd() + '\n') + section);
  console.log(ok ? 'loadtest: pass' : 'loadtest: FAIL (errors, timeouts, non-2xx or memory growth over 20 %)');
  process.exitCode = ok ? 0 : 1;
} finally {
  server.kill('SIGTERM');
}
