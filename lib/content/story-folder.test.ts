import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { wordCount } from './story-folder';

const words = (s: string) => s.match(/[\p{L}\p{N}]\S*/gu)?.length ?? 0;

test('wordCount counts what the word pattern matches, in every script and with every kind of space', () => {
  const samples = [
    '',
    '   \n\t',
    'one two  three',
    '- item\n> quote\n1. first **bold** `code`',
    'قال الرئيس ٣٤ ، تست — «كلمة»',
    'Ёлка ёж — «Россия – исламский мир»',
    'a\u00a0b\u2003c\u202fd\u3000e\ufefff',
    '𝒜lpha 𝟘 🙂 ﷺ ۝ --- *** ...',
    'lone \ud800 x \udc00 y \ud800',
  ];
  for (const s of samples) assert.equal(wordCount(s), words(s), JSON.stringify(s));
  const shipped = path.join(process.cwd(), 'content', 'articles');
  for (const id of fs.readdirSync(shipped)) {
    for (const f of fs.readdirSync(path.join(shipped, id)).filter((f) => f.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(shipped, id, f), 'utf8');
      assert.equal(wordCount(text), words(text), `${id}/${f}`);
    }
  }
});
