/**
 * Publish, correct and take down on a running server with `npm run publish`
 * (scripts/publish.mjs → POST /api/publish): no build, no restart. Each
 * journey runs a server of the editorial fixture build on its own copy of the
 * content, which the test edits as an editor would.
 */
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BEFORE, EDITORIAL_CONTENT, startEditorial, type Server } from '../support/editorial';
import { filesContaining } from '../support/files';

test.describe.configure({ mode: 'serial' });

const SECRET = 'e2e-publish-secret-9d41';
const run = promisify(execFile);

/** A writable copy of the fixture content, as an editor's CONTENT_DIR. */
function contentCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-publish-'));
  fs.cpSync(EDITORIAL_CONTENT, dir, { recursive: true });
  return dir;
}

/** `npm run publish` against `server`: its exit code and output. */
async function publish(server: Server, secret = SECRET): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run(process.execPath, ['scripts/publish.mjs'], {
      env: { ...process.env, PUBLISH_URL: server.url, PUBLISH_SECRET: secret },
    });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

function writeStory(root: string, id: string, locale: string, fm: Record<string, string>, body: string) {
  const dir = path.join(root, 'articles', id);
  fs.mkdirSync(dir, { recursive: true });
  const yaml = Object.entries(fm)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  fs.writeFileSync(path.join(dir, `${locale}.md`), `---\n${yaml}\n---\n${body}\n`);
}

const text = async (request: APIRequestContext, url: string) => (await request.get(url)).text();

/**
 * A query sent from the form of a search page open with JavaScript, as a
 * reader sends it: the browser searches (lib/search/browser). The stories found.
 */
async function browserSearch(page: Page, q: string): Promise<string[]> {
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill(q);
  await box.press('Enter');
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === q);
  await expect(page.getByTestId('search-answer')).toHaveAttribute('aria-busy', 'false');
  return page
    .getByTestId('search-answer')
    .locator('li h2 a')
    .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
}

const NEW_ID = 'published-at-runtime';
const MARK = 'QUOKKA-5e21';
const MARK2 = 'NARWHAL-77b3';
const TODAY = '2030-12-31T20:00:00+03:00'; // within two days of the server's clock (NOW = BEFORE)

test('publish, correct and take down: every output follows, and a restart keeps it', async ({ request, browser }) => {
  const root = contentCopy();
  let server = await startEditorial(3210, { CONTENT_DIR: root, PUBLISH_SECRET: SECRET, NOW: BEFORE });
  // A reader's search page, open through every publish below.
  const reader = await browser.newPage();
  try {
    await reader.goto(`${server.url}/en/search`);
    await test.step("the build's prerendered page and feed are served from its files", async () => {
      // lib/http/isr-cache-handler.cjs reads the build's layout; were it to miss, Next would render them again (a MISS).
      for (const [url, file] of [
        ['/en/about', 'en/about.html'],
        ['/en/feed.json', 'en/feed.json.body'],
      ] as const) {
        const res = await request.get(server.url + url);
        // STALE: served from the file while a fresh copy is made (the feed's revalidate has passed since the fixture build).
        expect(res.headers()['x-nextjs-cache'], url).toMatch(/^(HIT|STALE)$/);
        expect(await res.text(), url).toBe(fs.readFileSync(path.join(server.distDir, 'server', 'app', file), 'utf8'));
      }
    });

    await test.step('publish a new story in two languages', async () => {
      writeStory(
        root,
        NEW_ID,
        'en',
        {
          title: `"Runtime story ${MARK}"`,
          summary: '"Published while the server runs."',
          date: `"${TODAY}"`,
          tags: '[csto]',
          aliases: '["/en/novosti/runtime-story-2030-12-31-30001"]',
        },
        `Body with ${MARK} in it.`,
      );
      writeStory(
        root,
        NEW_ID,
        'ar',
        { title: `"قصة ${MARK}"`, summary: '"نشرت أثناء عمل الخادم."', date: `"${TODAY}"`, tags: '[csto]' },
        `نص ${MARK}.`,
      );
      const r = await publish(server);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`added   en ${NEW_ID}`);
    });

    await test.step('the new story is live everywhere', async () => {
      const page = await request.get(`${server.url}/en/news/${NEW_ID}`);
      expect(page.status()).toBe(200);
      const html = await page.text();
      expect(html).toContain(`Body with ${MARK} in it.`);
      // Its translation's language links and hreflang include it.
      expect(html).toMatch(new RegExp(`hrefLang="ar" href="[^"]*/ar/news/${NEW_ID}"`));
      expect(await text(request, `${server.url}/ar/news/${NEW_ID}`)).toMatch(new RegExp(`hrefLang="en" href="[^"]*/en/news/${NEW_ID}"`));
      for (const listing of ['/en', '/en/tags/csto', '/ar', '/ar/tags/csto']) {
        expect(await text(request, server.url + listing), listing).toContain(`/news/${NEW_ID}`);
      }
      // Tag counts on the tags index.
      expect(await text(request, `${server.url}/en/tags`)).toMatch(/CSTO/);
      for (const feed of ['/en/feed.xml', '/en/atom.xml', '/en/feed.json', '/en/tags/csto/feed.xml']) {
        expect(await text(request, server.url + feed), feed).toContain(MARK);
      }
      const sitemap = await text(request, `${server.url}/sitemap.xml`);
      const parts = [...sitemap.matchAll(/<loc>([^<]*\/sitemaps\/[^<]*)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
      const all = (await Promise.all((parts.length ? parts : ['/sitemap.xml']).map((p) => text(request, server.url + p)))).join('');
      expect(all).toContain(`/en/news/${NEW_ID}</loc>`);
      expect(all).toMatch(new RegExp(`hreflang="ar" href="[^"]*/ar/news/${NEW_ID}"`));
      expect(await text(request, `${server.url}/news-sitemap.xml`)).toContain(`/en/news/${NEW_ID}`);
      expect(await text(request, `${server.url}/en/search?q=${MARK}`)).toContain(`href="/en/news/${NEW_ID}"`);
      expect(await browserSearch(reader, MARK)).toEqual([`/en/news/${NEW_ID}`]);
      // Its old address answers with a permanent redirect.
      const old = await request.get(`${server.url}/en/novosti/runtime-story-2030-12-31-30001`, { maxRedirects: 0 });
      expect(old.status()).toBe(301);
      expect(old.headers()['location']).toMatch(new RegExp(`/en/news/${NEW_ID}$`));
      const og = await request.get(`${server.url}/og/en/${NEW_ID}.png`);
      expect(og.status()).toBe(200);
      expect(og.headers()['content-type']).toBe('image/png');
    });

    const ogBefore = await (await request.get(`${server.url}/og/en/${NEW_ID}.png`)).body();
    await test.step('correct it: title, body and updated', async () => {
      writeStory(
        root,
        NEW_ID,
        'en',
        {
          title: `"Corrected story ${MARK2}"`,
          summary: '"Published while the server runs."',
          date: `"${TODAY}"`,
          updated: '"2030-12-31T22:00:00+03:00"',
          tags: '[csto]',
        },
        `Corrected body with ${MARK2}.`,
      );
      const r = await publish(server);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`changed en ${NEW_ID}`);
      expect(r.out).not.toContain(`changed ar ${NEW_ID}`);
    });

    await test.step('the correction shows everywhere, with dateModified', async () => {
      const html = await text(request, `${server.url}/en/news/${NEW_ID}`);
      expect(html).toContain(`Corrected body with ${MARK2}.`);
      expect(html).not.toContain(`Body with ${MARK} in it.`);
      expect(html).toMatch(/"dateModified":"2030-12-31T22:00:00\+03:00"/);
      expect(await text(request, `${server.url}/en`)).toContain(`Corrected story ${MARK2}`);
      expect(await text(request, `${server.url}/en/feed.xml`)).toContain(MARK2);
      expect(await text(request, `${server.url}/en/search?q=${MARK2}`)).toContain(`href="/en/news/${NEW_ID}"`);
      expect(await text(request, `${server.url}/en/search?q=quokka`)).not.toContain(`href="/en/news/${NEW_ID}"`);
      expect(await browserSearch(reader, MARK2)).toEqual([`/en/news/${NEW_ID}`]);
      expect(await browserSearch(reader, 'quokka')).toEqual([]);
      // The corrected file no longer lists the old address.
      expect((await request.get(`${server.url}/en/novosti/runtime-story-2030-12-31-30001`, { maxRedirects: 0 })).status()).toBe(404);
      const ogAfter = await (await request.get(`${server.url}/og/en/${NEW_ID}.png`)).body();
      expect(ogAfter.equals(ogBefore)).toBe(false);
    });

    let versionBefore = '';
    await test.step('take down one translation, and a prerendered story as a whole', async () => {
      versionBefore = ((await (await request.get(`${server.url}/search-index/en`)).json()) as { version: string }).version;
      expect((await request.get(`${server.url}/en/news/published-story`)).status()).toBe(200);
      fs.rmSync(path.join(root, 'articles', NEW_ID, 'ar.md'));
      fs.rmSync(path.join(root, 'articles', 'published-story'), { recursive: true });
      const r = await publish(server);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`removed ar ${NEW_ID}`);
      expect(r.out).toContain('removed en published-story');
    });

    const takenDown = async () => {
      for (const p of [`/ar/news/${NEW_ID}`, '/en/news/published-story', '/ar/news/published-story']) {
        expect((await request.get(server.url + p)).status(), p).toBe(404);
      }
      expect((await request.get(`${server.url}/en/news/${NEW_ID}`)).status()).toBe(200);
      expect(await text(request, `${server.url}/en/news/${NEW_ID}`)).not.toMatch(/hrefLang="ar"/);
      for (const p of ['/en', '/ar', '/en/tags/kazakhstan', '/en/feed.xml', '/en/feed.json', '/ar/atom.xml', '/sitemap.xml']) {
        expect(await text(request, server.url + p), p).not.toContain('/news/published-story');
      }
      expect(await text(request, `${server.url}/ar`)).not.toContain(`/ar/news/${NEW_ID}`);
      expect(await text(request, `${server.url}/en/search?q=public`)).not.toContain('/en/news/published-story');
      await reader.goto(`${server.url}/en/search`);
      expect(await browserSearch(reader, 'public')).not.toContain('/en/news/published-story');
      // Nothing of the index before the takedown is served any more.
      for (let n = 0; n < 4; n++)
        expect((await request.get(`${server.url}/search-index/en/${versionBefore}/stories/${n}`)).status()).toBe(404);
    };
    await test.step('taken down: 404, and in no listing, feed, sitemap or search', takenDown);

    await test.step('no copy of it is left on disk', () => {
      // The fixture's body sentence is in no other story.
      expect(filesContaining(server.distDir, ['It exists so that listings are never empty'])).toEqual([]);
    });

    await test.step('a restart serves the same', async () => {
      const distDir = server.distDir;
      server = await restart(server, distDir, root);
      // A page the build prerendered and nobody asked for since the takedown: its
      // copy predates the publish, which the restarted server must still know.
      const tagPage = await text(request, `${server.url}/ar/tags/kazakhstan`);
      expect(tagPage.includes('/news/published-story'), '/ar/tags/kazakhstan still lists the story').toBe(false);
      await takenDown();
      expect(await text(request, `${server.url}/en/news/${NEW_ID}`)).toContain(`Corrected body with ${MARK2}.`);
    });

    await test.step('search with JavaScript on and off', async () => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`${server.url}/en/search?q=${MARK2}`);
        await expect(page.getByTestId('search-results').locator('li h2 a')).toHaveAttribute('href', `/en/news/${NEW_ID}`);
        await context.close();
      }
    });
  } finally {
    await reader.close();
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

/** Stops `server` and starts another on the same build folder and content, as an operator's restart. */
async function restart(server: Server, distDir: string, root: string): Promise<Server> {
  const keep = `${distDir}-kept`;
  fs.rmSync(keep, { recursive: true, force: true });
  // Not the files the cache is still writing (renamed into place when complete).
  fs.cpSync(distDir, keep, { recursive: true, preserveTimestamps: true, filter: (src) => !src.endsWith('.tmp') });
  await server.stop();
  try {
    return await startEditorial(3211, { CONTENT_DIR: root, PUBLISH_SECRET: SECRET, NOW: BEFORE }, keep);
  } finally {
    fs.rmSync(keep, { recursive: true, force: true });
  }
}

/** Runs `journey` against a server of the fixture build on its own copy of the content, then stops it and removes the copy. */
async function withPublishServer(
  port: number,
  env: Record<string, string | undefined>,
  journey: (server: Server, root: string) => Promise<void>,
) {
  const root = contentCopy();
  const server = await startEditorial(port, { CONTENT_DIR: root, PUBLISH_SECRET: SECRET, ...env });
  try {
    await journey(server, root);
  } finally {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

test('bad content is refused with every problem, and nothing changes', async ({ request }) => {
  await withPublishServer(3212, { NOW: BEFORE }, async (server, root) => {
    // A valid change and two broken files, published together.
    writeStory(
      root,
      'valid-new',
      'en',
      { title: '"Valid new story"', summary: '"Fine."', date: '"2030-12-01T10:00:00+03:00"', tags: '[csto]' },
      'Fine body.',
    );
    writeStory(
      root,
      'broken-one',
      'en',
      { title: '"Broken"', summary: '"x"', date: '"2030-02-30T10:00:00+03:00"', tags: '[csto]' },
      'Body.',
    );
    writeStory(
      root,
      'broken-two',
      'en',
      { title: '"Broken"', summary: '"x"', date: '"2030-01-30T10:00:00+03:00"', tags: '[nope]' },
      'Body.',
    );
    const r = await publish(server);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken-one\/en\.md:\d+: date: .*impossible date/);
    expect(r.err).toMatch(/broken-two\/en\.md:\d+: tags\.0: "nope" is not a tag/);
    expect(r.err).toMatch(/nothing was published/);
    expect((await request.get(`${server.url}/en/news/valid-new`)).status()).toBe(404);
    expect(await text(request, `${server.url}/en`)).not.toContain('valid-new');
    // Fixed, it goes through.
    fs.rmSync(path.join(root, 'articles', 'broken-one'), { recursive: true });
    fs.rmSync(path.join(root, 'articles', 'broken-two'), { recursive: true });
    const ok = await publish(server);
    expect(ok.code, ok.err).toBe(0);
    expect((await request.get(`${server.url}/en/news/valid-new`)).status()).toBe(200);
  });
});

test('the endpoint: only an authorized POST, never cached or indexed', async ({ request }) => {
  await withPublishServer(3213, { NOW: BEFORE }, async (server) => {
    const url = `${server.url}/api/publish`;
    for (const res of [
      await request.post(url),
      await request.post(url, { headers: { Authorization: 'Bearer wrong' } }),
      await request.post(url, { headers: { Authorization: SECRET } }),
      await request.get(url, { headers: { Authorization: `Bearer ${SECRET}` } }),
      await request.put(url, { headers: { Authorization: `Bearer ${SECRET}` } }),
      await request.post(`${url}?secret=${SECRET}`),
    ]) {
      expect(res.status()).toBe(401);
      expect(res.headers()['cache-control']).toMatch(/no-store/);
      expect(res.headers()['x-robots-tag']).toBe('noindex');
    }
    const ok = await request.post(url, { headers: { Authorization: `Bearer ${SECRET}` } });
    expect(ok.status()).toBe(200);
    expect(ok.headers()['cache-control']).toMatch(/no-store/);
    expect(ok.headers()['x-robots-tag']).toBe('noindex');
    expect((await publish(server, 'not-the-secret')).err).toMatch(/PUBLISH_SECRET does not match/);
  });
});

test('two publishes at once leave the site equal to the content', async ({ request }) => {
  await withPublishServer(3214, { NOW: BEFORE }, async (server, root) => {
    writeStory(
      root,
      'concurrent-a',
      'en',
      { title: '"Concurrent A"', summary: '"A."', date: '"2030-12-02T10:00:00+03:00"', tags: '[csto]' },
      'A.',
    );
    const first = publish(server);
    writeStory(
      root,
      'concurrent-b',
      'en',
      { title: '"Concurrent B"', summary: '"B."', date: '"2030-12-03T10:00:00+03:00"', tags: '[csto]' },
      'B.',
    );
    const second = publish(server);
    const [a, b] = await Promise.all([first, second]);
    expect(a.code, a.err).toBe(0);
    expect(b.code, b.err).toBe(0);
    const home = await text(request, `${server.url}/en`);
    expect(home).toContain('/en/news/concurrent-a');
    expect(home).toContain('/en/news/concurrent-b');
    expect(await text(request, `${server.url}/en/search?q=concurrent`)).toMatch(
      /concurrent-a[\s\S]*concurrent-b|concurrent-b[\s\S]*concurrent-a/,
    );
  });
});

test('a story published for later stays hidden, then goes live and searchable by itself', async ({ request }) => {
  // The real clock: the story's moment a few seconds ahead.
  await withPublishServer(3215, { NOW: undefined }, async (server, root) => {
    const at = new Date(Date.now() + 8_000).toISOString().replace(/\.\d+Z$/, 'Z');
    writeStory(
      root,
      'later-story',
      'en',
      { title: '"Later story ZEBU-3c1"', summary: '"Soon."', date: `"${at}"`, tags: '[csto]' },
      'Later body ZEBU-3c1.',
    );
    const r = await publish(server);
    expect(r.code, r.err).toBe(0);
    expect((await request.get(`${server.url}/en/news/later-story`)).status()).toBe(404);
    expect(await text(request, `${server.url}/en`)).not.toContain('later-story');
    expect(await text(request, `${server.url}/en/search?q=ZEBU-3c1`)).not.toContain('later-story');
    await expect
      .poll(async () => (await text(request, `${server.url}/en/search?q=ZEBU-3c1`)).includes('/en/news/later-story'), {
        timeout: 25_000,
        intervals: [1000],
      })
      .toBe(true);
    await expect
      .poll(async () => (await request.get(`${server.url}/en/news/later-story`)).status(), { timeout: 25_000, intervals: [1000] })
      .toBe(200);
  });
});
