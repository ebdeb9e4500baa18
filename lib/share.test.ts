import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHARE_SERVICES, shareLink } from './share';

const url = 'https://example.org/ar/news/a-b?x=1&y=2';
const title = 'توكاييف: "انقلاب" & more';

test('every share link carries the encoded canonical URL and the title', () => {
  for (const s of SHARE_SERVICES) {
    const href = shareLink(s, url, title);
    const params = new URL(href).searchParams;
    const values = [...params.values()].join(' ');
    assert.ok(values.includes(url), `${s}: ${href}`);
    if (s !== 'facebook') assert.ok(values.includes(title), `${s}: ${href}`);
    // Nothing unencoded can break out of its parameter.
    assert.ok(!href.slice(href.indexOf('?')).includes(' '), href);
  }
});

test('links go to each service over https, e-mail through mailto', () => {
  assert.equal(new URL(shareLink('telegram', url, title)).origin, 'https://t.me');
  assert.equal(new URL(shareLink('vk', url, title)).origin, 'https://vk.com');
  assert.match(shareLink('email', url, title), /^mailto:\?subject=/);
});
