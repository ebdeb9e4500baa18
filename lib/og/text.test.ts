import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cleanText, escapeMarkup } from './text';

describe('text helpers', () => {
  test('escapeMarkup', () => {
    assert.equal(escapeMarkup(`<b a="1">&'`), '&lt;b a=&quot;1&quot;&gt;&amp;&apos;');
  });

  test('cleanText drops controls and bidi overrides, keeps ZWNJ/RLM', () => {
    assert.equal(cleanText(' a\n\tb\u202e c\u0007 '), 'a b c');
    assert.equal(cleanText('\u200fلا\u200cم'), '\u200fلا\u200cم');
  });
});
