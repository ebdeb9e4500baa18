/**
 * The server's heap growth. Its live set is large and steady (the content and
 * search indexes), and by default V8 lets the heap grow to several times that
 * before a full collection, so that under load most of a big server's memory
 * was garbage waiting (BENCHMARKS.md, by hand, 2026-12-04). A fixed growing factor
 * keeps the ceiling near the live set, for a full collection every few seconds
 * under load. 30 % is the factor V8 itself uses when it is saving memory.
 */
import { setFlagsFromString } from 'node:v8';
import { heapGrowthPercent } from '@/lib/config';

/** Sets V8's heap growing factor for this process (README "Upgrading Next.js": a V8 flag). */
export function limitHeapGrowth(percent = heapGrowthPercent()): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
