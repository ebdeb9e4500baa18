import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { woffToSfnt } from './fonts';

test('woffToSfnt unpacks a @fontsource WOFF into a TrueType file', () => {
  const woff = fs.readFileSync(
    path.join(process.cwd(), 'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff'),
  );
  const sfnt = woffToSfnt(woff);
  assert.equal(sfnt.readUInt32BE(0), woff.readUInt32BE(4)); // flavor
  assert.equal(sfnt.readUInt32BE(0), 0x00010000);
  assert.equal(sfnt.readUInt16BE(4), woff.readUInt16BE(12)); // numTables
  assert.equal(sfnt.length % 4, 0);
  assert.throws(() => woffToSfnt(Buffer.from('wOF2 not woff 1 at all, long enough to be read.....')));
});
