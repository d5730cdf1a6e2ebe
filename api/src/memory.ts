import v8 from 'node:v8';

/** How far V8 lets the old generation grow past its live data before the next full collection. */
export const HEAP_GROWING_PERCENT = 50;

/**
 * V8 settings for a long-running server held to a memory target (issue 16: ≤ 200 MB resident under load),
 * set at start, before the heap fills. The young generation's cap cannot be set here (V8 sizes it before
 * any script runs): it is the `--max-semi-space-size` flag (decision 007).
 *
 * - Heap growth between full collections bounded to 1.5× the live data. Without it V8 picks the factor from
 *   the machine: up to 4× on one with many gigabytes, and before its first full collection a start-up limit,
 *   so a server whose live heap is about 50 MB grew to 225 MB of RSS under a steady load before V8 first
 *   collected (bench/RESULTS.md, soak). 1.5× is V8's own factor for memory-constrained devices; the heap's
 *   maximum is not changed, so a large import or export still has room.
 * - No Maglev (Node ≥ 22's mid-tier compiler). It compiles on background threads into malloc'd zones that
 *   glibc keeps per thread: on Node 24 it took the API's peak malloc from 5 to 13-18 MB and its RSS up by
 *   10-15 MB, while a server's hot code ends up in TurboFan either way; API CPU per request did not rise
 *   without it (bench/RESULTS.md, runtime rows).
 */
export function tuneV8(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString('--no-maglev');
}
