/**
 * deploy/nginx.conf for loopback runs (`npm run cluster`, `npm run bench`):
 * rewrites only its lines marked BENCH, so what runs is the shipped config.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * @param {{ listen: number, upstreams: number[], microCache?: boolean }} o
 *   nginx's port, the instances' ports, and whether the micro-cache is on.
 */
export function nginxConf({ listen, upstreams, microCache = true }) {
  const lines = fs.readFileSync(path.join(ROOT, 'deploy', 'nginx.conf'), 'utf8').split('\n');
  const out = [];
  let serversDone = false;
  for (const line of lines) {
    if (!line.includes('# BENCH')) {
      out.push(line);
      continue;
    }
    const server = line.match(/^(\s*)server 127\.0\.0\.1:\d+(.*?);/);
    if (server) {
      if (!serversDone) for (const port of upstreams) out.push(`${server[1]}server 127.0.0.1:${port}${server[2]};`);
      serversDone = true;
    } else if (/^\s*listen /.test(line)) {
      out.push(line.replace(/listen 127\.0\.0\.1:\d+/, `listen 127.0.0.1:${listen}`));
    } else if (/^\s*proxy_cache portal;/.test(line)) {
      out.push(microCache ? line : line.replace('proxy_cache portal;', 'proxy_cache off;'));
    } else {
      out.push(line);
    }
  }
  if (!serversDone) throw new Error('deploy/nginx.conf: no upstream server line marked BENCH');
  return out.join('\n');
}
