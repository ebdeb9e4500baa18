import { draftMode } from 'next/headers';
import { getStoryAsset } from '@/lib/content';
import { notFoundText } from '@/lib/http/responses';

/** Serves a story's own image from its content folder (only while the story is visible). */
export async function GET(req: Request, { params }: RouteContext<'/media/[id]/[file]'>) {
  const { id, file } = await params;
  const preview = (await draftMode()).isEnabled;
  const version = new URL(req.url).searchParams.get('v') ?? undefined;
  const asset = getStoryAsset(id, file, { preview }, version);
  if (!asset) return notFoundText();
  return new Response(new Uint8Array(asset.body), {
    headers: {
      'Content-Type': asset.type,
      'Cache-Control': preview ? 'private, no-store' : 'public, max-age=3600, stale-while-revalidate=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
