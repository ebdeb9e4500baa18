/**
 * Writes the emblem's committed files from lib/brand/emblem: app/icon.svg (the
 * favicon) and public/logo.png (the publisher logo of the structured data).
 * Run by hand when the emblem changes (`npx tsx scripts/tools/make-logo.ts`);
 * lib/brand/emblem.test.ts fails while they differ from lib/brand/emblem.
 */
import fs from 'node:fs';
import { emblemSvg } from '@/lib/brand/emblem';
import { renderLogo } from '@/lib/brand/emblem-png';

fs.writeFileSync('app/icon.svg', emblemSvg());
void renderLogo().then((png) => {
  fs.writeFileSync('public/logo.png', png);
  console.log('wrote app/icon.svg and public/logo.png');
});
