/**
 * Social cards (Open Graph / Twitter), 1200×630 PNG, drawn with sharp.
 *
 * Why not next/og (Satori): it neither shapes Arabic nor runs it right to
 * left. Here every piece of text goes through libvips' `text` operation,
 * i.e. Pango + HarfBuzz (shaping: joined Arabic letters) + FriBidi (bidi
 * order, mirrored «» and brackets), and the text layers are composited on a
 * background drawn from an SVG made of shapes only (no SVG text).
 *
 * Fonts are the project's own, from @fontsource (Noto Naskh Arabic, Noto
 * Serif, Noto Sans). They ship as per-subset WOFF/WOFF2 files, and the
 * FreeType inside sharp's libvips loads neither (tested: the text silently
 * falls back to a system font), so the WOFF files are unpacked to plain
 * TrueType once per process (WOFF 1 is just zlib-compressed sfnt tables)
 * into the OS temp directory and registered with fontconfig. Fontconfig
 * itself is given an empty configuration (FONTCONFIG_FILE), so the host's
 * fonts, aliases and rendering settings never reach a card. A subset file
 * is only a part of a family, so every subset a card may need is
 * registered, all under the same family name; Pango's fontconfig fallback
 * then picks, per character, the file that has it (e.g. Arabic letters from
 * the "arabic" subset, the colon and «» from the "latin" one).
 *
 * Untrusted text (the title) is cleaned of control and bidi-override
 * characters and escaped for Pango markup.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp, { type OverlayOptions } from 'sharp';
import type { Locale } from '@/i18n/routing';

export type OgInput = {
  title: string;
  siteName: string;
  locale: Locale;
  dir: 'rtl' | 'ltr';
  date?: string;
  tag?: string;
};

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/* ------------------------------------------------------------------ */
/* Layout and palette                                                  */
/* ------------------------------------------------------------------ */

const PAD_X = 80;
const CONTENT_W = OG_WIDTH - 2 * PAD_X;
/** Vertical centre of the site name's ink. */
const HEADER_MID = 86;
/** The gold rule under the site name. */
const RULE_Y = 132;
/** The headline is centred vertically in [AREA_TOP, AREA_BOTTOM]. */
const AREA_TOP = 168;
const AREA_BOTTOM = 526;
/** Vertical centre of the date/tag line's ink. */
const META_MID = 570;
const MAX_TITLE_LINES = 4;
/** Longer titles are cut before layout; the card shows ~4 lines anyway. */
const MAX_TITLE_CHARS = 320;

const COLOR = {
  bgFrom: '#0C4B42',
  bgTo: '#04221E',
  gold: '#C9A54E',
  goldLight: '#E8D49C',
  headline: '#FBF8EF',
  meta: '#A8CDC2',
};

/* ------------------------------------------------------------------ */
/* Fonts                                                               */
/* ------------------------------------------------------------------ */

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
type Face = { desc: string; lineHeight: number; lang: string; letterSpacing?: number };

function faces(locale: OgInput['locale']) {
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
function setupFonts(): Promise<string> {
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

/* ------------------------------------------------------------------ */
/* Text                                                                */
/* ------------------------------------------------------------------ */

/**
 * Untrusted text to plain, one-line text: NFC, no control characters, no
 * explicit bidi embeddings/overrides/isolates (LRM/RLM, ZWJ/ZWNJ stay),
 * whitespace collapsed.
 */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Escapes text for Pango markup (a GMarkup/XML subset). */
export function escapeMarkup(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

type Dir = OgInput['dir'];
type Layer = { data: Buffer; width: number; height: number };

/** A strong directional mark first, so Pango takes the paragraph direction from it. */
const mark = (dir: Dir) => (dir === 'rtl' ? '\u200f' : '\u200e');

/** `<span …>` for the attributes that every run of a layer shares. */
function openSpan(face: Face, color: string): string {
  const attrs = [`foreground="${color}"`, `lang="${face.lang}"`, `line_height="${face.lineHeight}"`];
  if (face.letterSpacing) attrs.push(`letter_spacing="${Math.round(face.letterSpacing * 1024)}"`);
  return `<span ${attrs.join(' ')}>`;
}

async function renderMarkup(markup: string, face: Face, size: number, fontfile: string, width: number | undefined): Promise<Layer> {
  // align 'left' is Pango's ALIGN_LEFT, which it swaps to the right for a
  // paragraph resolved right-to-left (auto-dir): i.e. always "start".
  const result = await sharp({
    text: {
      text: markup,
      font: `${face.desc} ${size}`,
      fontfile,
      rgba: true,
      align: 'left',
      dpi: 72,
      ...(width ? { width, wrap: 'word-char' as const } : {}),
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch((err: unknown) => {
      // Text without ink that hasInk() did not foresee.
      if (err instanceof Error && /no text to render/.test(err.message)) return undefined;
      throw err;
    });
  if (!result) return EMPTY;
  return { data: result.data, width: result.info.width, height: result.info.height };
}

const EMPTY: Layer = { data: Buffer.alloc(0), width: 0, height: 0 };

const lineHeights = new Map<string, Promise<number>>();

/** Distance between two baselines at `size` px (measured at 100 px, scaled). */
function lineHeight(face: Face, size: number, fontfile: string): Promise<number> {
  const key = `${face.desc}|${face.lineHeight}`;
  let lh100 = lineHeights.get(key);
  if (!lh100) {
    lh100 = (async () => {
      const open = openSpan(face, '#000');
      const one = await renderMarkup(`${open}X</span>`, face, 100, fontfile, undefined);
      const two = await renderMarkup(`${open}X\nX</span>`, face, 100, fontfile, undefined);
      return two.height - one.height;
    })();
    lineHeights.set(key, lh100);
  }
  return lh100.then((lh) => (lh * size) / 100);
}

type FitOptions = {
  text: string;
  face: Face;
  color: string;
  dir: Dir;
  sizes: readonly number[];
  width: number;
  maxLines: number;
  maxHeight: number;
  fontfile: string;
};

/**
 * Renders `text` at the largest of `sizes` at which it wraps into at most
 * `maxLines` lines and `maxHeight` px; if it fits at none, cuts it (by
 * words, or by characters for one overlong word) and appends "…" at the
 * smallest size. The layer is cropped to its ink.
 */
/**
 * False for text of only spaces and invisible characters (ZWNJ, RLM, ZWSP…),
 * which libvips refuses to render. Checked first because its error message
 * is process-global: when two such renders fail at once, one of them can
 * lose the message and is then indistinguishable from a real failure.
 */
function hasInk(s: string): boolean {
  return /[^\p{White_Space}\p{Default_Ignorable_Code_Point}]/u.test(s);
}

async function fitText(o: FitOptions): Promise<Layer> {
  if (!hasInk(o.text)) return EMPTY;
  const open = openSpan(o.face, o.color);
  const markupOf = (s: string) => `${open}${mark(o.dir)}${escapeMarkup(s)}</span>`;
  const render = (s: string, size: number) => renderMarkup(markupOf(s), o.face, size, o.fontfile, o.width);

  // Ink height of the text on one line, to turn a block's height into a line count.
  // (Measured small: a long title on one line at full size would be a huge image.)
  const probeSize = 24;
  const single = await renderMarkup(markupOf(o.text), o.face, probeSize, o.fontfile, undefined);
  const lines = async (layer: Layer, size: number) => {
    const lh = await lineHeight(o.face, size, o.fontfile);
    const oneLine = (single.height * size) / probeSize;
    return 1 + Math.max(0, Math.round((layer.height - oneLine) / lh));
  };
  const fits = async (layer: Layer, size: number) => layer.height <= o.maxHeight && (await lines(layer, size)) <= o.maxLines;

  // Largest size first; if that fails, the smallest decides whether any
  // size can fit before the ones in between are tried.
  const size = o.sizes[o.sizes.length - 1]!;
  const largest = await render(o.text, o.sizes[0]!);
  if (await fits(largest, o.sizes[0]!)) return largest;
  if (o.sizes.length > 1) {
    const smallest = await render(o.text, size);
    if (await fits(smallest, size)) {
      for (const s of o.sizes.slice(1, -1)) {
        const layer = await render(o.text, s);
        if (await fits(layer, s)) return layer;
      }
      return smallest;
    }
  }

  // Too long even at the smallest size: keep the longest prefix that fits with "…".
  const words = o.text.split(' ');
  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(o.text), (g) => g.segment);
  const byWords = words.length > 1;
  const units = byWords ? words : graphemes;
  const join = (n: number) => {
    const cut = byWords ? units.slice(0, n).join(' ') : units.slice(0, n).join('');
    return `${cut.replace(/[\s,.;:!?،؛\-–—]+$/u, '')}…`;
  };

  let lo = 1;
  let hi = units.length - 1;
  let best: Layer | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const layer = await render(join(mid), size);
    if (await fits(layer, size)) {
      best = layer;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best) return best;
  if (byWords) {
    // Not even the first word fits: cut that word by characters.
    return fitText({ ...o, text: words[0]!, sizes: [size] });
  }
  return render('…', size);
}

/* ------------------------------------------------------------------ */
/* Background                                                          */
/* ------------------------------------------------------------------ */

/** Eight-pointed star (two squares) centred on cx, cy. */
function star(cx: number, cy: number, r: number): string {
  const pts = (rot: number) =>
    [0, 1, 2, 3]
      .map((k) => {
        const a = rot + (k * Math.PI) / 2;
        return `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
      })
      .join(' ');
  return `<polygon points="${pts(0)}"/><polygon points="${pts(Math.PI / 4)}"/>`;
}

function backgroundSvg(dir: Dir): string {
  const W = OG_WIDTH;
  const H = OG_HEIGHT;
  const start = (x: number, w = 0) => (dir === 'rtl' ? W - x - w : x);
  const ornament = { cx: start(W - 150), cy: H - 70 };
  const glow = { cx: start(180), cy: 40 };
  const barW = 96;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs>
    <linearGradient id="bg" x1="${dir === 'rtl' ? 1 : 0}" y1="0" x2="${dir === 'rtl' ? 0 : 1}" y2="1">
      <stop offset="0" stop-color="${COLOR.bgFrom}"/>
      <stop offset="1" stop-color="${COLOR.bgTo}"/>
    </linearGradient>
    <radialGradient id="glow" cx="${glow.cx}" cy="${glow.cy}" r="620" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#2FA08C" stop-opacity="0.22"/>
      <stop offset="1" stop-color="#2FA08C" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  <rect width="${W}" height="${H}" fill="url(#glow)"/>
  <g fill="none" stroke="${COLOR.gold}" stroke-opacity="0.10" stroke-width="2">
    ${star(ornament.cx, ornament.cy, 250)}
    ${star(ornament.cx, ornament.cy, 180)}
    <circle cx="${ornament.cx}" cy="${ornament.cy}" r="112"/>
  </g>
  <rect x="${PAD_X}" y="${RULE_Y - 0.75}" width="${CONTENT_W}" height="1.5" fill="${COLOR.gold}" fill-opacity="0.55"/>
  <rect x="${start(PAD_X, barW)}" y="${RULE_Y - 2.5}" width="${barW}" height="5" fill="${COLOR.gold}"/>
  <rect x="0" y="${H - 6}" width="${W}" height="6" fill="${COLOR.gold}" fill-opacity="0.85"/>
</svg>`;
}

const backgrounds = new Map<Dir, Promise<Buffer>>();

/** Raw RGB pixels of the background, drawn once per direction. */
function background(dir: Dir): Promise<Buffer> {
  let bg = backgrounds.get(dir);
  if (!bg) {
    bg = sharp(Buffer.from(backgroundSvg(dir)))
      .removeAlpha()
      .raw()
      .toBuffer();
    backgrounds.set(dir, bg);
    bg.catch(() => backgrounds.delete(dir));
  }
  return bg;
}

/* ------------------------------------------------------------------ */
/* The card                                                            */
/* ------------------------------------------------------------------ */

export async function renderOgImage(input: OgInput): Promise<Buffer> {
  const { dir } = input;
  const [fontfile, bg] = await Promise.all([setupFonts(), background(dir)]);
  const face = faces(input.locale);

  const title = cleanText(input.title).slice(0, MAX_TITLE_CHARS);
  const siteName = cleanText(input.siteName);
  const metaParts = [input.tag, input.date].map((s) => cleanText(s ?? '')).filter(Boolean);

  const [headline, site, meta] = await Promise.all([
    title
      ? fitText({
          text: title,
          face: face.headline,
          color: COLOR.headline,
          dir,
          sizes: input.locale === 'ar' ? [66, 60, 54, 49, 44] : [68, 62, 56, 50, 45],
          width: CONTENT_W,
          maxLines: MAX_TITLE_LINES,
          maxHeight: AREA_BOTTOM - AREA_TOP,
          fontfile,
        })
      : undefined,
    siteName
      ? fitText({
          text: siteName,
          face: face.site,
          color: COLOR.goldLight,
          dir,
          sizes: input.locale === 'ar' ? [32, 28, 25, 22] : [27, 24, 21, 19],
          width: CONTENT_W,
          maxLines: 1,
          maxHeight: 80,
          fontfile,
        })
      : undefined,
    metaParts.length
      ? fitText({
          text: metaParts.join('  •  '),
          face: face.meta,
          color: COLOR.meta,
          dir,
          sizes: input.locale === 'ar' ? [28, 24] : [25, 22],
          width: CONTENT_W,
          maxLines: 1,
          maxHeight: 60,
          fontfile,
        })
      : undefined,
  ]);

  /** Start-aligned: from the left margin for LTR, from the right one for RTL. */
  const x = (layer: Layer) => Math.max(0, dir === 'rtl' ? OG_WIDTH - PAD_X - layer.width : PAD_X);
  const place = (layer: Layer, top: number): OverlayOptions => ({
    input: layer.data,
    raw: { width: layer.width, height: layer.height, channels: 4 },
    left: x(layer),
    top: Math.max(0, Math.round(top)),
  });

  const drawn = (layer: Layer | undefined): layer is Layer => !!layer && layer.width > 0 && layer.height > 0;
  const overlays: OverlayOptions[] = [];
  if (drawn(site)) overlays.push(place(site, HEADER_MID - site.height / 2));
  if (drawn(headline)) {
    const areaBottom = drawn(meta) ? AREA_BOTTOM : AREA_BOTTOM + 30;
    overlays.push(place(headline, AREA_TOP + (areaBottom - AREA_TOP - headline.height) / 2));
  }
  if (drawn(meta)) overlays.push(place(meta, META_MID - meta.height / 2));

  // A 256-colour palette about halves the file against truecolour; effort 1,
  // the fastest quantization, is no bigger than slower ones for these cards.
  return sharp(bg, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } })
    .composite(overlays)
    .png({ compressionLevel: 9, palette: true, effort: 1 })
    .toBuffer();
}
