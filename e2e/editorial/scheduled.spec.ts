import { test, expect, type APIRequestContext } from '@playwright/test';
import { AFTER, BEFORE, INTERVAL, SCHEDULED_MARKER, startEditorial } from '../support/editorial';

test.describe.configure({ mode: 'serial' });

async function listed(request: APIRequestContext, url: string): Promise<boolean> {
  return (await (await request.get(url)).text()).includes(SCHEDULED_MARKER);
}

test('a scheduled story is hidden before its time and public after it, without a rebuild', async ({ request, browser }) => {
  // The clock before the story's moment: nowhere to be seen.
  const before = await test.step('start a server whose clock is before the moment', () => startEditorial(3204, { NOW: BEFORE }));
  try {
    await test.step('before: not listed, and its page is 404', async () => {
      expect(await listed(request, `${before.url}/en`)).toBe(false);
      expect(await listed(request, `${before.url}/en/tags/csto`)).toBe(false);
      expect((await request.get(`${before.url}/en/news/scheduled-story`)).status()).toBe(404);
      expect((await request.get(`${before.url}/en/novosti/scheduled-story-2031-01-01-3`, { maxRedirects: 0 })).status()).toBe(404);
    });
  } finally {
    await test.step('stop it', () => before.stop());
  }

  // The same build, the clock past the moment: listed within the interval, page renders on request.
  const after = await test.step('start a server on the same build whose clock is past the moment', () =>
    startEditorial(3205, { NOW: AFTER }));
  const context = await browser.newContext();
  try {
    for (const path of ['/en', '/en/tags/csto', '/ar']) {
      await test.step(`after: ${path} lists it within the interval`, () =>
        expect.poll(() => listed(request, after.url + path), { timeout: (INTERVAL + 10) * 1000, intervals: [500] }).toBe(true));
    }
    await test.step('after: its page renders on request', async () => {
      await expect
        .poll(async () => (await request.get(`${after.url}/en/news/scheduled-story`)).status(), { timeout: (INTERVAL + 10) * 1000 })
        .toBe(200);
      const page = await context.newPage();
      await page.goto(`${after.url}/en/news/scheduled-story`);
      await expect(page.locator('h1')).toHaveText(`Scheduled headline ${SCHEDULED_MARKER} (en)`);
      await expect(page.getByTestId('status-badge')).toHaveCount(0);
    });
    await test.step('after: its old address answers 301 to it', async () => {
      const res = await request.get(`${after.url}/en/novosti/scheduled-story-2031-01-01-3`, { maxRedirects: 0 });
      expect([res.status(), res.headers()['location']]).toEqual([301, '/en/news/scheduled-story']);
    });
  } finally {
    // The browser's connections go first, so the server can shut down at once.
    await context.close();
    await test.step('stop it', () => after.stop());
  }
});
