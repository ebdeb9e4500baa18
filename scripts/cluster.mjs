#!/usr/bin/env node
/**
 * `npm run cluster`: the production topology on loopback, from the current
 * build (NEXT_DIST_DIR, default .next): one redis-server, N `next start`
 * instances sharing it (REDIS_URL) and the content directory, and nginx with
 * deploy/nginx.conf in front.
 *
 *   npm run cluster -- start --instances 2 --port 3700 [--no-micro-cache]
 *   npm run cluster -- status     one JSON line: URLs and PIDs
 *   npm run cluster -- restart    the instances one at a time
 *   npm run cluster -- stop       what start started, by PID
 *
 * Ports: nginx on P, redis on P+1, instances on P+2 … P+1+N. State and logs
 * go to CLUSTER_DIR (default .cluster). Instances publish with PUBLISH_SECRET
 * from the environment, or one generated into CLUSTER_DIR/publish-secret.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { nginxConf } from './nginx-conf.mjs';
import { distDir } from '../lib/dist-dir.cjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIR = path.resolve(process.env.CLUSTER_DIR || path.join(ROOT, '.cluster'));
const STATE = path.join(DIR, 'state.json');
const NEXT = path.join(ROOT, 'node_modules', '.bin', 'next');
const READY_MS = 60_000;

const [command, ...args] = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

const commands = { start, status, restart, stop };
if (!commands[command]) {
  console.error('usage: npm run cluster -- start --instances N --port P [--no-micro-cache] | status | restart | stop');
  process.exit(2);
}
commands[command]().catch((e) => {
  console.error(`cluster ${command}: ${e.message}`);
  process.exit(1);
});

async function start() {
  if (fs.existsSync(STATE) && readState().instances.some((i) => alive(i.pid))) {
    throw new Error(`already running (${STATE}); stop it first`);
  }
  const n = Number(opt('instances', '2'));
  const port = Number(opt('port', '3700'));
  if (!Number.isInteger(n) || n < 1) throw new Error('--instances must be a whole number ≥ 1');
  if (!Number.isInteger(port) || port < 1 || port + n + 1 > 65535) throw new Error('--port must be a port number');
  const dist = distDir();
  if (!fs.existsSync(path.join(ROOT, dist, 'BUILD_ID'))) throw new Error(`no build in ${dist}: run npm run build first`);
  fs.mkdirSync(DIR, { recursive: true });

  const secretFile = path.join(DIR, 'publish-secret');
  let secret = process.env.PUBLISH_SECRET;
  if (!secret) {
    if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(24).toString('hex'), { mode: 0o600 });
    secret = fs.readFileSync(secretFile, 'utf8').trim();
  }
  const state = {
    url: `http://127.0.0.1:${port}`,
    distDir: dist,
    secret,
    microCache: !args.includes('--no-micro-cache'),
    instances: [],
    redis: { port: port + 1, pid: 0 },
    nginx: { pid: 0 },
  };
  const started = [];
  try {
    state.redis.pid = daemon('redis', 'redis-server', [
      '--port',
      String(state.redis.port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory',
      '256mb',
      '--maxmemory-policy',
      'allkeys-lru',
      '--dir',
      DIR,
    ]);
    started.push(state.redis.pid);
    writeState(state);
    for (let i = 0; i < n; i++) {
      const inst = { url: `http://127.0.0.1:${port + 2 + i}`, pid: 0 };
      inst.pid = startInstance(state, inst.url);
      started.push(inst.pid);
      state.instances.push(inst);
      writeState(state);
    }
    await Promise.all(state.instances.map((i) => ready(i)));

    const prefix = path.join(DIR, 'nginx');
    fs.rmSync(prefix, { recursive: true, force: true });
    fs.mkdirSync(prefix, { recursive: true });
    const conf = path.join(prefix, 'nginx.conf');
    fs.writeFileSync(
      conf,
      nginxConf({ listen: port, upstreams: state.instances.map((i) => Number(new URL(i.url).port)), microCache: state.microCache }),
    );
    state.nginx.pid = daemon('nginx', '/usr/sbin/nginx', ['-p', prefix, '-c', conf, '-g', 'daemon off;']);
    started.push(state.nginx.pid);
    writeState(state);
    await waitFor(`${state.url}/healthz`, (r) => r.ok, 'nginx');
  } catch (e) {
    for (const pid of started) await terminate(pid);
    fs.rmSync(STATE, { force: true });
    throw e;
  }
  console.log(state.url);
}

async function status() {
  const s = readState();
  console.log(JSON.stringify({ url: s.url, instances: s.instances.map(({ url, pid }) => ({ url, pid })), redis: s.redis, nginx: s.nginx }));
}

/** One instance at a time, each ready again before the next goes: nginx sends the others the traffic. */
async function restart() {
  const s = readState();
  for (const inst of s.instances) {
    await terminate(inst.pid);
    inst.pid = startInstance(s, inst.url);
    writeState(s);
    await ready(inst);
    console.log(`restarted ${inst.url} (pid ${inst.pid})`);
  }
}

async function stop() {
  const s = readState();
  // nginx first, so no request reaches an instance that is going.
  await terminate(s.nginx.pid);
  await Promise.all(s.instances.map((i) => terminate(i.pid)));
  await terminate(s.redis.pid);
  fs.rmSync(STATE, { force: true });
  console.log('stopped');
}

function startInstance(state, url) {
  const port = new URL(url).port;
  return daemon(`instance-${port}`, process.execPath, [NEXT, 'start', '-p', port, '-H', '127.0.0.1'], {
    ...process.env,
    NODE_ENV: 'production',
    PORT: port,
    NEXT_DIST_DIR: state.distDir,
    REDIS_URL: `redis://127.0.0.1:${state.redis.port}`,
    PUBLISH_SECRET: state.secret,
  });
}

/** Starts a process that outlives this script, its output appended to CLUSTER_DIR/<name>.log. */
function daemon(name, cmd, argv, env = process.env) {
  const log = fs.openSync(path.join(DIR, `${name}.log`), 'a');
  const child = spawn(cmd, argv, { cwd: ROOT, env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  // A missing program (no redis-server, say) is reported by the throw below, not as an unhandled 'error'.
  child.on('error', () => {});
  if (!child.pid) throw new Error(`could not start ${cmd} (is it installed?)`);
  child.unref();
  return child.pid;
}

/** Healthy and connected to Redis. */
async function ready(inst) {
  await waitFor(`${inst.url}/healthz`, async (r) => r.ok && (await r.json()).redis === 'up', inst.url, inst.pid);
}

async function waitFor(url, ok, what, pid) {
  const deadline = Date.now() + READY_MS;
  while (Date.now() < deadline) {
    if (pid && !alive(pid)) throw new Error(`${what} exited (see ${DIR})`);
    try {
      if (await ok(await fetch(url, { signal: AbortSignal.timeout(2000) }))) return;
    } catch {
      // not answering yet
    }
    await sleep(200);
  }
  throw new Error(`${what} not ready within ${READY_MS / 1000} s (see ${DIR})`);
}

/** SIGTERM, then SIGKILL if it has not exited within 15 s. */
async function terminate(pid) {
  if (!pid || !alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 15_000;
  while (alive(pid) && Date.now() < deadline) await sleep(100);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  while (alive(pid)) await sleep(50);
}

/** Running, and not a zombie waiting for a parent that never reaps it. */
function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function readState() {
  if (!fs.existsSync(STATE)) throw new Error(`not running (no ${STATE})`);
  return JSON.parse(fs.readFileSync(STATE, 'utf8'));
}

function writeState(s) {
  fs.writeFileSync(STATE, JSON.stringify(s, null, 2), { mode: 0o600 });
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
