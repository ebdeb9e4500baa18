#!/usr/bin/env node
/**
 * `npm start`: builds the portal if there is no production build yet, then
 * serves it on $PORT (default 3000). Build first by hand (`npm run build`)
 * after editing content.
 */
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { distDir } from '../lib/dist-dir.cjs';

const dist = distDir();
const port = process.env.PORT || '3000';
const next = path.join('node_modules', '.bin', 'next');

if (!fs.existsSync(path.join(dist, 'BUILD_ID'))) {
  console.log(`No production build in ${dist}: building first.`);
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = spawn(process.execPath, [next, 'start', '-p', port], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
