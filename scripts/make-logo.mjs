#!/usr/bin/env node
/**
 * Draws the portal's emblem (the same shapes as the header's SVG) as
 * public/logo.png, the publisher logo of the structured data. Run by hand
 * when the emblem changes; the PNG is committed (builds never write public/).
 */
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="512" height="512">
  <rect width="40" height="40" rx="6" fill="#0b5644"/>
  <circle cx="20" cy="20" r="15" fill="none" stroke="#ffffff" stroke-width="1.6"/>
  <path d="M20 8.8a11.2 11.2 0 1 0 0 22.4a8.8 8.8 0 1 1 0-22.4z" fill="#d9b45a"/>
  <path d="M24.8 13.6l1.28 2.88 3.12.32-2.32 2.08.64 3.04L24.8 20.4l-2.72 1.52.64-3.04-2.32-2.08 3.12-.32z" fill="#ffffff"/>
</svg>`;

await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toFile('public/logo.png');
console.log('wrote public/logo.png');
