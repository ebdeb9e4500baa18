/**
 * The search strings in messages/*.json: every locale has them, and the
 * count line is a real ICU plural (Arabic's six forms all distinct).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslator } from 'use-intl/core';
import { routing } from '@/i18n/routing';

const KEYS = ['title', 'description', 'label', 'placeholder', 'submit', 'results', 'noResults'];

for (const locale of routing.locales) {
  test(`${locale}: the search strings are there, and the count line is an ICU plural`, async () => {
    const messages = (await import(`../../messages/${locale}.json`)).default as Record<string, Record<string, string>>;
    assert.ok(messages.search, 'messages have a "search" namespace');
    assert.deepEqual(Object.keys(messages.search).sort(), [...KEYS].sort());
    for (const k of KEYS) assert.ok(messages.search[k]!.trim(), k);
    const tr = createTranslator({ locale, messages, namespace: 'search' });
    const counts = locale === 'ar' ? [0, 1, 2, 3, 11, 100] : [1, 5];
    const lines = counts.map((count) => tr('results', { count, n: String(count) }));
    assert.equal(new Set(lines).size, counts.length, lines.join(' | '));
  });
}
