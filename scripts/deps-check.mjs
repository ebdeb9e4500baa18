#!/usr/bin/env node
/**
 * `npm run deps:check`: the registry's audit endpoint is unreachable here, so
 * this is our own check. It compares the installed version of each package
 * in security-floor.json with its floor, checks that package.json pins it
 * exactly, prints a table and exits 1 on any package below its floor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Compares two x.y.z versions (pre-release tags sort below the release). */
export function compareVersions(a, b) {
  const parse = (v) => {
    const [core, pre] = String(v).split('-', 2);
    return { nums: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre && !y.pre) return -1;
  if (!x.pre && y.pre) return 1;
  return 0;
}

export function checkDeps(root) {
  const floor = JSON.parse(fs.readFileSync(path.join(root, 'security-floor.json'), 'utf8'));
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const declared = { ...pkg.dependencies, ...pkg.devDependencies };
  const rows = [];
  for (const [name, min] of Object.entries(floor)) {
    if (name.startsWith('$')) continue;
    let installed;
    try {
      installed = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      installed = undefined;
    }
    const spec = declared[name];
    const problems = [];
    if (!installed) problems.push('not installed');
    else if (compareVersions(installed, min) < 0) problems.push(`below the floor ${min}`);
    if (!spec) problems.push('not in package.json');
    else if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) problems.push(`"${spec}" is not an exact pin`);
    else if (compareVersions(spec, min) < 0) problems.push(`package.json pins ${spec}, below the floor`);
    rows.push({ name, floor: min, pinned: spec ?? '-', installed: installed ?? '-', ok: problems.length === 0, problems });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const rows = checkDeps(process.cwd());
  const w = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    console.log(
      `${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(w)}  floor ${r.floor.padEnd(8)} pinned ${r.pinned.padEnd(8)} installed ${r.installed}${r.ok ? '' : `  (${r.problems.join('; ')})`}`,
    );
  }
  const bad = rows.filter((r) => !r.ok);
  if (bad.length) {
    console.error(`deps:check: ${bad.length} package${bad.length === 1 ? '' : 's'} below the security floor or not pinned`);
    process.exit(1);
  }
  console.log('deps:check: every package meets its security floor');
}
