/**
 * A second, small production build for the editorial journeys (drafts,
 * preview, scheduling), from e2e/fixtures/editorial. It is built once by
 * global-setup.ts into .next-editorial; each journey starts its own
 * `next start` on it with the clock (NOW) and secrets it needs, and stops it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const EDITORIAL_CONTENT = path.join('e2e', 'fixtures', 'editorial');
export const EDITORIAL_DIST = '.next-editorial';
export const CANARY = 'CANARY-7f3c9d2e';
export const SCHEDULED_MARKER = 'SCHEDULED-41d2b8';
/** The scheduled story's moment, and clocks either side of it. */
export const SCHEDULED_AT = '2031-01-01T00:00:00Z';
export const BEFORE = '2030-12-31T23:00:00Z';
export const AFTER = '2031-01-01T00:00:10Z';
/** Seconds after which listings regenerate (PUBLISH_INTERVAL) in this build. */
export const INTERVAL = 2;
export const SECRET = 'e2e-preview-secret-5b1c';

const NEXT = path.join('node_modules', 'next', 'dist', 'bin', 'next');

export function buildEditorial(): void {
  const r = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      CONTENT_DIR: EDITORIAL_CONTENT,
      NEXT_DIST_DIR: EDITORIAL_DIST,
      NOW: BEFORE,
      PUBLISH_INTERVAL: String(INTERVAL),
      SITE_URL: 'http://127.0.0.1:3200',
    },
  });
  if (r.status !== 0) throw new Error('editorial fixture build failed');
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

export async function startEditorial(port: number, env: Record<string, string | undefined>): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      CONTENT_DIR: EDITORIAL_CONTENT,
      NEXT_DIST_DIR: EDITORIAL_DIST,
      PUBLISH_INTERVAL: String(INTERVAL),
      PREVIEW_SECRET: undefined,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      const res = await fetch(`${url}/en/about`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
