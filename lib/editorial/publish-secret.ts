/** PUBLISH_SECRET: without it, nobody can publish to this server. */
import { secretMatches } from '@/lib/editorial/preview-secret';

/** Whether a request carries `Authorization: Bearer <PUBLISH_SECRET>` (compared in constant time). */
export function publishAuthorized(request: Request): boolean {
  const expected = process.env.PUBLISH_SECRET;
  const header = request.headers.get('authorization') ?? '';
  const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  // Compared even when publishing is off, so the answer takes the same time either way.
  const match = secretMatches(given, expected ?? '');
  return !!expected && !!given && match;
}
