/**
 * A second, small production build for the editorial journeys (drafts,
 * preview, scheduling), from e2e/fixtures/editorial. It is built once by
 * global-setup.ts into .next-editorial; each journey starts its own
 * `next start` with the clock (NOW) and secrets it needs, and stops it.
 *
 * Each server runs on its own copy of the build. A server writes the pages
 * it regenerates into its build folder, so servers sharing one would see
 * each other's clocks (a listing regenerated after the scheduled story's
 * moment, served by a server whose clock is before it), and the build
 * output that drafts-never-leak inspects would depend on which journey ran
 * first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const EDITORIAL_CONTENT = path.join('e2e', 'fixtures', 'editorial');
export const EDITORIAL_DIST = '.next-editorial';
export const CANARY = 'CANARY-7f3c9d2e';
export const SCHEDULED_MARKER = 'SCHEDULED-41d2b8';
/** Clocks either side of the scheduled story's moment (2031-01-01T00:00:00Z). */
export const BEFORE = '2030-12-31T23:00:00Z';
export const AFTER = '2031-01-01T00:00:10Z';
/** Seconds after which listings regenerate (PUBLISH_INTERVAL) in this build. */
export const INTERVAL = 2;
export const SECRET = 'e2e-preview-secret-5b1c';

const NEXT = path.join('node_modules', '.bin', 'next');

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
  /** This server's own copy of the build, with whatever it wrote while serving. */
  distDir: string;
  /** When the server process was started (ms since the epoch). */
  startedAt: number;
  stop(): Promise<void>;
}

/**
 * How long a server may take to shut down gracefully (SIGTERM: it stops
 * accepting connections and waits for open ones) before it is killed. Open
 * keep-alive connections from the browser or the test's request context can
 * hold it up to Node's keepAliveTimeout (5 s); shutdown is not what these
 * journeys test, so a late one is killed and reported, not failed.
 */
const STOP_GRACE_MS = 5_000;

/** Starts a server on a copy of `from` (the fixture build, or what an earlier server left, for a restart). */
export async function startEditorial(port: number, env: Record<string, string | undefined>, from = EDITORIAL_DIST): Promise<Server> {
  const distDir = `${EDITORIAL_DIST}-${port}`;
  fs.rmSync(distDir, { recursive: true, force: true });
  // Turbopack's build cache is for rebuilding, not for serving. Timestamps are
  // kept: Next dates a prerendered page by its file's mtime, so a copy made now
  // would make the build's pages look just rendered.
  const buildCache = path.join(from, 'cache', 'turbopack');
  fs.cpSync(from, distDir, { recursive: true, preserveTimestamps: true, filter: (src) => !src.startsWith(buildCache) });
  const startedAt = Date.now();
  const child: ChildProcess = spawn(process.execPath, [NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      CONTENT_DIR: EDITORIAL_CONTENT,
      NEXT_DIST_DIR: distDir,
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
      // Bounded, so the deadline below holds even if a request hangs.
      const res = await fetch(`${url}/en/about`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    distDir,
    startedAt,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const late = await Promise.race([
          exited.then(() => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_GRACE_MS))),
        ]);
        clearTimeout(timer);
        if (late) {
          child.kill('SIGKILL');
          await exited;
          console.warn(`editorial server on port ${port}: no exit ${STOP_GRACE_MS} ms after SIGTERM, killed`);
        }
      }
      fs.rmSync(distDir, { recursive: true, force: true });
    },
  };
}
