#!/usr/bin/env node
/**
 * `npm run dev`: the stylesheet (`npm run css`, as scripts/build.mjs makes
 * it) kept current by Tailwind's watcher, beside `next dev`. Stops both when
 * either stops.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

// Once before Next starts, so its first compile finds app/globals.built.css.
const first = spawnSync('npm', ['run', '-s', 'css'], { stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn('npm', ['run', '-s', 'css', '--', '--watch=always'], { stdio: ['ignore', 'inherit', 'inherit'] }),
  spawn(process.execPath, [path.join('node_modules', '.bin', 'next'), 'dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];
const stop = (code) => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stop(130));
