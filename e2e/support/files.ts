import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir`. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/**
 * Every file under `dir` whose bytes contain one of `needles`. A server may
 * still be writing (the cache writes each file under a temporary name, then
 * renames it): a scan that saw a file vanish is done again, up to 20 times.
 */
export function filesContaining(dir: string, needles: readonly string[]): string[] {
  for (let scan = 1; ; scan++) {
    let vanished = false;
    const found = filesUnder(dir).filter((f) => {
      const data = readIfThere(f);
      if (data === undefined) vanished = true;
      return data !== undefined && needles.some((n) => data.includes(n));
    });
    if (!vanished) return found;
    if (scan === 20) throw new Error(`${dir}: files kept vanishing over 20 scans; is a server still writing there?`);
  }
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
