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
