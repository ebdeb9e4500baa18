/**
 * The portal's emblem on a 40×40 grid: a ring, a gold crescent and a star.
 * The one definition behind the header's emblem, app/icon.svg,
 * public/logo.png (both written by scripts/tools/make-logo.ts) and the web app
 * icons (app/icons).
 */

export const GOLD = '#d9b45a';
export const BRAND = '#0b5644';

/** The crescent: circle (18,20.5; r 12) less circle (22.5,17.5; r 10), as two arcs between their intersections. */
export const CRESCENT = 'M18.14 8.5A12 12 0 1 0 29.13 24.99A10 10 0 0 1 18.14 8.5Z';

/** A five-pointed star (centre 26.5,17.5) in the crescent's opening. */
export const STAR = 'M26.5 12.9L27.62 15.96L30.87 16.08L28.31 18.09L29.2 21.22L26.5 19.4L23.8 21.22L24.69 18.09L22.13 16.08L25.38 15.96Z';

/** The emblem as an SVG icon, at 80 % on a brand-green square (full-bleed when maskable: the safe zone). */
export function emblemSvg({ size, maskable = false }: { size?: number; maskable?: boolean } = {}): string {
  const dims = size === undefined ? '' : ` width="${size}" height="${size}"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"${dims}>` +
    `<rect width="40" height="40"${maskable ? '' : ' rx="6"'} fill="${BRAND}"/>` +
    `<g transform="translate(4 4) scale(.8)">` +
    `<circle cx="20" cy="20" r="19" fill="none" stroke="#fff" stroke-width="2"/>` +
    `<path d="${CRESCENT}" fill="${GOLD}"/><path d="${STAR}" fill="#fff"/>` +
    `</g></svg>\n`
  );
}
