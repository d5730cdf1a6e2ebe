import { isDeepStrictEqual } from 'node:util';

/**
 * Reads until the value is `expected`, for what applies once PostgreSQL's notification arrives (the caller
 * cache, caller-cache.ts: milliseconds after the commit, longer on a loaded machine); after `ms` the last
 * value is asserted, so a change that never applies still fails with what was read.
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  let last = await read();
  while (!isDeepStrictEqual(last, expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  expect(last).toEqual(expected);
}
