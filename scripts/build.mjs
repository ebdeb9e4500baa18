#!/usr/bin/env node
/**
 * `npm run build`: the production build. Its steps run as soon as what they
 * need has passed, side by side where they can:
 *
 *   content check ─────────────────┐
 *                                  ├── static generation ── done
 *   stylesheet ── compile ─────────┘
 *
 * - The content check (loader + schema: every problem of content/, at once)
 *   also writes the content index cache, which the later processes load
 *   instead of parsing the archive again. Next's compile does not read
 *   content/, so the two run side by side.
 * - The stylesheet is Tailwind's CLI output (`npm run css`: app/globals.css
 *   to app/globals.built.css, which the app imports), so Next's compile needs
 *   no PostCSS and starts no PostCSS worker processes beside its own.
 * - Static generation renders pages from the content layer in a fresh process,
 *   once the compiler's memory is freed.
 * - There is no search index step: the server builds its search index from
 *   the content layer when it starts and keeps it current (lib/search).
 *
 * If a step fails, the others are stopped and the build exits with its code.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const NEXT = path.join(ROOT, 'node_modules', '.bin', 'next');

const STEPS = {
  // tsx as a loader of this process rather than its CLI, which would start a second Node process to run it.
  // A smaller young generation: this step runs beside the compile, at the build's peak, and is no slower for it.
  'content check': [
    process.execPath,
    '--max-semi-space-size=4',
    '--import',
    'tsx',
    '--conditions=react-server',
    'scripts/content-check.ts',
  ],
  // `npm run css`, so the stylesheet's command is written once (scripts/dev.mjs watches with it).
  stylesheet: ['npm', 'run', '-s', 'css'],
  compile: [process.execPath, NEXT, 'build', '--experimental-build-mode', 'compile'],
  'static generation': [process.execPath, NEXT, 'build', '--experimental-build-mode', 'generate'],
};

const running = new Set();
let failed;

function run(name) {
  if (failed) return Promise.reject(failed);
  return new Promise((resolve, reject) => {
    // Its own process group, so a failure elsewhere stops it with every
    // worker it started.
    const [command, ...args] = STEPS[name];
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: 'inherit',
      detached: true,
    });
    running.add(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve();
      else reject(Object.assign(new Error(`${name} failed (${signal ?? `exit code ${code}`})`), { code: code || 1, step: name }));
    });
  });
}

function stopAll() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

/** Starts a step once the steps it needs have passed; the first failure stops every other. */
function after(needs, name) {
  return Promise.all(needs).then(() =>
    run(name).catch((e) => {
      if (!failed) {
        failed = e;
        stopAll();
      }
      throw e;
    }),
  );
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopAll();
    process.exit(130);
  });
}

const started = performance.now();
const check = after([], 'content check');
const compile = after([after([], 'stylesheet')], 'compile');
const generate = after([check, compile], 'static generation');
const results = await Promise.allSettled([check, compile, generate]);
if (results.some((r) => r.status === 'rejected')) {
  const e = failed ?? results.find((r) => r.status === 'rejected').reason;
  console.error(`\nbuild: ${e.message}${e.step === 'content check' ? ': fix the content problems listed above' : ''}`);
  process.exit(e.code ?? 1);
}
console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
