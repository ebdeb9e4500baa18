/**
 * Social cards (Open Graph / Twitter), 1200×630 PNG, drawn with sharp: text
 * layers (text.ts, fonts from fonts.ts) composited on a background drawn
 * from an SVG of shapes only. Not next/og (Satori): it neither shapes Arabic
 * nor runs it right to left.
 */
import sharp, { type OverlayOptions } from 'sharp';
import type { Locale } from '@/i18n/routing';
import { faces, setupFonts } from './fonts';
import { cleanText, fitText, type Layer } from './text';

export type OgInput = {
  title: string;
  siteName: string;
  locale: Locale;
  dir: 'rtl' | 'ltr';
  date?: string;
  tag?: string;
};

type Dir = OgInput['dir'];

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
