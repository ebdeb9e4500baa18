import { publishAuthorized } from '@/lib/editorial/publish-secret';
import { publish } from '@/lib/editorial/publish';
import { announcePublish } from '@/lib/http/cluster';

export const dynamic = 'force-dynamic';

const headers = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };

function unauthorized(): Response {
  return new Response('Unauthorized', {
    status: 401,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'WWW-Authenticate': 'Bearer' },
  });
}

/**
 * POST /api/publish (Authorization: Bearer PUBLISH_SECRET): makes the content
 * on disk live, or with ?check=1 only checks it. 200 with the changes, or 422
 * with every problem and nothing changed. The request carries no paths: the
 * server reads only its own CONTENT_DIR.
 */
export async function POST(request: Request): Promise<Response> {
  if (!publishAuthorized(request)) return unauthorized();
  const params = new URL(request.url).searchParams;
  const check = params.get('check') === '1';
  // With several instances, the others publish too; `peer=1` is one of them
  // following a publish or resyncing (lib/http/shared-cache.cjs): it revalidates
  // only if its stories changed, and does not echo the publish back.
  const peer = params.get('peer') === '1';
  const result = await publish({ check, ifChanged: peer });
  if (result.ok && result.live && !peer) announcePublish();
  return Response.json(result, { status: result.ok ? 200 : 422, headers });
}

// Anything but an authorized POST is refused alike.
export const GET = unauthorized;
export const HEAD = unauthorized;
export const PUT = unauthorized;
export const PATCH = unauthorized;
export const DELETE = unauthorized;
export const OPTIONS = unauthorized;
