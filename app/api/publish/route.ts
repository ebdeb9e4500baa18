import { publishAuthorized } from '@/lib/editorial/publish-secret';
import { publish } from '@/lib/editorial/publish';

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
  const check = new URL(request.url).searchParams.get('check') === '1';
  const result = await publish({ check });
  return Response.json(result, { status: result.ok ? 200 : 422, headers });
}

// Anything but an authorized POST is refused alike.
export const GET = unauthorized;
export const HEAD = unauthorized;
export const PUT = unauthorized;
export const PATCH = unauthorized;
export const DELETE = unauthorized;
export const OPTIONS = unauthorized;
