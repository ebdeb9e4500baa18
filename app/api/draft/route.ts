import { draftMode } from 'next/headers';
import { isLocale } from '@/i18n/routing';
import { getStoryLocales } from '@/lib/content';
import { tightenPreviewCookie } from '@/lib/editorial/preview-cookie';
import { previewSecret, secretMatches } from '@/lib/editorial/preview-secret';
import * as urls from '@/lib/urls';

const noStore = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'no-referrer',
};

function fail(status: 401 | 404, message: string) {
  return new Response(message, { status, headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * GET /api/draft?secret=S&id=ID&locale=L: turns on Draft Mode and sends the
 * editor to the story's own URL (always built by lib/urls, never taken from
 * the query, so no open redirect is possible).
 */
export async function GET(request: Request) {
  const expected = previewSecret();
  if (!expected) return fail(404, 'Not found');
  const query = new URL(request.url).searchParams;
  const secrets = query.getAll('secret');
  if (secrets.length !== 1 || !secretMatches(secrets[0]!, expected)) return fail(401, 'Invalid preview secret');

  const ids = query.getAll('id');
  const locales = query.getAll('locale');
  const id = ids.length === 1 ? ids[0]! : '';
  const locale = locales.length === 1 ? locales[0]! : '';
  if (!isLocale(locale) || !getStoryLocales(id, { preview: true }).includes(locale)) {
    return fail(404, 'No such story in that language');
  }

  (await draftMode()).enable();
  await tightenPreviewCookie();
  return new Response(null, { status: 307, headers: { ...noStore, Location: urls.story(locale, id) } });
}
