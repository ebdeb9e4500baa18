import { routing } from '@/i18n/routing';
import { getIndex } from '@/lib/content';
import { redisStatus } from '@/lib/http/cluster';
import { buildId } from '@/lib/http/build-id';
import { searchIndexBuilt } from '@/lib/search/service';

export const dynamic = 'force-dynamic';

/**
 * GET /healthz: whether this instance answers, which build it serves, how
 * many stories it has loaded, whether its search index is built (after a
 * start it builds in the background, seconds on a large archive, while pages
 * are served and searches wait) and whether it reaches the shared Redis
 * (`off` when it runs alone, without REDIS_URL). For load balancers and
 * `npm run cluster`; never cached or indexed.
 */
export function GET(): Response {
  return Response.json(
    {
      status: 'ok',
      buildId: buildId(),
      stories: getIndex().stories.size,
      search: routing.locales.every(searchIndexBuilt) ? 'ready' : 'building',
      redis: redisStatus(),
    },
    { headers: { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } },
  );
}
