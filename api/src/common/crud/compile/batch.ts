import { executePrepared } from '../../prepared';
import type { RequestScope } from '../../context';

/** A compiled statement's answer: its rows (`j`, one per row) or one number (`n`, a count). */
export type Answer = 'rows' | 'count';

interface Pending {
  sql: string;
  bindings: readonly unknown[];
  answer: Answer;
  resolve: (rows: unknown[]) => void;
  reject: (e: unknown) => void;
}

const queues = new WeakMap<RequestScope, Pending[]>();

/**
 * The compiled statements of one request's root fields, sent as ONE statement. GraphQL starts the root
 * fields of a query one after another without waiting, so a list and its count (`xs` and `xsCount`, what
 * every console list asks) reach here in the same turn of the event loop; they are joined at the next turn
 * into `select (…) as r0, (…) as r1`, each list folded into one JSON array in the order of its rows. One
 * statement instead of two saves a round trip, a bind and an execute on both sides (docs/read-path.md). A
 * lone statement runs as it is. An error of the joined statement is every field's error.
 */
export function runBatched<R>(
  ctx: RequestScope,
  sql: string,
  bindings: readonly unknown[],
  answer: Answer,
): Promise<R[]> {
  return new Promise<unknown[]>((resolve, reject) => {
    let queue = queues.get(ctx);
    if (!queue) {
      queue = [];
      queues.set(ctx, queue);
      setImmediate(() => void flush(ctx));
    }
    queue.push({ sql, bindings, answer, resolve, reject });
  }) as Promise<R[]>;
}

async function flush(ctx: RequestScope): Promise<void> {
  const queue = queues.get(ctx)!;
  queues.delete(ctx);
  if (queue.length === 1) {
    const [one] = queue;
    return executePrepared(ctx.em, one.sql, [...one.bindings]).then(one.resolve, one.reject);
  }
  const columns = queue.map((p, i) =>
    p.answer === 'rows'
      ? `(select coalesce(json_agg(x.j), '[]'::json) from (${p.sql}) x) as r${i}`
      : `(${p.sql}) as r${i}`,
  );
  try {
    const [row] = await executePrepared<Record<string, unknown>>(
      ctx.em,
      `select ${columns.join(', ')}`,
      queue.flatMap((p) => p.bindings),
    );
    queue.forEach((p, i) =>
      p.resolve(p.answer === 'rows' ? (row[`r${i}`] as unknown[]).map((j) => ({ j })) : [{ n: row[`r${i}`] }]),
    );
  } catch (e) {
    for (const p of queue) p.reject(e);
  }
}
