/**
 * Self-hosted faces from @fontsource, through next/font/local. Each face is
 * limited by unicode-range, so a page downloads only the scripts it shows:
 * an Arabic page fetches Noto Naskh Arabic, a Russian page the Cyrillic cut of
 * Noto Serif, an English page only its Latin cut. None is preloaded globally,
 * because a preload in the shared layout would make every locale fetch every
 * script. Naskh is not here: it is subset to the content at build time
 * (lib/fonts/naskh, served by app/font), declared in app/globals.css, and
 * only Arabic pages preload it. System fallbacks are named once, at the end of each locale's stack
 * in globals.css: inside a face's variable they would catch the other
 * scripts before the next face in the stack is tried.
 *
 * The Latin and Cyrillic faces use `font-display: optional`: when one has not
 * arrived by first paint, the page keeps the system serif rather than swapping
 * it in later. Swapping re-wrapped the headline and pushed the whole story
 * down: on a slow connection the en seed story shifted by 0.39 at desktop
 * width, and Lighthouse measured 0.10–0.13 on ru and en story pages at phone
 * size (e2e/contracts/fonts.spec.ts). System serifs are close kin of Noto Serif, and the
 * face is cached for the next page.
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
