import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guardTarget } from './request-guard';

test('backslashes and dot segments (raw or percent-encoded) are sent to the locale 404 page', () => {
  const cases: [string, string][] = [
    ['/ar\\news', '/ar/%5C'],
    ['/ar/news/\\..\\..\\etc\\passwd', '/ar/%5C'],
    ['/\\evil.example', '/ar/%5C'],
    ['/\\\\evil.example/x', '/ar/%5C'],
    ['/ru/news/%2e%2e', '/ru/%5C'],
    ['/ru/news/%2E%2E/%2e%2e/etc/passwd', '/ru/%5C'],
    ['/en/news/..', '/en/%5C'],
    ['/en/news/.', '/en/%5C'],
    ['/en/./news', '/en/%5C'],
    ['/en/%2e/news?x=1', '/en/%5C'],
    ['/../etc/passwd', '/ar/%5C'],
    ['/fr/..', '/ar/%5C'],
    ['http://host/en/..', '/en/%5C'],
  ];
  for (const [url, target] of cases) assert.equal(guardTarget(url), target, url);
});

test('ordinary targets, dots inside names and dots in the query are left alone', () => {
  for (const url of [
    '/',
    '/ar',
    '/ar/news/tokayev-csto-2022',
    '/ar/news/x%2e%2e',
    '/ar/news/..%2F..%2Fetc%2Fpasswd',
    '/sitemap.xml',
    '/_next/static/chunks/a.b.js',
    '/ar/news/...',
    '/ar/search?q=../..',
    '/ar/search?q=a\\b',
    '/ar//news',
  ]) {
    assert.equal(guardTarget(url), undefined, url);
  }
});

test('a method a route handler does not export gets 405 with the methods it does; GET and HEAD pass', async () => {
  const { disallowedMethod } = await import('./request-guard');
  const cases: [string, string, string | undefined][] = [
    ['TRACE', '/en/feed.xml', 'GET, HEAD'],
    ['PUT', '/en/feed.xml?x=1', 'GET, HEAD'],
    ['DELETE', '/sitemaps/1.xml', 'GET, HEAD'],
    ['OPTIONS', '/og/en/_site.png', 'GET, HEAD'],
    ['POST', '/ar/tags/csto/feed.xml', 'GET, HEAD'],
    ['PROPFIND', '/media/x/cover.png', 'GET, HEAD'],
    ['GET', '/api/draft/disable', undefined], // its GET export says 405 itself
    ['PUT', '/api/draft/disable', 'POST'],
    ['POST', '/api/draft/disable', undefined],
    ['POST', '/api/draft', 'GET, HEAD'],
    ['GET', '/en/feed.xml', undefined],
    ['HEAD', '/og/en/x.png', undefined],
    // Pages: Next answers the methods it knows; one it does not know gets 405 here.
    ['TRACE', '/ar/news/x', 'GET, HEAD'],
    ['CONNECT', '/', 'GET, HEAD'],
    ['POST', '/ar', undefined],
  ];
  for (const [method, url, allow] of cases) assert.equal(disallowedMethod(method, url), allow, `${method} ${url}`);
});

test('the route handler table matches the methods app/**/route.ts export', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { ROUTE_METHODS } = await import('./request-guard');
  const files = (fs.readdirSync('app', { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith(`${path.sep}route.ts`));
  assert.ok(files.length >= 10, files.join());
  for (const f of files) {
    const text = fs.readFileSync(path.join('app', f), 'utf8');
    const exported = [...text.matchAll(/^export (?:(?:async )?function|const) (GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS)\b/gm)].map(
      (m) => m[1]!,
    );
    // A handler that only answers 405 (api/draft/disable's GET) does not count.
    const answered = exported.filter((m) => !new RegExp(`function ${m}\\(\\) \\{\\s*return new Response\\([^)]*status: 405`).test(text));
    // A sample request path for the file: [param] → x, [...rest] → x/y, [locale] → en.
    const sample =
      '/' +
      path
        .dirname(f)
        .split(path.sep)
        .map((s) => (s === '[locale]' ? 'en' : s.startsWith('[...') ? 'x/y' : s.startsWith('[') ? 'x' : s))
        .join('/');
    const allow = ROUTE_METHODS.find(([re]) => re.test(sample))?.[1];
    assert.ok(allow, `${f} (${sample}) is not in ROUTE_METHODS`);
    const expected = answered.includes('GET') && !answered.includes('HEAD') ? [...answered, 'HEAD'] : answered;
    assert.deepEqual(allow.split(', ').sort(), [...new Set(expected)].sort(), f);
  }
});
