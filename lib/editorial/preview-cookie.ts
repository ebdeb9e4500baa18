import 'server-only';
import { cookies } from 'next/headers';

/** Next's Draft Mode cookie. */
const COOKIE = '__prerender_bypass';

/**
 * Next writes the Draft Mode cookie with SameSite=None in production, so
 * any other site could send it along with a request of its own. Preview is
 * only ever opened by an editor on this site (a link they follow is a
 * top-level navigation, which Lax allows), so the cookie Next has just set
 * or cleared is written again, the same but Lax.
 */
export async function tightenPreviewCookie(): Promise<void> {
  const jar = await cookies();
  const set = jar.get(COOKIE);
  if (!set) return;
  const secure = process.env.NODE_ENV !== 'development';
  jar.set({
    name: COOKIE,
    value: set.value,
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    ...(set.value === '' ? { expires: new Date(0) } : {}),
  });
}
