/**
 * Latin and Cyrillic Noto Serif, self-hosted; each face limited by
 * unicode-range so a page downloads only the scripts it shows, and none
 * preloaded (the shared layout would make every locale fetch all). Naskh is
 * subset at build time instead (lib/fonts, app/font, app/globals.css).
 * `display: optional` keeps the system serif when a face is late: swapping it
 * in re-wrapped headlines and shifted the page (e2e/contracts/fonts.spec.ts).
 */
import localFont from 'next/font/local';

// next/font reads these options statically: every value must be a literal.

const serifLatin = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-serif-latin',
  display: 'optional',
  preload: false,
  // No generated 'X Fallback' face: it covers every character, so it would
  // swallow the other scripts before the next face in the stack is tried.
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
});

const serifCyrillic = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-serif-cyrillic',
  display: 'optional',
  preload: false,
  // No generated 'X Fallback' face: it covers every character, so it would
  // swallow the other scripts before the next face in the stack is tried.
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' }],
});

export const fontVariables = [serifLatin.variable, serifCyrillic.variable].join(' ');
