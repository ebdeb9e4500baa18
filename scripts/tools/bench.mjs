#!/usr/bin/env node
/**
 * `npm run bench`: the portal's benchmark, end to end, on this machine.
 *
 *   npm run bench [-- --sizes 2000,10000,25000] [--duration 10] [--no-lighthouse] [--no-naive] [--no-publish] [--no-serving] [--no-cluster]
 *
 * 1. Build: wall time and peak memory (RSS summed over every process of the
 *    build) for synthetic corpora of each size, and, as the baseline, a naive
 *    build of the 2,000-story corpus that prerenders every story. A chart of
 *    time and memory against size (benchmarks-growth.svg).
 * 1b. Publishing, at the smallest and the largest size: `npm run publish` of a
 *    new story, a correction and a takedown on the running server, under a
 *    steady load; the server's memory after start and after 30 s of load; and
 *    search latency with 10 concurrent readers.
 * 2. Serving (wrk, c=50, after a warm-up): a prerendered story, an on-demand
 *    archive story (first hit, then cached), the home page and a tag page,
 *    against nginx serving the same prerendered HTML file as the limit.
 * 3. The same story through deploy/nginx.conf (micro-cache) in front of next.
 *    Then several instances (`npm run cluster`, micro-cache off): one against
 *    two, and no failed request through the fault phases of
 *    scripts/tools/cluster-faults.mjs (BENCHMARKS.md section 3).
 * 4. Weight: gzip bytes of the JS and CSS each page type loads, per locale.
 * 5. Lighthouse 12.2.3 (mobile) for every page type (home, story, tag, tags
 *    index, search, about, a 404) in each locale: the median of three runs,
 *    every run shown with the load average it ran under.
 *
 * Writes BENCHMARKS.md and benchmarks.json. Needs nginx, wrk and redis-server (installed
 * with apt-get when missing) and Chromium; Lighthouse is installed on demand
 * into $BENCH_DIR/tools (not a dependency of the portal). Corpora and scratch
 * files go to $BENCH_DIR (default: <tmp>/portal-bench), outside the project;
 * each build's output is deleted once it has been measured.
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { nginxConf } from '../nginx-conf.mjs';
import { LOCALES } from './locales.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
// Corpora, tools and scratch files live outside the project: Turbopack reads
// the project tree, and 28,000 corpus files or an earlier build's output
// inside it doubled the compile time and memory of the next build.
const OUT = process.env.BENCH_DIR || path.join(os.tmpdir(), 'portal-bench');
const TOOLS = path.join(OUT, 'tools');
const NEXT = path.join(ROOT, 'node_modules', '.bin', 'next');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const flag = (name) => args.includes(`--${name}`);
const SIZES = opt('sizes', '2000,10000,25000').split(',').map(Number);
const DURATION = Number(opt('duration', '10'));
const K = Number(process.env.PRERENDER_STORIES ?? 100);
const results = {
  date: new Date().toISOString(),
  machine: machine(),
  prerenderStories: K,
  builds: [],
  publishing: [],
  serving: [],
  cache: null,
  cluster: null,
  weight: [],
  lighthouse: [],
};
const commands = {};

function log(...a) {
  console.log('[bench]', ...a);
}

function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

function ensureTools() {
  const missing = [];
  if (!fs.existsSync('/usr/sbin/nginx')) missing.push('nginx-light');
  if (!fs.existsSync('/usr/bin/wrk')) missing.push('wrk');
  if (!fs.existsSync('/usr/bin/redis-server')) missing.push('redis-server');
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (missing.length) {
    log('installing', missing.join(' '));
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!flag('no-lighthouse') && !fs.existsSync(path.join(TOOLS, 'node_modules', 'lighthouse'))) {
    log(`installing lighthouse@12.2.3 into ${TOOLS}`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', TOOLS, 'lighthouse@12.2.3'], { stdio: 'inherit' });
  }
}

// ---------------------------------------------------------------- processes

/** RSS (bytes) summed over `pid` and all its descendants. */
function treeRss(pid) {
  const children = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(d));
    } catch {
      /* gone */
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      /* gone */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Runs a command, returning wall seconds and peak summed RSS of its process tree. */
function measure(cmd, cmdArgs, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`${cmd} ${cmdArgs.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
      resolve({ seconds, peakBytes: peak, output });
    });
  });
}

/**
 * Starts `next start` and waits until it is warm: answering, and its search
 * index built (the log line; the build runs in slices beside the first
 * requests, seconds on a large archive, and would be measured with them).
 */
async function startNext(distDir, contentDir, port, env = {}) {
  const child = spawn(process.execPath, [NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, CONTENT_DIR: contentDir, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const indexed = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out = (out + d).slice(-20_000);
      if (/search index: .* in \d+ ms/.test(out)) resolve();
    });
    child.on('exit', () => reject(new Error(`server exited:\n${out}`)));
    setTimeout(() => reject(new Error('the search index was not built within 5 minutes')), 300_000).unref();
  });
  await waitFor(`http://127.0.0.1:${port}/en/about`);
  await indexed;
  return child;
}

async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stop(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

// ---------------------------------------------------------------- corpora and builds

function corpus(n) {
  const dir = path.join(OUT, `corpus-${n}`);
  const marker = path.join(dir, '.bench-stories');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === String(n)) return dir;
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'scripts', 'tools', 'corpus.mjs'),
      '--stories',
      String(n),
      '--out',
      dir,
      '--seed',
      'bench',
      ...(fs.existsSync(dir) ? ['--force'] : []),
    ],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('corpus generation failed');
  fs.writeFileSync(marker, String(n));
  return dir;
}

async function build(label, n, contentDir, distDir, prerender) {
  fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  const env = { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, PRERENDER_STORIES: String(prerender), NEXT_TELEMETRY_DISABLED: '1' };
  commands.build = `CONTENT_DIR=<corpus> NEXT_DIST_DIR=<dir> PRERENDER_STORIES=<K> npm run build`;
  log(`build ${label}: ${n} stories, K=${prerender}`);
  const tsconfig = fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8');
  try {
    const r = await measure('npm', ['run', 'build'], env);
    const pages = [...r.output.matchAll(/Generating static pages[^(]*\((\d+)\/(\d+)\)/g)].at(-1)?.[2];
    const row = {
      label,
      stories: n,
      prerender,
      seconds: +r.seconds.toFixed(1),
      peakMiB: Math.round(r.peakBytes / 2 ** 20),
      staticPages: pages ? Number(pages) : null,
    };
    log(JSON.stringify(row));
    results.builds.push(row);
    return row;
  } finally {
    fs.writeFileSync(path.join(ROOT, 'tsconfig.json'), tsconfig); // next build rewrites includes for custom dist dirs
  }
}

// ---------------------------------------------------------------- load

function wrk(url, { duration = DURATION, connections = 50, headers = {} } = {}) {
  const hdr = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  commands.wrk = `wrk -t2 -c${connections} -d${duration}s --latency <url>`;
  spawnSync('wrk', ['-t2', `-c${connections}`, '-d2s', ...hdr, url], { encoding: 'utf8' }); // warm-up
  const out = spawnSync('wrk', ['-t2', `-c${connections}`, `-d${duration}s`, '--latency', ...hdr, url], { encoding: 'utf8' }).stdout;
  const num = (re) => Number(re.exec(out)?.[1] ?? NaN);
  const ms = (re) => {
    const m = re.exec(out);
    if (!m) return NaN;
    const v = Number(m[1]);
    return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
  };
  const non2xx = num(/Non-2xx or 3xx responses:\s+(\d+)/) || 0;
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: Math.round(num(/Requests\/sec:\s+([\d.]+)/)),
    p50: +ms(/\s50%\s+([\d.]+)(us|ms|s)/).toFixed(2),
    p99: +ms(/\s99%\s+([\d.]+)(us|ms|s)/).toFixed(2),
    non2xx,
    socketErrors: errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
  };
}

function nginx(conf, prefix) {
  fs.mkdirSync(prefix, { recursive: true });
  const child = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return child;
}

async function serving(n, distDir, contentDir) {
  const port = 3600;
  const base = `http://127.0.0.1:${port}`;
  const next = await startNext(distDir, contentDir, port);
  try {
    const ids = JSON.parse(fs.readFileSync(path.join(ROOT, distDir, 'prerender-manifest.json'), 'utf8'));
    const prerendered = Object.keys(ids.routes).find((r) => r.startsWith('/ar/news/'));
    // An archive story: one that exists in ar but was not prerendered (older than the newest K).
    const archive = findArchiveStory(contentDir, new Set(Object.keys(ids.routes)));
    const staticFile = path.join(ROOT, distDir, 'server', 'app', `${prerendered.slice(1)}.html`);

    const first = [];
    for (const id of archive.slice(0, 5)) {
      const t = process.hrtime.bigint();
      const r = await fetch(`${base}/ar/news/${id}`);
      await r.text();
      first.push({ status: r.status, ms: Number(process.hrtime.bigint() - t) / 1e6 });
    }
    const firstHit = first.map((f) => f.ms).sort((a, b) => a - b);
    if (!archive.length) throw new Error(`the ${n}-story build prerendered every story: serve a corpus larger than K`);

    const cases = [
      ['prerendered story', `${base}${prerendered}`],
      ['archive story (cached, after first hit)', `${base}/ar/news/${archive[0]}`],
      ['home', `${base}/ar`],
      ['tag page', `${base}/ar/tags/kazakhstan`],
    ];
    const rows = [];
    for (const [name, url] of cases) {
      log(`wrk ${name}`);
      rows.push({ name, url: url.replace(base, ''), ...wrk(url) });
    }

    // nginx serving the same prerendered HTML file: the limit.
    const prefix = path.join(OUT, 'nginx-static');
    fs.rmSync(prefix, { recursive: true, force: true });
    fs.mkdirSync(path.join(prefix, 'html'), { recursive: true });
    fs.copyFileSync(staticFile, path.join(prefix, 'html', 'story.html'));
    fs.writeFileSync(
      path.join(prefix, 'nginx.conf'),
      `worker_processes auto; pid nginx.pid; error_log stderr warn;
events { worker_connections 4096; }
http { access_log off; sendfile on; tcp_nopush off; keepalive_requests 100000; types { text/html html; }
  server { listen 127.0.0.1:3601 reuseport; root html; location = /story { try_files /story.html =404; default_type text/html; } } }
`,
    );
    const ng = nginx(path.join(prefix, 'nginx.conf'), prefix);
    await waitFor('http://127.0.0.1:3601/story');
    log('wrk nginx static');
    const limit = { name: 'nginx static (same HTML file)', url: '/story', ...wrk('http://127.0.0.1:3601/story') };
    await stop(ng);

    // Through the shipped micro-cache.
    const cprefix = path.join(OUT, 'nginx-cache');
    fs.rmSync(cprefix, { recursive: true, force: true });
    fs.mkdirSync(cprefix, { recursive: true });
    const conf = nginxConf({ listen: 3602, upstreams: [port] });
    fs.writeFileSync(path.join(cprefix, 'nginx.conf'), conf);
    const nc = nginx(path.join(cprefix, 'nginx.conf'), cprefix);
    await waitFor('http://127.0.0.1:3602/ar');
    log('wrk through nginx micro-cache');
    const cached = { name: 'prerendered story through deploy/nginx.conf', url: prerendered, ...wrk(`http://127.0.0.1:3602${prerendered}`) };
    const hit = await fetch(`http://127.0.0.1:3602${prerendered}`);
    cached.cacheStatus = hit.headers.get('x-cache-status');
    await stop(nc);

    for (const r of [...rows, cached]) r.ratioToNginx = +(r.rps / limit.rps).toFixed(3);
    results.serving = {
      stories: n,
      firstHitMs: {
        min: +firstHit[0].toFixed(1),
        median: +firstHit[Math.floor(firstHit.length / 2)].toFixed(1),
        max: +firstHit.at(-1).toFixed(1),
        statuses: first.map((f) => f.status),
      },
      rows,
      limit,
    };
    results.cache = cached;

    await weightAndLighthouse(base, prerendered.split('/').pop());
  } finally {
    await stop(next);
  }
}

function findArchiveStory(contentDir, prerendered) {
  const dir = path.join(contentDir, 'articles');
  const out = [];
  for (const id of fs.readdirSync(dir).sort()) {
    if (out.length >= 10) break;
    const file = path.join(dir, id, 'ar.md');
    if (!fs.existsSync(file) || prerendered.has(`/ar/news/${id}`)) continue;
    if (/^draft: true$/m.test(fs.readFileSync(file, 'utf8').split('\n---', 2)[0])) continue;
    out.push(id);
  }
  return out;
}

// ---------------------------------------------------------------- several instances

/**
 * `npm run cluster` on the serving build, micro-cache off: throughput of one
 * and of two instances, then the fault phases of scripts/tools/cluster-faults.mjs
 * on two. Ports BENCH_CLUSTER_PORT (3620) and the few after it.
 */
async function clusterBench(distDir, contentDir) {
  const { cluster, faultPhases, throughput } = await import('./cluster-faults.mjs');
  const port = Number(process.env.BENCH_CLUSTER_PORT ?? 3620);
  const secret = crypto.randomBytes(16).toString('hex');
  const env = { CLUSTER_DIR: path.join(OUT, 'cluster'), CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, PUBLISH_SECRET: secret };
  commands.cluster = `npm run cluster -- start --instances N --port ${port} --no-micro-cache; autocannon, 20 connections over home, story and tag pages in ar, ru and en, through nginx`;
  const rows = [];
  for (const n of [1, 2]) {
    log(`cluster: ${n} instance(s), micro-cache off`);
    rows.push(await throughput({ env, n, port }));
  }
  log('cluster: fault phases');
  await cluster(['start', '--instances', '2', '--port', String(port), '--no-micro-cache'], env);
  try {
    const { rows: faults } = await faultPhases({ env, contentDir, secret });
    results.cluster = { stories: results.serving.stories, throughput: rows, faults };
    log(JSON.stringify(results.cluster));
  } finally {
    await cluster(['stop'], env);
  }
}

// ---------------------------------------------------------------- weight and lighthouse

/**
 * The page types measured in a locale: weight takes the three the issue's
 * budget names (home, story, tag), Lighthouse all of them. The search query
 * is a word of the story's title in that locale, so it has results.
 */
function pageTypes(locale, storyId, query) {
  return [
    ['home', `/${locale}`],
    ['story', `/${locale}/news/${storyId}`],
    ['tag', `/${locale}/tags/kazakhstan`],
    ['tags index', `/${locale}/tags`],
    ['search', `/${locale}/search?q=${encodeURIComponent(query ?? '')}`],
    ['about', `/${locale}/about`],
    ['404', `/${locale}/news/no-such-story`],
  ];
}

async function weightAndLighthouse(base, storyId) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage();
  const queries = {};
  for (const locale of LOCALES) {
    for (const [type, p] of pageTypes(locale, storyId).slice(0, 3)) {
      await page.goto(base + p);
      if (type === 'story') {
        const title = (await page.locator('h1').first().textContent()) ?? '';
        queries[locale] = /[\p{L}\p{M}\p{N}]{4,}/u.exec(title)?.[0] ?? title;
      }
      const assets = await page.evaluate(() => ({
        js: [...document.querySelectorAll('script[src]:not([nomodule])')].map((s) => s.src),
        css: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.href),
      }));
      const size = async (urls) => {
        let total = 0;
        for (const u of new Set(urls)) total += zlib.gzipSync(Buffer.from(await (await fetch(u)).arrayBuffer()), { level: 9 }).length;
        return total;
      };
      const row = {
        locale,
        type,
        path: p,
        jsFiles: assets.js.length,
        jsGzipKiB: +((await size(assets.js)) / 1024).toFixed(1),
        cssGzipKiB: +((await size(assets.css)) / 1024).toFixed(1),
      };
      results.weight.push(row);
    }
  }
  await browser.close();
  commands.weight =
    'Chromium loads the page; every <script src> (not nomodule) and stylesheet it references is fetched and gzip -9 compressed';

  if (flag('no-lighthouse')) return;
  const lh = path.join(TOOLS, 'node_modules', '.bin', 'lighthouse');
  commands.lighthouse = `lighthouse <url> --form-factor=mobile (default) --only-categories=performance,accessibility,best-practices,seo --chrome-path=${CHROMIUM} (and --ignore-status-code for the 404, without which Lighthouse records no performance score for it)`;
  // Lighthouse's scores vary from run to run (its own docs advise the median
  // of several runs): each page is measured LIGHTHOUSE_RUNS times and the run
  // with the median performance score is reported, with every run's score
  // beside it. A run that fails to record (NO_NAVSTART and the like: "Please
  // run Lighthouse again") is repeated, up to twice per page. Runs go one at a
  // time: two Chromiums at once would measure each other.
  const RUNS = 3;
  commands.lighthouseRuns = RUNS;
  for (const locale of LOCALES) {
    for (const [type, p] of pageTypes(locale, storyId, queries[locale])) {
      const runs = [];
      const errors = [];
      while (runs.length < RUNS && errors.length <= 2) {
        const out = path.join(OUT, `lighthouse-${locale}-${type.replace(' ', '-')}-${runs.length + errors.length}.json`);
        fs.rmSync(out, { force: true });
        const load = os.loadavg()[0];
        const r = spawnSync(
          lh,
          [
            base + p,
            '--quiet',
            '--output=json',
            `--output-path=${out}`,
            '--only-categories=performance,accessibility,best-practices,seo',
            `--chrome-path=${CHROMIUM}`,
            '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
            ...(type === '404' ? ['--ignore-status-code'] : []),
          ],
          { stdio: 'inherit' },
        );
        if (r.status !== 0 || !fs.existsSync(out)) {
          errors.push(`exit ${r.status}`);
          continue;
        }
        const j = JSON.parse(fs.readFileSync(out, 'utf8'));
        const c = j.categories;
        if (c.performance.score === null) {
          errors.push(j.runtimeError?.code ?? 'no performance score');
          continue;
        }
        runs.push({
          performance: Math.round(c.performance.score * 100),
          accessibility: Math.round(c.accessibility.score * 100),
          bestPractices: Math.round(c['best-practices'].score * 100),
          seo: Math.round(c.seo.score * 100),
          lcpMs: Math.round(j.audits['largest-contentful-paint'].numericValue),
          tbtMs: Math.round(j.audits['total-blocking-time'].numericValue),
          cls: +j.audits['cumulative-layout-shift'].numericValue.toFixed(3),
          loadAverage: +load.toFixed(2),
        });
      }
      if (runs.length === 0) {
        results.lighthouse.push({ locale, type, path: p, error: errors.join(', ') });
        continue;
      }
      const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor((runs.length - 1) / 2)];
      results.lighthouse.push({
        locale,
        type,
        path: p,
        ...median,
        performanceRuns: runs.map((r) => r.performance),
        lcpRuns: runs.map((r) => r.lcpMs),
        loadAverages: runs.map((r) => r.loadAverage),
        failedRuns: errors.length,
      });
      log('lighthouse', JSON.stringify(results.lighthouse.at(-1)));
    }
  }
}

// ---------------------------------------------------------------- publishing

/** Runs `npm run publish` against `base`; its wall seconds and the server's steps. */
function publishOnce(base, secret) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'publish.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PUBLISH_URL: base, PUBLISH_SECRET: secret, PUBLISH_VERBOSE: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`publish failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return { seconds: +seconds.toFixed(2), steps: /publish \d+ ms \(([^)]*)\)/.exec(r.stdout)?.[1] ?? '' };
}

function storyFile(title, body, extra = '') {
  const date = new Date(Date.now() - 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return `---\ntitle: ${JSON.stringify(title)}\nsummary: "A story published by the benchmark."\ndate: "${date}"\n${extra}tags: [kazakhstan]\n---\n${body}\n`;
}

/** A story the server shows in all three locales (not a draft, not scheduled, not missing a translation). */
async function storyInEveryLocale(base, contentDir) {
  for (const id of fs.readdirSync(path.join(contentDir, 'articles')).sort()) {
    const ok = await Promise.all(LOCALES.map(async (l) => (await fetch(`${base}/${l}/news/${id}`, { method: 'HEAD' })).status === 200));
    if (ok.every(Boolean)) return id;
  }
  throw new Error('no story in every locale');
}

/** Latency percentiles (ms) of `samples`. */
function percentiles(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => +(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN).toFixed(1);
  return { p50: at(0.5), p95: at(0.95), max: +(s.at(-1) ?? NaN).toFixed(1) };
}

/**
 * `workers` readers searching at once for `seconds`, each waiting for its
 * answer before the next query: the queries in turn, again and again, or
 * with `once` each at most once (until they run out).
 */
async function searchLoad(base, queries, { workers = 10, seconds = 15, once = false } = {}) {
  const samples = [];
  let failed = 0;
  let next = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < until && (!once || next < queries.length)) {
        const [locale, q] = queries[next++ % queries.length];
        const t = process.hrtime.bigint();
        try {
          const r = await fetch(`${base}/${locale}/search?q=${encodeURIComponent(q)}`);
          await r.text();
          if (r.status !== 200) failed++;
        } catch {
          failed++;
        }
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  return { requests: samples.length, failed, ...percentiles(samples) };
}

/** Words of a few stories' titles in each locale: real queries with few and many matches. */
function searchQueries(contentDir) {
  const out = [];
  const ids = fs.readdirSync(path.join(contentDir, 'articles')).sort().slice(0, 40);
  for (const locale of LOCALES) {
    for (const id of ids) {
      const file = path.join(contentDir, 'articles', id, `${locale}.md`);
      if (!fs.existsSync(file)) continue;
      const title = /^title: "?(.*?)"?$/m.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
      const words = title.split(/\s+/).filter((w) => w.length > 3);
      if (words.length >= 2) out.push([locale, words[0]], [locale, `${words[0]} ${words.at(-1)}`]);
      if (out.filter(([l]) => l === locale).length >= 8) break;
    }
  }
  return out;
}

/** Queries no reader asked before: one or two title words, each pair once, from many stories in every locale. */
function firstTimeQueries(contentDir, count = 3000) {
  const perLocale = Object.fromEntries(LOCALES.map((l) => [l, new Set()]));
  const ids = fs.readdirSync(path.join(contentDir, 'articles')).sort();
  for (const id of ids) {
    for (const locale of LOCALES) {
      const file = path.join(contentDir, 'articles', id, `${locale}.md`);
      if (!fs.existsSync(file)) continue;
      const title = /^title: "?(.*?)"?$/m.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
      const words = [...new Set(title.split(/\s+/).filter((w) => w.length > 3))];
      for (const [i, w] of words.entries()) {
        perLocale[locale].add(w.toLowerCase());
        for (const v of words.slice(i + 1)) perLocale[locale].add(`${w} ${v}`.toLowerCase());
      }
    }
    if (LOCALES.every((l) => perLocale[l].size >= count / LOCALES.length)) break;
  }
  const lists = LOCALES.map((l) => [...perLocale[l]].slice(0, Math.ceil(count / LOCALES.length)));
  return lists[0].flatMap((_, i) => LOCALES.flatMap((l, k) => (lists[k][i] ? [[l, lists[k][i]]] : [])));
}

/** The most frequent title words of a locale: the queries whose postings the browser fetches are the largest. */
function commonTitleWords(contentDir, perLocale = 3) {
  const ids = fs.readdirSync(path.join(contentDir, 'articles')).sort().slice(0, 2000);
  return LOCALES.flatMap((locale) => {
    const counts = new Map();
    for (const id of ids) {
      const file = path.join(contentDir, 'articles', id, `${locale}.md`);
      if (!fs.existsSync(file)) continue;
      const title = /^title: "?(.*?)"?$/m.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
      for (const w of new Set(
        title
          .toLowerCase()
          .split(/\s+/)
          .filter((x) => x.length > 3),
      ))
        counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, perLocale)
      .map(([w]) => [locale, w]);
  });
}

/**
 * A reader's first query with JavaScript, each in a new browser (nothing
 * cached): the search page loaded, then the query typed and sent. Counts what
 * crossed the network from the submit to the results (the search code the
 * page loads on demand, the index's manifest, postings and stories), how long
 * the results took to show, and how many pages the server rendered for them.
 */
async function browserSearch(base, queries) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] });
  const rows = [];
  try {
    for (const [locale, q] of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const loading = [];
      page.on('requestfinished', (r) => loading.push(r));
      await page.goto(`${base}/${locale}/search`, { waitUntil: 'networkidle' });
      let pageBytes = 0;
      for (const r of loading.splice(0)) {
        const sizes = await r.sizes();
        pageBytes += sizes.responseBodySize + sizes.responseHeadersSize;
      }
      page.removeAllListeners('requestfinished');
      const finished = [];
      let documents = 0;
      page.on('requestfinished', (r) => finished.push(r));
      page.on('request', (r) => void (r.resourceType() === 'document' && documents++));
      const t = performance.now();
      await page.fill('#search-q', q);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(
        () => new URL(location.href).searchParams.has('q') && document.querySelector('[data-testid="search-status"]'),
      );
      const ms = performance.now() - t;
      await page.waitForLoadState('networkidle');
      let bytes = 0;
      for (const r of finished) {
        const sizes = await r.sizes();
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      }
      const results = await page.locator('[data-testid="search-results"] > li').count();
      rows.push({ locale, q, bytes, pageBytes, ms, requests: finished.length, documents, results });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const kb = rows.map((r) => r.bytes / 1000);
  return {
    queries: rows.length,
    withResults: rows.filter((r) => r.results > 0).length,
    kB: percentiles(kb),
    withPageKB: percentiles(rows.map((r) => (r.bytes + r.pageBytes) / 1000)),
    ms: percentiles(rows.map((r) => r.ms)),
    requestsMax: Math.max(...rows.map((r) => r.requests)),
    serverPages: rows.reduce((n, r) => n + r.documents, 0),
    largest: rows.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
  };
}

async function publishing(n, distDir, contentDir) {
  const { default: autocannon } = await import('autocannon');
  const port = 3610;
  const base = `http://127.0.0.1:${port}`;
  const secret = 'bench-publish-secret';
  const id = 'zz-bench-published-story';
  const dir = path.join(contentDir, 'articles', id);
  fs.rmSync(dir, { recursive: true, force: true });
  log(`publishing at ${n} stories`);
  const server = await startNext(distDir, contentDir, port, { PUBLISH_SECRET: secret });
  try {
    const rssStartMiB = Math.round(treeRss(server.pid) / 2 ** 20);
    const story = await storyInEveryLocale(base, contentDir);
    const paths = LOCALES.flatMap((l) => [`/${l}`, `/${l}/tags/kazakhstan`, `/${l}/news/${story}`]);
    commands.publishLoad =
      'autocannon, 20 connections over home, tag and story pages in the three locales, for the whole of the three publishes';
    const load = autocannon({ url: base, connections: 20, duration: 600, requests: paths.map((p) => ({ method: 'GET', path: p })) });
    await new Promise((r) => setTimeout(r, 3000));
    commands.publish = 'PUBLISH_URL=<server> PUBLISH_SECRET=… npm run publish';
    fs.mkdirSync(dir, { recursive: true });
    for (const l of LOCALES) fs.writeFileSync(path.join(dir, `${l}.md`), storyFile(`Benchmark story ${l}`, 'First version of the body.'));
    const added = publishOnce(base, secret);
    await new Promise((r) => setTimeout(r, 2000));
    fs.writeFileSync(
      path.join(dir, 'en.md'),
      storyFile('Benchmark story en, corrected', 'Corrected body.', `updated: "${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}"\n`),
    );
    const changed = publishOnce(base, secret);
    await new Promise((r) => setTimeout(r, 2000));
    fs.rmSync(dir, { recursive: true, force: true });
    const removed = publishOnce(base, secret);
    await new Promise((r) => setTimeout(r, 2000));
    load.stop();
    const l = await load;
    const failed = l.errors + l.timeouts + l.non2xx;
    commands.rssLoad = '30 s of the same load';
    const soak = await autocannon({ url: base, connections: 20, duration: 30, requests: paths.map((p) => ({ method: 'GET', path: p })) });
    const rssAfterLoadMiB = Math.round(treeRss(server.pid) / 2 ** 20);
    commands.searchLoad =
      '10 readers at once, each sending its next query when the last one answered, 15 s. "Repeated": 48 queries of title words of the corpus in the three locales (two-word queries too), asked again and again, as popular searches are (Next serves them from its cache after the first time). "First time": queries no one asked before (one or two title words), each asked once: every one is searched and rendered';
    const search = await searchLoad(base, searchQueries(contentDir));
    const searchFirst = await searchLoad(base, firstTimeQueries(contentDir), { once: true });
    commands.browserSearch =
      'with JavaScript (Chromium, a new browser per query, so nothing is cached): the search page loaded, then the query sent; 10 first-time queries and the 3 most frequent title words in each locale. Transfer: every response from the submit to the results, headers and encoded bodies, the search code the page loads on demand included';
    const browserFirst = await browserSearch(base, [...firstTimeQueries(contentDir, 30), ...commonTitleWords(contentDir)]);
    const rssAfterSearchMiB = Math.round(treeRss(server.pid) / 2 ** 20);
    const row = {
      stories: n,
      publish: { added: added.seconds, changed: changed.seconds, removed: removed.seconds },
      steps: `new ${added.steps}; correction ${changed.steps}; takedown ${removed.steps}`,
      load: { requests: l.requests.total, failed, p50: l.latency.p50, p99: l.latency.p99 },
      soak: { requests: soak.requests.total, failed: soak.errors + soak.timeouts + soak.non2xx },
      rssStartMiB,
      rssAfterLoadMiB,
      rssAfterSearchMiB,
      search,
      searchFirst,
      browserFirst,
    };
    log(JSON.stringify(row));
    results.publishing.push(row);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await stop(server);
  }
}

function browserCell(b) {
  if (!b) return '–';
  return `${b.kB.p50} / ${b.kB.max} kB (with the search page's own load: ${b.withPageKB?.p50} / ${b.withPageKB?.max} kB); ${b.ms.p50} / ${b.ms.max} ms (${b.queries} queries, ${b.withResults} with results, at most ${b.requestsMax} requests; largest: ${b.largest.locale} "${b.largest.q}"; pages the server rendered: ${b.serverPages})`;
}

function searchCell(s) {
  return s ? `${s.p50} / ${s.p95} / ${s.max} ms (${s.requests.toLocaleString('en')} requests, ${s.failed} failed)` : '–';
}

/** A small SVG line chart of build time and peak memory against archive size (numbers only, no text from outside). */
function growthChart(rows) {
  const W = 640;
  const H = 320;
  const pad = { l: 60, r: 60, t: 30, b: 50 };
  const xs = rows.map((r) => r.stories);
  const maxX = Math.max(...xs);
  const maxT = Math.max(...rows.map((r) => r.seconds)) * 1.15;
  const maxM = Math.max(...rows.map((r) => r.peakMiB)) * 1.15;
  const x = (v) => pad.l + (v / maxX) * (W - pad.l - pad.r);
  const yT = (v) => H - pad.b - (v / maxT) * (H - pad.t - pad.b);
  const yM = (v) => H - pad.b - (v / maxM) * (H - pad.t - pad.b);
  const line = (pts, color) =>
    `<polyline fill="none" stroke="${color}" stroke-width="2.5" points="${pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>` +
    pts.map(([a, b]) => `<circle cx="${a.toFixed(1)}" cy="${b.toFixed(1)}" r="4" fill="${color}"/>`).join('');
  const t = rows.map((r) => [x(r.stories), yT(r.seconds)]);
  const m = rows.map((r) => [x(r.stories), yM(r.peakMiB)]);
  const labels = rows
    .map((r) => `<text x="${x(r.stories).toFixed(1)}" y="${H - pad.b + 20}" text-anchor="middle">${r.stories.toLocaleString('en')}</text>`)
    .join('');
  const values = rows
    .map(
      (r, i) =>
        `<text x="${t[i][0].toFixed(1)}" y="${(t[i][1] - 10).toFixed(1)}" text-anchor="middle" fill="#0b5644">${r.seconds} s</text><text x="${m[i][0].toFixed(1)}" y="${(m[i][1] + 20).toFixed(1)}" text-anchor="middle" fill="#a8741a">${r.peakMiB} MiB</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="13">
<rect width="${W}" height="${H}" fill="#fff"/>
<line x1="${pad.l}" y1="${H - pad.b}" x2="${W - pad.r}" y2="${H - pad.b}" stroke="#888"/>
<text x="${W / 2}" y="${H - 10}" text-anchor="middle">stories (× 3 locales)</text>
<text x="${pad.l}" y="18" fill="#0b5644">build wall time (s)</text><text x="${W - pad.r}" y="18" text-anchor="end" fill="#a8741a">peak memory, summed RSS (MiB)</text>
${line(t, '#0b5644')}${line(m, '#a8741a')}${labels}${values}
</svg>
`;
}

// ---------------------------------------------------------------- report

function report() {
  const m = results.machine;
  const b = results.builds;
  const base100 = b.find((r) => r.label === 'ours' && r.stories === Math.min(...SIZES));
  const naive = b.find((r) => r.label === 'naive');
  const lines = [];
  lines.push('# Benchmarks', '');
  lines.push(
    `Measured by \`npm run bench\` (scripts/tools/bench.mjs) on ${results.date.slice(0, 10)}: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}.`,
  );
  lines.push(
    `Every ratio compares two figures measured in the same run. Default prerender count K = ${results.prerenderStories} newest stories per locale.`,
    '',
  );
  lines.push(
    '## 1. Build',
    '',
    `Command: \`${commands.build}\`. Peak memory is the RSS summed over every process of the build, sampled every 100 ms.`,
    '',
  );
  lines.push(
    '| build | stories | prerendered stories per locale | static pages | wall time (all of `npm run build`) | peak memory | time vs smallest | time vs naive 2,000 |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const r of b) {
    lines.push(
      `| ${r.label} | ${r.stories.toLocaleString('en')} | ${r.prerender >= 1e6 ? 'all' : r.prerender} | ${r.staticPages ?? '?'} | ${r.seconds} s | ${r.peakMiB} MiB | ${base100 ? (r.seconds / base100.seconds).toFixed(2) : '-'} | ${naive ? (r.seconds / naive.seconds).toFixed(2) : '-'} |`,
    );
  }
  if (b.filter((r) => r.label === 'ours').length > 1) {
    fs.writeFileSync(path.join(ROOT, 'benchmarks-growth.svg'), growthChart(b.filter((r) => r.label === 'ours')));
    lines.push('', '![Build time and peak memory against archive size](benchmarks-growth.svg)');
  }
  const p = results.publishing;
  if (p.length) {
    lines.push(
      '',
      '## 1b. Publishing on a running server',
      '',
      `Command: \`${commands.publish}\`, timed from the command's start to its exit (the change is live when it exits). Meanwhile: ${commands.publishLoad}. Server memory: RSS of \`next start\` once its search index is built, and after ${commands.rssLoad}. Search without JavaScript (the server searches and renders): ${commands.searchLoad}. Search with JavaScript (the browser searches): ${commands.browserSearch}.`,
      '',
    );
    lines.push(
      '| stories | new story | correction | takedown | load during publishes: requests, failed, p50, p99 | server RSS after start | after 30 s of load | after the searches | no JS, repeated: p50 / p95 / max (10 readers) | no JS, first time: p50 / p95 / max (10 readers) | with JS, first query: transfer p50 / max; time to results p50 / max |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const r of p) {
      const l = r.load;
      lines.push(
        `| ${r.stories.toLocaleString('en')} | ${r.publish.added} s | ${r.publish.changed} s | ${r.publish.removed} s | ${l.requests.toLocaleString('en')}, ${l.failed}, ${l.p50} ms, ${l.p99} ms | ${r.rssStartMiB} MiB | ${r.rssAfterLoadMiB} MiB | ${r.rssAfterSearchMiB ?? '–'} MiB | ${searchCell(r.search)} | ${searchCell(r.searchFirst)} | ${browserCell(r.browserFirst)} |`,
      );
    }
    if (p.length > 1) {
      const [small, large] = [p[0], p.at(-1)];
      const ratio = (k) => (large.publish[k] / small.publish[k]).toFixed(2);
      lines.push(
        '',
        `${large.stories.toLocaleString('en')} against ${small.stories.toLocaleString('en')} stories: new story ${ratio('added')}×, correction ${ratio('changed')}×, takedown ${ratio('removed')}×. Each server step (\`PUBLISH_VERBOSE=1\`): ${p.map((r) => `${r.stories.toLocaleString('en')}: ${r.steps}`).join('; ')}.`,
      );
    }
  }
  const s = results.serving;
  if (s?.rows) {
    lines.push(
      '',
      `## 2. Serving (${s.stories.toLocaleString('en')}-story build)`,
      '',
      `Command: \`${commands.wrk}\` after a 2 s warm-up; \`next start\` (once its search index is built) and nginx on loopback.`,
      '',
    );
    lines.push('| what | req/s | p50 | p99 | vs nginx static | errors |', '|---|---|---|---|---|---|');
    for (const r of [...s.rows, results.cache, s.limit]) {
      if (!r) continue;
      lines.push(
        `| ${r.name} | ${r.rps.toLocaleString('en')} | ${r.p50} ms | ${r.p99} ms | ${r.ratioToNginx !== undefined ? `${(r.ratioToNginx * 100).toFixed(1)} %` : '100 %'} | ${r.non2xx + r.socketErrors} |`,
      );
    }
    lines.push(
      '',
      `First hit of an archive story (never rendered before; ${s.firstHitMs.statuses.length} different stories, one request each): min ${s.firstHitMs.min} ms, median ${s.firstHitMs.median} ms, max ${s.firstHitMs.max} ms (statuses ${[...new Set(s.firstHitMs.statuses)].join(', ')}). After that it is served from the ISR cache (row above).`,
    );
  }
  const c = results.cluster;
  if (c) {
    lines.push(
      '',
      `## 3. Several instances (${c.stories.toLocaleString('en')}-story build)`,
      '',
      `Command: \`${commands.cluster}\` (10 s after a 2 s warm-up; each fault phase lasts as long as its fault, plus 3 s).`,
      '',
    );
    lines.push('| instances, micro-cache off | requests | req/s | p50 | p99 | failures |', '|---|---|---|---|---|---|');
    for (const r of c.throughput)
      lines.push(
        `| ${r.instances} | ${r.requests.toLocaleString('en')} | ${r.rps.toLocaleString('en')} | ${r.p50} ms | ${r.p99} ms | ${r.failures} |`,
      );
    lines.push('', '| fault phase (2 instances) | requests | failures | p50 | p99 | |', '|---|---|---|---|---|---|');
    for (const r of c.faults)
      lines.push(`| ${r.phase} | ${r.requests.toLocaleString('en')} | ${r.failures} | ${r.p50} ms | ${r.p99} ms | ${r.note ?? ''} |`);
  }
  if (results.weight.length) {
    lines.push(
      '',
      '## 4. Weight',
      '',
      `Method: ${commands.weight}.`,
      '',
      '| page | locale | JS files | JS gzip | CSS gzip |',
      '|---|---|---|---|---|',
    );
    for (const r of results.weight) lines.push(`| ${r.type} | ${r.locale} | ${r.jsFiles} | ${r.jsGzipKiB} KiB | ${r.cssGzipKiB} KiB |`);
  }
  if (results.lighthouse.length) {
    lines.push(
      '',
      '## 5. Lighthouse (mobile)',
      '',
      `Command: \`${commands.lighthouse}\` (lighthouse 12.2.3, Debian Chromium), ${commands.lighthouseRuns} runs per page; the run with the median performance score is shown, and every run's performance score beside it.`,
      '',
      '| page | locale | performance (median) | every run | LCP | every run | TBT | CLS | accessibility | best practices | SEO | load average |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const r of results.lighthouse)
      lines.push(
        r.error
          ? `| ${r.type} | ${r.locale} | ${r.error} | | | | | | | | | |`
          : `| ${r.type} | ${r.locale} | ${r.performance} | ${r.performanceRuns.join(', ')}${r.failedRuns ? ` (${r.failedRuns} failed to record, repeated)` : ''} | ${r.lcpMs} ms | ${r.lcpRuns.join(', ')} | ${r.tbtMs} ms | ${r.cls} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.loadAverages.join(', ')} |`,
      );
  }
  const md = path.join(ROOT, 'BENCHMARKS.md');
  let existing = fs.existsSync(md) ? fs.readFileSync(md, 'utf8') : '';
  const loadtest = existing.indexOf('\n## Load test');
  fs.writeFileSync(md, lines.join('\n') + '\n' + (loadtest >= 0 ? existing.slice(loadtest) : ''));
  fs.writeFileSync(path.join(ROOT, 'benchmarks.json'), JSON.stringify(results, null, 2) + '\n');
  log('wrote BENCHMARKS.md and benchmarks.json');
}

// ---------------------------------------------------------------- main

fs.mkdirSync(OUT, { recursive: true });
ensureTools();
let last;
for (const n of SIZES) {
  const dir = corpus(n);
  if (last) fs.rmSync(path.join(ROOT, last.dist), { recursive: true, force: true });
  await build('ours', n, dir, `.next-bench-${n}`, K);
  last = { n, dir, dist: `.next-bench-${n}` };
  if (!flag('no-publish') && (n === Math.min(...SIZES) || n === Math.max(...SIZES))) await publishing(n, last.dist, dir);
}
if (!flag('no-naive') && SIZES.includes(2000)) {
  // The serving build waits outside the project while the baseline builds.
  const parked = path.join(OUT, 'parked-dist');
  fs.rmSync(parked, { recursive: true, force: true });
  fs.renameSync(path.join(ROOT, last.dist), parked);
  await build('naive', 2000, corpus(2000), '.next-bench-naive', 1_000_000);
  fs.rmSync(path.join(ROOT, '.next-bench-naive'), { recursive: true, force: true });
  fs.renameSync(parked, path.join(ROOT, last.dist));
}
report();
if (!flag('no-serving')) {
  await serving(last.n, last.dist, last.dir);
  report();
}
if (!flag('no-cluster')) {
  await clusterBench(last.dist, last.dir);
  report();
}
fs.rmSync(path.join(ROOT, last.dist), { recursive: true, force: true });
