import { emblemPng } from '@/lib/brand/emblem-png';
import * as urls from '@/lib/urls';
import { notFoundText } from '@/lib/http/responses';

/** The web app icons, drawn from lib/brand/emblem at build time. */
export const dynamicParams = false;

export function generateStaticParams() {
  return urls.APP_ICONS.map((file) => ({ file }));
}

const SIZES: Record<(typeof urls.APP_ICONS)[number], { size: number; maskable: boolean }> = {
  'icon-192.png': { size: 192, maskable: false },
  'icon-512.png': { size: 512, maskable: false },
  'maskable-512.png': { size: 512, maskable: true },
};

export async function GET(_req: Request, { params }: RouteContext<'/icons/[file]'>) {
  const { file } = await params;
  const spec = SIZES[file as keyof typeof SIZES];
  if (!spec) return notFoundText();
  const png = await emblemPng(spec.size, spec.maskable);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' } });
}
