import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import sharp from 'sharp';
import { emblemSvg, GOLD } from './emblem';
import { emblemPng, renderLogo } from './emblem-png';

/** Pixels of the gold crescent in a rendered emblem. */
async function goldPixels(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(GOLD.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (Math.abs(data[i]! - r!) < 24 && Math.abs(data[i + 1]! - g!) < 24 && Math.abs(data[i + 2]! - b!) < 24) n++;
  }
  return n;
}

test('the crescent encloses an area: gold covers a fair share of the icon', async () => {
  const png = await emblemPng(192);
  const share = (await goldPixels(png)) / (192 * 192);
  // The crescent is drawn, not a hairline: about a tenth of the square.
  assert.ok(share > 0.06 && share < 0.2, `gold share ${share}`);
});

test('app/icon.svg is the emblem of lib/brand/emblem (run scripts/tools/make-logo.ts after a change)', () => {
  assert.equal(fs.readFileSync('app/icon.svg', 'utf8'), emblemSvg());
});

test('public/logo.png is the emblem of lib/brand/emblem (run scripts/tools/make-logo.ts after a change)', async () => {
  const raw = async (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer();
  assert.ok((await raw(fs.readFileSync('public/logo.png'))).equals(await raw(await renderLogo())));
});

test('a maskable icon is full-bleed: its corners are the brand colour, not transparent', async () => {
  const { data } = await sharp(await emblemPng(64, true))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  assert.equal(data[3], 255);
  const plain = await sharp(await emblemPng(64))
    .ensureAlpha()
    .raw()
    .toBuffer();
  assert.equal(plain[3], 0);
});
