import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../common/logger';

/** How often the live-row deltas are folded (each write statement on a counted table appends one row). */
export const LIVE_COUNT_COMPACT_MS = 10_000;

/**
 * Folds `live_count_delta` in the background (`live_count_compact()`, db/schema/live-count.functions.ts), so
 * that a count reads a row or two per table however many statements wrote since. Several API processes may
 * fold at once: each delta row is folded by exactly one of them. Returns the stop function, which waits for a
 * fold under way.
 */
export function startLiveCountCompaction(orm: MikroORM, logger: Logger, everyMs = LIVE_COUNT_COMPACT_MS) {
  let current: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    current = orm.em
      .fork()
      .getConnection()
      .execute('select live_count_compact()')
      .then(
        () => undefined,
        (e: Error) => logger.warn({ reason: e.message }, 'live counts: fold failed, tried again later'),
      );
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await current;
  };
}
