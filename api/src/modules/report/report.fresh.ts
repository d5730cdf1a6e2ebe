import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, throwIfCancelled } from '../../common/errors';

/** How long a `fresh` read waits for the report folder before it gives up with SERVICE_BUSY. */
export const FRESH_TIMEOUT_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until every write committed before this call is folded into the report summaries (no key queued at
 * or before the call's start is left), so that a caller that has just written sees its write. Only waits:
 * the folding is the report folder's (report.folder.ts), on whichever API process holds its lock. Bounded
 * by `timeoutMs` and the request's signal.
 */
export async function waitUntilFolded(
  em: EntityManager,
  signal: AbortSignal | undefined,
  timeoutMs = FRESH_TIMEOUT_MS,
): Promise<void> {
  const [first] = await em.execute<{ t0: string; waiting: boolean }[]>(
    `select statement_timestamp()::text t0, coalesce(report_pending_since() <= statement_timestamp(), false) waiting`,
  );
  if (!first.waiting) return;
  const deadline = Date.now() + timeoutMs;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    await sleep(pause);
    throwIfCancelled(signal);
    const [r] = await em.execute<{ waiting: boolean }[]>(
      `select coalesce(report_pending_since() <= ?::timestamptz, false) waiting`,
      [first.t0],
    );
    if (!r.waiting) return;
    if (Date.now() > deadline) throw new AppError('SERVICE_BUSY', '统计数据仍在更新，请稍后再试', { retryable: true });
  }
}
