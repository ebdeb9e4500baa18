import { NASKH_WEIGHTS, naskhSubset, type NaskhWeight } from '@/lib/fonts/naskh';
import * as urls from '@/lib/urls';
import { notFoundText } from '@/lib/http/responses';

/** `/font/naskh-{weight}.woff2`: the Arabic face, subset at build time (lib/fonts/naskh). */
export const dynamicParams = false;

export function generateStaticParams() {
  return NASKH_WEIGHTS.map((w) => ({ file: urls.naskhFont(w).split('/').pop()! }));
}

export async function GET(_req: Request, { params }: RouteContext<'/font/[file]'>) {
  const { file } = await params;
  const weight = NASKH_WEIGHTS.find((w) => urls.naskhFont(w).endsWith(`/${file}`));
  if (!weight) return notFoundText();
  const woff2 = await naskhSubset(weight as NaskhWeight);
  // Not content-hashed (the stylesheet names it): a day, then revalidated.
  return new Response(new Uint8Array(woff2), {
    headers: { 'Content-Type': 'font/woff2', 'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800' },
  });
}
