import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import sharp from 'sharp';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OG_HEIGHT, OG_WIDTH, renderOgImage, type OgInput } from './render';

const AR: OgInput = {
  title: 'توكاييف: أعمال الشغب في كازاخستان محاولة انقلاب',
  siteName: 'مجموعة الرؤية الاستراتيجية «روسيا – العالم الإسلامي»',
  locale: 'ar',
  dir: 'rtl',
  date: '١١ يناير ٢٠٢٢',
};
const EN: OgInput = {
  title: 'Tokayev: the unrest in Kazakhstan was an attempted coup',
  siteName: 'Group of Strategic Vision “Russia – Islamic World”',
  locale: 'en',
  dir: 'ltr',
  date: '11 January 2022',
};

/** Only spaces and zero-width characters: nothing to draw. */
const NO_INK: OgInput = { ...AR, title: '\u200c \u200f', siteName: ' ', date: '\u200b' };

/** The band where the headline goes (between the gold rule and the date line). */
const HEADLINE_AREA = { left: 0, top: 150, width: OG_WIDTH, height: 380 };

async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/**
 * Luminance standard deviation of the headline area of `card` minus a card
 * with the same background and no title: ~0 when nothing was drawn.
 */
async function headlineStdev(card: Buffer, blank: Buffer): Promise<number> {
  const diff = await sharp(card)
    .composite([{ input: blank, blend: 'difference' }])
    .png()
    .toBuffer();
  const stats = await sharp(diff).extract(HEADLINE_AREA).greyscale().stats();
  return stats.channels[0]!.stdev;
}

/** Horizontal extent of the pixels that differ between two cards of the same size. */
async function changedColumns(a: Buffer, b: Buffer): Promise<{ min: number; max: number }> {
  const pa = await pixels(a);
  const pb = await pixels(b);
  let min = Infinity;
  let max = -Infinity;
  for (let y = HEADLINE_AREA.top; y < HEADLINE_AREA.top + HEADLINE_AREA.height; y++) {
    for (let x = 0; x < pa.width; x++) {
      const i = (y * pa.width + x) * pa.channels;
      let d = 0;
      for (let c = 0; c < pa.channels; c++) d += Math.abs(pa.data[i + c]! - pb.data[i + c]!);
      if (d > 60) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
  }
  return { min, max };
}

describe('renderOgImage', () => {
  test('returns a 1200×630 PNG', async () => {
    const png = await renderOgImage(AR);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    const meta = await sharp(png).metadata();
    assert.equal(meta.format, 'png');
    assert.equal(meta.width, OG_WIDTH);
    assert.equal(meta.height, OG_HEIGHT);
    assert.ok(png.length < 300_000, `PNG is ${png.length} bytes`);
  });

  test('Arabic and Latin titles give different, non-blank images', async () => {
    const [ar, en, arBlank, enBlank] = await Promise.all([
      renderOgImage(AR),
      renderOgImage(EN),
      renderOgImage({ ...AR, title: '' }),
      renderOgImage({ ...EN, title: '' }),
    ]);
    const [pa, pe] = await Promise.all([pixels(ar), pixels(en)]);
    assert.equal(pa.data.length, pe.data.length);
    assert.notDeepEqual(pa.data, pe.data);

    const arSd = await headlineStdev(ar, arBlank);
    const enSd = await headlineStdev(en, enBlank);
    assert.ok(arSd > 15, `ar: headline stdev ${arSd}`);
    assert.ok(enSd > 15, `en: headline stdev ${enSd}`);
    assert.ok((await headlineStdev(arBlank, arBlank)) < 1);
  });

  test('Arabic is set right-aligned, Latin left-aligned', async () => {
    const short = async (input: OgInput, title: string) =>
      changedColumns(await renderOgImage({ ...input, title }), await renderOgImage({ ...input, title: '' }));
    const ar = await short(AR, 'كازاخستان');
    assert.ok(ar.min > OG_WIDTH / 2 && ar.max <= OG_WIDTH - 70, `ar ink at x ${ar.min}..${ar.max}`);
    const en = await short(EN, 'Kazakhstan');
    assert.ok(en.min >= 70 && en.max < OG_WIDTH / 2, `en ink at x ${en.min}..${en.max}`);
  });

  test('Arabic letters are shaped (joined)', async () => {
    // With ZWNJ between the letters every letter takes its isolated form; a
    // renderer that does not shape would draw both strings the same way.
    const joined = 'محاولة';
    const isolated = Array.from(joined).join('\u200c');
    const [a, b] = await Promise.all([renderOgImage({ ...AR, title: joined }), renderOgImage({ ...AR, title: isolated })]);
    const diff = await changedColumns(a, b);
    assert.ok(Number.isFinite(diff.min), 'joined and isolated forms render identically');
  });

  test('untrusted titles: markup is shown, not interpreted; long titles are cut', async () => {
    const png = await renderOgImage({
      ...EN,
      title: `<span foreground="red">x</span> & <b>bold</b> &amp; ${'word '.repeat(200)}`,
      tag: '<i>',
    });
    const meta = await sharp(png).metadata();
    assert.equal(meta.width, OG_WIDTH);
    assert.equal(meta.height, OG_HEIGHT);
  });

  test('text without ink (spaces, zero-width characters) draws nothing and does not throw', async () => {
    const [png, blank] = await Promise.all([renderOgImage(NO_INK), renderOgImage({ ...AR, title: '', siteName: '', date: undefined })]);
    assert.equal((await sharp(png).metadata()).width, OG_WIDTH);
    assert.deepEqual(png, blank);
  });
});

describe('fonts', () => {
  test('the bundled families are distinct fonts', async () => {
    await renderOgImage(AR); // registers the fonts
    const draw = async (font: string) =>
      (
        await sharp({ text: { text: 'Kazakhstan', font, rgba: true } })
          .raw()
          .toBuffer()
      ).toString('base64');
    assert.notEqual(await draw('Noto Naskh Arabic Bold 40'), await draw('Noto Serif Bold 40'));
    assert.notEqual(await draw('Noto Serif Bold 40'), await draw('Noto Sans Bold 40'));
  });

  test("cards do not depend on the host's fonts or fontconfig", async () => {
    // Each child renders the cards in a fresh process, so fontconfig starts
    // from that environment: the host's configuration, an empty one, none.
    const inputs = [AR, EN, NO_INK];
    const digest = (png: Buffer) => crypto.createHash('sha256').update(png).digest('hex');
    const here = [];
    for (const input of inputs) here.push(digest(await renderOgImage(input)));

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-fontconfig-'));
    const empty = path.join(dir, 'empty.conf');
    fs.writeFileSync(empty, '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n');
    const code = `
      import crypto from 'node:crypto';
      import { renderOgImage } from './lib/og/render';
      (async () => {
        const out = [];
        for (const input of ${JSON.stringify(inputs)}) {
          out.push(crypto.createHash('sha256').update(await renderOgImage(input)).digest('hex'));
        }
        console.log(JSON.stringify(out));
      })();`;
    const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const hostEnv = { ...process.env };
    delete hostEnv.FONTCONFIG_FILE;
    try {
      for (const env of [hostEnv, { ...hostEnv, FONTCONFIG_FILE: empty }, { ...hostEnv, FONTCONFIG_FILE: path.join(dir, 'none.conf') }]) {
        const child = spawnSync(tsx, ['-e', code], { env, encoding: 'utf8', timeout: 60_000 });
        assert.equal(child.status, 0, child.stderr);
        assert.deepEqual(JSON.parse(child.stdout), here, `FONTCONFIG_FILE=${env.FONTCONFIG_FILE ?? '(unset)'}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
