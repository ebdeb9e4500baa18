/**
 * Text layers: untrusted text cleaned of control and bidi-override characters
 * and escaped for Pango markup, then drawn by libvips (Pango, HarfBuzz
 * shaping, FriBidi order) at the largest size that fits.
 */
import sharp from 'sharp';
import type { Face } from './fonts';

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

type Dir = 'rtl' | 'ltr';
export type Layer = { data: Buffer; width: number; height: number };

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

export async function fitText(o: FitOptions): Promise<Layer> {
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
