import fs from 'node:fs';
import path from 'node:path';
import { getIndex } from '@/lib/content';
import { redisStatus } from '@/lib/http/cluster';
import { distDir } from '@/lib/config';

export const dynamic = 'force-dynamic';

let buildId: string | undefined;

/**
 * GET /healthz: whether this instance answers, which build it serves, how
 * many stories it has loaded and whether it reaches the shared Redis (`off`
 * when it runs alone, without REDIS_URL). For load balancers and
 * `npm run cluster`; never cached or indexed.
 */
export function GET(): Response {
  buildId ??= fs.readFileSync(path.join(process.cwd(), distDir(), 'BUILD_ID'), 'utf8').trim();
  return Response.json(
    { status: 'ok', buildId, stories: getIndex().stories.size, redis: redisStatus() },
    { headers: { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } },
  );
}
