import sharp from 'sharp';
import { emblemSvg } from './emblem';

/** The emblem as a PNG of `size` pixels square (see emblemSvg). */
export async function emblemPng(size: number, maskable = false): Promise<Buffer> {
  return sharp(Buffer.from(emblemSvg({ size, maskable })))
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** public/logo.png: the emblem at 512 px, palette-compressed. */
export async function renderLogo(): Promise<Buffer> {
  return sharp(Buffer.from(emblemSvg({ size: 512 })))
    .png({ palette: true, compressionLevel: 9 })
    .toBuffer();
}
