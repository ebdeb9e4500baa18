import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: plain ESM script without type declarations
import { nginxConf } from './nginx-conf.mjs';

const upstream = (conf: string) => /upstream portal \{([^}]*)\}/.exec(conf)?.[1] ?? '';

test('the shipped config with its marked lines rewritten: every instance once, the listen port', () => {
  const conf: string = nginxConf({ listen: 3750, upstreams: [3752, 3753, 3754] });
  const servers = [...upstream(conf).matchAll(/server 127\.0\.0\.1:(\d+) max_fails=0;/g)].map((m) => Number(m[1]));
  assert.deepEqual(servers, [3752, 3753, 3754]);
  assert.match(upstream(conf), /keepalive \d+;/);
  assert.match(conf, /listen 127\.0\.0\.1:3750 reuseport;/);
  assert.match(conf, /proxy_next_upstream error timeout/);
  assert.match(conf, /^\s*proxy_cache portal;/m);
  assert.doesNotMatch(conf, /proxy_cache off;/);
});

test('without the micro-cache, nothing is cached and everything else stays', () => {
  const on: string = nginxConf({ listen: 3750, upstreams: [3752] });
  const off: string = nginxConf({ listen: 3750, upstreams: [3752], microCache: false });
  assert.doesNotMatch(off, /^\s*proxy_cache portal;/m);
  assert.match(off, /^\s*proxy_cache off;/m);
  assert.equal(off.replace('proxy_cache off;', 'proxy_cache portal;'), on);
});
