import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { distDir } from '@/lib/config';

let cached: string | undefined;

/** The build this server runs (its BUILD_ID), or '' where there is none (unit tests). */
export function buildId(): string {
  if (cached === undefined) {
    try {
      cached = fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), distDir(), 'BUILD_ID'), 'utf8').trim();
    } catch {
      cached = '';
    }
  }
  return cached;
}
