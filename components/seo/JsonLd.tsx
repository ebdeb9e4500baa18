import type { Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/structured-data';

export function JsonLd({ data }: { data: WithContext<Thing> | WithContext<Thing>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
