import v8 from 'node:v8';

/** How far V8 lets the old generation grow past its live data before the next full collection. */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Bounds the heap's growth between full collections to 1.5× its live data. Without it V8 picks the factor
 * from the machine: up to 4× on one with many gigabytes, and before its first full collection a start-up
 * limit, so a server whose live heap is about 50 MB grew to 225 MB of RSS under a steady load before V8 first
 * collected (bench/RESULTS.md, soak). 1.5× is V8's own factor for memory-constrained devices; the heap's
 * maximum is not changed, so a large import or export still has room. Set at start, before the heap fills.
 */
export function boundHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
