/**
 * Serves the per-locale Pagefind bundles that scripts/build-search-index.ts
 * wrote to `<distDir>/pagefind/<locale>/` (outside public/, so they belong to
 * one build).
 *
 * Only bundle-shaped paths with a known extension are served (see
 * lib/search/bundle.ts): anything else, a path that escapes the bundle, a
 * symlink, or a missing file is a 404. Content-addressed files (index,
 * fragments, metadata) are cached for a year; the fixed-name files briefly,
 * with an ETag for cheap revalidation.
 *
 * The proxy (proxy.ts) never runs here: every bundle file has a dot in its
 * last segment, which its matcher excludes.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { bundleFileType, bundlePath, STORY_TEXT_EXT } from '@/lib/search/bundle';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

function bundleRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'pagefind');
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

async function serve(request: Request, segments: string[], head: boolean): Promise<Response> {
  const rel = bundlePath(segments);
  if (!rel) return notFound();
  const root = bundleRoot();
  // Story texts are stored gzipped (STORY_TEXT_EXT) and sent decompressed:
  // Next's own response compression gzips them again for the wire (it would
  // compress an already gzipped body a second time).
  const gzipped = rel.endsWith(STORY_TEXT_EXT);
  const file = path.join(root, gzipped ? `${rel}.gz` : rel);
  const inside = path.relative(root, file);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return notFound();

  let stat;
  try {
    stat = await fs.lstat(file);
  } catch {
    return notFound();
  }
  if (!stat.isFile()) return notFound(); // no directories, no symlinks

  const { type, cache } = bundleFileType(rel);
  const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': cache,
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  const inm = request.headers.get('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  let body: Buffer;
  try {
    body = await fs.readFile(file);
    if (gzipped) body = zlib.gunzipSync(body);
  } catch {
    return notFound();
  }
  if (head) return new Response(null, { status: 200, headers: { ...headers, 'Content-Length': String(body.length) } });
  return new Response(new Uint8Array(body), { status: 200, headers });
}

type Ctx = { params: Promise<{ path: string[] }> };

export async function GET(request: Request, { params }: Ctx): Promise<Response> {
  return serve(request, (await params).path, false);
}

export async function HEAD(request: Request, { params }: Ctx): Promise<Response> {
  return serve(request, (await params).path, true);
}
