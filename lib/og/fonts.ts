/**
 * The cards' fonts: @fontsource's Noto Naskh Arabic, Noto Serif and Noto Sans.
 * sharp's FreeType loads no WOFF (text silently falls back to a system font),
 * so each WOFF 1 file is unpacked to TrueType once per process and registered
 * with fontconfig, which is given an empty configuration: the host's fonts
 * and settings never reach a card. Every subset is registered under its
 * family name, and Pango picks per character the file that has it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import type { Locale } from '@/i18n/routing';

type FontSource = { pkg: string; file: string };

const FONT_SOURCES: FontSource[] = [
  ...['arabic', 'latin'].flatMap((subset) =>
    [400, 700].map((w) => ({
      pkg: 'noto-naskh-arabic',
      file: `noto-naskh-arabic-${subset}-${w}-normal.woff`,
    })),
  ),
  ...['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'].map((subset) => ({
    pkg: 'noto-serif',
    file: `noto-serif-${subset}-700-normal.woff`,
  })),
  ...['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'].flatMap((subset) =>
    [400, 700].map((w) => ({ pkg: 'noto-sans', file: `noto-sans-${subset}-${w}-normal.woff` })),
  ),
];

/** Font descriptions (family fallbacks first, then style); the size is appended per render. */
export type Face = { desc: string; lineHeight: number; lang: string; letterSpacing?: number };

export function faces(locale: Locale) {
  if (locale === 'ar') {
    return {
      headline: { desc: 'Noto Naskh Arabic, Noto Serif Bold', lineHeight: 0.9, lang: 'ar' },
      site: { desc: 'Noto Naskh Arabic, Noto Sans Bold', lineHeight: 1, lang: 'ar' },
      meta: { desc: 'Noto Naskh Arabic, Noto Sans', lineHeight: 1, lang: 'ar' },
    } satisfies Record<string, Face>;
  }
  return {
    headline: { desc: 'Noto Serif, Noto Naskh Arabic Bold', lineHeight: 0.92, lang: locale },
    site: {
      desc: 'Noto Sans, Noto Naskh Arabic Bold',
      lineHeight: 1,
      lang: locale,
      letterSpacing: 0.6,
    },
    meta: { desc: 'Noto Sans, Noto Naskh Arabic', lineHeight: 1, lang: locale },
  } satisfies Record<string, Face>;
}

/** node_modules/@fontsource/<pkg>/files, looked for from the working directory upwards. */
function fontsourceDir(pkg: string): string {
  let dir = process.cwd();
  for (;;) {
    const candidate = path.join(/*turbopackIgnore: true*/ dir, 'node_modules', '@fontsource', pkg, 'files');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`og: @fontsource/${pkg} not found from ${process.cwd()}`);
    }
    dir = parent;
  }
}

/**
 * Unpacks a WOFF 1.0 file into the TrueType/OpenType (sfnt) file it wraps.
 * Exported for the tests.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < 44 || woff.readUInt32BE(0) !== 0x774f4646 /* wOFF */) {
    throw new Error('og: not a WOFF 1.0 file');
  }
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  if (numTables === 0 || 44 + numTables * 20 > woff.length) throw new Error('og: bad WOFF directory');

  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;

  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);

  const chunks: Buffer[] = [header];
  let offset = header.length;
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const tag = woff.readUInt32BE(e);
    const start = woff.readUInt32BE(e + 4);
    const compLength = woff.readUInt32BE(e + 8);
    const origLength = woff.readUInt32BE(e + 12);
    const checksum = woff.readUInt32BE(e + 16);
    if (start + compLength > woff.length) throw new Error('og: WOFF table out of range');
    const stored = woff.subarray(start, start + compLength);
    const table = compLength < origLength ? zlib.inflateSync(stored, { maxOutputLength: origLength }) : stored;
    if (table.length !== origLength) throw new Error('og: WOFF table length mismatch');

    const d = 12 + i * 16;
    header.writeUInt32BE(tag, d);
    header.writeUInt32BE(checksum, d + 4);
    header.writeUInt32BE(offset, d + 8);
    header.writeUInt32BE(origLength, d + 12);
    const pad = (4 - (table.length % 4)) % 4;
    chunks.push(table, Buffer.alloc(pad));
    offset += table.length + pad;
  }
  return Buffer.concat(chunks);
}

/** Writes the sfnt once (content-addressed, atomic rename) and returns its path. */
function materialize(src: FontSource, cacheDir: string): string {
  const sfnt = woffToSfnt(fs.readFileSync(path.join(/*turbopackIgnore: true*/ fontsourceDir(src.pkg), src.file)));
  const hash = crypto.createHash('sha256').update(sfnt).digest('hex').slice(0, 12);
  const out = path.join(cacheDir, `${src.file.replace(/\.woff$/, '')}-${hash}.ttf`);
  if (!fs.existsSync(out)) {
    const tmp = `${out}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, sfnt);
    fs.renameSync(tmp, out);
  }
  return out;
}

let fontsReady: Promise<string> | undefined;

/**
 * Points fontconfig at an empty configuration: no font directories, no
 * aliases, no hinting rules, whatever the host has installed or configured.
 * Fontconfig reads FONTCONFIG_FILE once, at the process's first text
 * rendering, which is why this runs before any.
 */
function isolateFontconfig(cacheDir: string): void {
  const file = path.join(cacheDir, 'fonts.conf');
  const xml = '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n';
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== xml) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, xml);
    fs.renameSync(tmp, file);
  }
  process.env.FONTCONFIG_FILE = file;
}

/**
 * Unpacks and registers every font file, once per process. libvips adds a
 * `fontfile` to fontconfig's application fonts the first time it sees it
 * and keeps it for the life of the process, so a tiny render per file is
 * enough. Resolves to one of the files, passed again on every render.
 */
export function setupFonts(): Promise<string> {
  fontsReady ??= (async () => {
    const cacheDir = path.join(os.tmpdir(), `og-fonts-${process.getuid?.() ?? 'u'}`);
    fs.mkdirSync(cacheDir, { recursive: true });
    isolateFontconfig(cacheDir);
    const files = FONT_SOURCES.map((src) => materialize(src, cacheDir));
    for (const fontfile of files) {
      await sharp({ text: { text: '.', fontfile } })
        .raw()
        .toBuffer();
    }
    return files[0]!;
  })();
  fontsReady.catch(() => {
    fontsReady = undefined; // let a later call retry
  });
  return fontsReady;
}
