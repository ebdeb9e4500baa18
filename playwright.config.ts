import { defineConfig, devices } from '@playwright/test';
import fs from 'node:fs';
import { distDir } from './lib/config';

/**
 * E2E runs against the production build (`next build` first, then
 * `next start` here). Chromium: $CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else Playwright's own browser.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  return candidates.find((p): p is string => !!p && fs.existsSync(p));
}

const launchOptions = {
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    launchOptions,
    trace: 'retain-on-failure',
  },
  // The editorial journeys run against their own fixture build (see
  // e2e/support/editorial.ts), once, at desktop size.
  globalSetup: './e2e/global-setup.ts',
  projects: [
    { name: 'desktop', testIgnore: [/editorial\//, /no-js\//, /cluster\//], use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', testIgnore: [/editorial\//, /no-js\//, /cluster\//], use: { ...devices['Pixel 7'], launchOptions } },
    // Every page type, and every kind of 404, as a reader without JavaScript (or a crawler) gets it.
    { name: 'no-js', testMatch: /no-js\/.*\.spec\.ts/, use: { ...devices['Pixel 7'], javaScriptEnabled: false, launchOptions } },
    { name: 'editorial', testMatch: /editorial\/.*\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions } },
    // Several instances under load (`npm run cluster`, ports E2E_PORT+50…):
    // after the page projects, so its load does not slow their tests. Alone:
    // --project=cluster --no-deps.
    { name: 'cluster', testMatch: /cluster\/.*\.spec\.ts/, dependencies: ['desktop', 'phone'] },
  ],
  webServer: {
    command: `node node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${BASE_URL}/ar`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { SITE_URL: BASE_URL, NODE_ENV: 'production', NEXT_DIST_DIR: distDir() },
  },
});
