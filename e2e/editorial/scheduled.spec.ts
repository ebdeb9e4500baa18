import { test, expect, type APIRequestContext } from '@playwright/test';
import { AFTER, BEFORE, INTERVAL, SCHEDULED_MARKER, startEditorial } from '../support/editorial';

test.describe.configure({ mode: 'serial' });

async function listed(request: APIRequestContext, url: string): Promise<boolean> {
  return (await (await request.get(url)).text()).includes(SCHEDULED_MARKER);
}

test('a scheduled story is hidden before its time and public after it, without a rebuild', async ({ request, page }) => {
  // The clock before the story's moment: nowhere to be seen.
  const before = await startEditorial(3204, { NOW: BEFORE });
  try {
    expect(await listed(request, `${before.url}/en`)).toBe(false);
    expect(await listed(request, `${before.url}/en/tags/csto`)).toBe(false);
    expect((await request.get(`${before.url}/en/news/scheduled-story`)).status()).toBe(404);
  } finally {
    await before.stop();
  }

  // The same build, the clock past the moment: listed within the interval, page renders on request.
  const after = await startEditorial(3205, { NOW: AFTER });
  try {
    for (const path of ['/en', '/en/tags/csto', '/ar']) {
      await expect
        .poll(() => listed(request, after.url + path), { timeout: (INTERVAL + 10) * 1000, intervals: [500] })
        .toBe(true);
    }
    await expect
      .poll(async () => (await request.get(`${after.url}/en/news/scheduled-story`)).status(), { timeout: (INTERVAL + 10) * 1000 })
      .toBe(200);
    await page.goto(`${after.url}/en/news/scheduled-story`);
    await expect(page.locator('h1')).toHaveText(`Scheduled headline ${SCHEDULED_MARKER} (en)`);
    await expect(page.getByTestId('status-badge')).toHaveCount(0);
  } finally {
    await after.stop();
  }
});
