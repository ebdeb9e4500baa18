/**
 * The search strings in messages/*.json: every locale has them, and the
 * count line formatted through pluralTemplates/pickPlural (as the search page
 * does, without a message formatter in the browser) equals next-intl's own
 * formatting for every count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
// use-intl is next-intl's core (its own dependency); its createTranslator needs no React.
import { createTranslator } from 'use-intl/core';
import { routing } from '@/i18n/routing';
import { pickPlural, pluralTemplates } from './plural';

const KEYS = ['title', 'description', 'label', 'placeholder', 'submit', 'results', 'noResults', 'needsJs', 'loading', 'more', 'error'];

for (const locale of routing.locales) {
  test(`${locale}: search strings, and the count line for 0–250 matches ICU`, async () => {
    const messages = (await import(`../../messages/${locale}.json`)).default as Record<string, Record<string, string>>;
    const search = messages.search;
    assert.ok(search, `messages/${locale}.json has no "search" namespace`);
    assert.deepEqual(Object.keys(search).sort(), [...KEYS].sort());
    for (const k of KEYS) assert.ok(search[k]!.trim(), k);
    const tr = createTranslator({ locale, messages, namespace: 'search' });
    const fmt = new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-arab' : locale);
    const templates = pluralTemplates((count, n) => tr('results', { count, n }), locale);
    for (let count = 0; count <= 250; count++) {
      const n = fmt.format(count);
      assert.equal(pickPlural(templates, count, locale, n), tr('results', { count, n }), `count ${count}`);
    }
    if (locale === 'ar') {
      assert.deepEqual(
        ['zero', 'one', 'two', 'few', 'many', 'other'].map((c) => c in templates),
        [true, true, true, true, true, true],
      );
    }
  });
}
