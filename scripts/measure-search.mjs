#!/usr/bin/env node
// Measures site search: the Pagefind index on disk, and the bytes that a
// reader's FIRST query transfers (every request under /pagefind/, body as
// served — gzip where the server compresses — plus response headers), in a
// real browser with an empty cache.
//
// Usage: node scripts/measure-search.mjs [--url http://127.0.0.1:3500]
//          [--dist .next-search] [--query 'ar:اعمال الشغب' ...] [--budget 300] [--json]
//
// --dist defaults to $NEXT_DIST_DIR or .next; the server at --url must serve
// that build. Each --query is `locale:words` and runs in a fresh browser
// context. Exits 1 when a first query transfers more than --budget KiB.
// Chromium: $CHROMIUM_PATH or /usr/bin/chromium (Playwright's own otherwise).

import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { chromium } from '@playwright/test';

const DEFAULT_QUERIES = ['ar:اعمال الشغب', 'ar:كازاخستان', 'ru:партнерскому', 'ru:Казахстан', 'en:coup', 'en:Kazakhstan'];

function parseArgs(argv) {
  const o = { url: 'http://127.0.0.1:3500', dist: process.env.NEXT_DIST_DIR || '.next', queries: [], budget: 300, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--url') o.url = next().replace(/\/+$/, '');
    else if (a === '--dist') o.dist = next();
    else if (a === '--query') o.queries.push(next());
    else if (a === '--budget') o.budget = Number(next());
    else if (a === '--json') o.json = true;
    else if (a === '--help' || a === '-h') {
      console.log(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (o.queries.length === 0) o.queries = DEFAULT_QUERIES;
  return o;
}

/** Bytes on disk of the bundle, in total and by kind. */
function diskSize(dir) {
  const out = { total: 0, files: 0, byKind: {}, byLocale: {} };
  if (!fs.existsSync(dir)) throw new Error(`no search index at ${dir} (build first)`);
  for (const d of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!d.isFile()) continue;
    const p = path.join(d.parentPath ?? d.path, d.name);
    const size = fs.statSync(p).size;
    // <locale>/<file in that locale's Pagefind bundle>
    const [loc, ...inBundle] = path.relative(dir, p).split(path.sep);
    const rel = inBundle.join('/');
    const kind = rel.startsWith('text/') ? 'story texts (gzip)' : rel.startsWith('fragment/') ? 'fragments' : rel.startsWith('index/') ? 'word index' : rel.endsWith('.pf_meta') ? 'metadata' : rel.startsWith('wasm.') ? 'wasm' : 'js/json';
    out.total += size;
    out.files++;
    out.byKind[kind] = (out.byKind[kind] ?? 0) + size;
    out.byLocale[loc] = (out.byLocale[loc] ?? 0) + size;
  }
  return out;
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** Bytes of a response body exactly as the server sends it (no decompression). */
function rawBodySize(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const get = url.startsWith('https:') ? https.get : http.get;
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let n = 0;
      res.on('data', (c) => (n += c.length));
      res.on('end', () => resolve(n));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function firstQuery(browser, base, spec) {
  const colon = spec.indexOf(':');
  const locale = spec.slice(0, colon);
  const q = spec.slice(colon + 1);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  const pending = [];
  page.on('requestfinished', (req) => {
    const u = new URL(req.url());
    if (!u.pathname.startsWith('/pagefind/')) return;
    pending.push(
      Promise.all([req.sizes(), req.response(), req.allHeaders()]).then(async ([s, res, reqHeaders]) => {
        const h = res ? await res.allHeaders() : {};
        let body = s.responseBodySize;
        let refetched = false;
        // Chromium reports no body size for a worker's own script: fetch it again the same way.
        if (body <= 0 && res?.status() === 200) {
          body = await rawBodySize(req.url(), reqHeaders['accept-encoding'] ?? 'gzip, deflate, br');
          refetched = true;
        }
        requests.push({
          path: u.pathname,
          status: res?.status(),
          encoding: h['content-encoding'] ?? '',
          body,
          headers: s.responseHeadersSize,
          refetched,
        });
      }),
    );
  });
  const failed = [];
  page.on('requestfailed', (req) => {
    if (new URL(req.url()).pathname.startsWith('/pagefind/')) failed.push(req.url());
  });
  const t0 = Date.now();
  await page.goto(`${base}/${locale}/search?q=${encodeURIComponent(q)}`);
  const status = page.getByTestId('search-status');
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid="search-status"]');
      const t = el?.textContent ?? '';
      return t !== '' && !t.endsWith('…');
    },
    null,
    { timeout: 60_000 },
  );
  const ms = Date.now() - t0;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const results = await page.getByTestId('search-results').locator('li').count();
  const line = (await status.textContent()) ?? '';
  await context.close();
  const body = requests.reduce((a, r) => a + r.body, 0);
  const headers = requests.reduce((a, r) => a + r.headers, 0);
  return { locale, q, ms, results, line, requests: requests.sort((a, b) => a.path.localeCompare(b.path)), body, total: body + headers, failed };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const disk = diskSize(path.resolve(o.dist, 'pagefind'));
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking'] });
  const runs = [];
  try {
    for (const spec of o.queries) runs.push(await firstQuery(browser, o.url, spec));
  } finally {
    await browser.close();
  }
  const worst = Math.max(...runs.map((r) => r.total));
  const ok = worst <= o.budget * 1024 && runs.every((r) => r.failed.length === 0);

  if (o.json) {
    console.log(JSON.stringify({ disk, runs, budgetKiB: o.budget, ok }, null, 2));
  } else {
    console.log(`index on disk (${path.join(o.dist, 'pagefind')}): ${kib(disk.total)} (${disk.total} bytes) in ${disk.files} files`);
    console.log(`  by kind: ${Object.entries(disk.byKind).map(([k, v]) => `${k} ${kib(v)}`).join(', ')}`);
    console.log(`  by locale (its whole bundle): ${Object.entries(disk.byLocale).map(([k, v]) => `${k} ${kib(v)}`).join(', ')}`);
    console.log(`first query (empty cache), bytes under /pagefind/ as served (body + headers):`);
    for (const r of runs) {
      const frags = r.requests.filter((x) => x.path.includes('/fragment/'));
      const texts = r.requests.filter((x) => x.path.includes('/text/'));
      const chunks = r.requests.filter((x) => x.path.includes('/index/'));
      const fixed = r.requests.filter((x) => !x.path.includes('/fragment/') && !x.path.includes('/index/') && !x.path.includes('/text/'));
      const sum = (xs) => xs.reduce((a, x) => a + x.body + x.headers, 0);
      console.log(
        `  ${r.locale} "${r.q}": ${kib(r.total)} total (${kib(r.body)} bodies) in ${r.requests.length} requests, ${r.ms} ms to results; ` +
          `${r.results} shown, "${r.line}"\n` +
          `      runtime ${kib(sum(fixed))} (${fixed.map((x) => `${path.basename(x.path)} ${kib(x.body)}${x.encoding ? ` ${x.encoding}` : ''}${x.refetched ? '*' : ''}`).join(', ')})\n` +
          `      word index ${kib(sum(chunks))} in ${chunks.length} chunk(s), fragments ${kib(sum(frags))} in ${frags.length}, story texts ${kib(sum(texts))} in ${texts.length}` +
          (r.failed.length ? `\n      FAILED: ${r.failed.join(', ')}` : ''),
      );
    }
    if (runs.some((r) => r.requests.some((x) => x.refetched))) {
      console.log('  * body size not reported by the browser (a worker script): measured by fetching it again with the same Accept-Encoding');
    }
    console.log(`worst first query: ${kib(worst)} — budget ${o.budget} KiB: ${ok ? 'ok' : 'OVER'}`);
  }
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(`measure-search: ${e instanceof Error ? e.message : e}`);
  process.exit(2);
});
