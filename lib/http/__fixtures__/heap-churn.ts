/**
 * A server's heap in miniature, for heap.test.ts: a steady live set, and
 * objects that live long enough to be promoted, then die, as a page's do
 * under load. Prints the most the old space held, in MiB.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { limitHeapGrowth } from '../heap';

limitHeapGrowth();
const oldSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_used_size;
const live = Array.from({ length: 600_000 }, (_, i) => ({ i, s: `live ${i}` }));
const recent = new Array<unknown>(100_000);
let most = 0;
for (let i = 0; i < 6_000_000; i++) {
  recent[i % recent.length] = { i, s: `churn ${i}`, n: [i, i + 1] };
  if (i % 20_000 === 0) most = Math.max(most, oldSpace());
}
console.log(JSON.stringify({ live: live.length, mostOldMiB: most / 2 ** 20 }));
