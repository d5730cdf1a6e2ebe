import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';

/**
 * A read-only statement run as a named prepared statement on a pooled connection, so that PostgreSQL plans
 * a given SQL text once per connection instead of on every request. For the dashboard reads, whose text
 * repeats for the same view (same scope, period and groupings), planning was 2–5 ms of a 7–12 ms statement
 * on the benchmark's dataset (psql: `execute` 7 ms against 10.6–12.4 ms for the plain statement).
 *
 * knex (under MikroORM) has no named statements, so the pg client is taken from knex's pool and handed
 * back. Inside a transaction the statement goes through the EntityManager as usual (same connection).
 * Each connection keeps at most CAP statements: past that it deallocates all of them (and pg's own record
 * of them) and starts again, so many different periods cannot grow a backend's memory without bound.
 * Placeholders are knex's `?` (no `??` identifiers, no `?` inside literals in the callers' SQL).
 */
interface PgClient {
  query(q: { name: string; text: string; values: unknown[] } | string): Promise<{ rows: unknown[] }>;
  query(
    q: { name: string; text: string; values: unknown[] },
    done: (err: Error | null, res: { rows: unknown[] }) => void,
  ): void;
  connection: { parsedStatements: Record<string, string> };
}
interface KnexPool {
  client: { acquireConnection(): Promise<PgClient>; releaseConnection(c: PgClient): Promise<void> };
}

const CAP = 200;
const names = new WeakMap<PgClient, Set<string>>();

/**
 * The numbered text and statement name of each knex-style SQL text seen lately: the dashboard's texts run
 * to 10 kB and repeat, and renumbering and hashing them was a quarter of a millisecond of API CPU per
 * custom-period report. Cleared past TEXTS entries, like the statements on a connection.
 */
const TEXTS = 2000;
const texts = new Map<string, { text: string; name: string }>();

function numbered(sql: string): { text: string; name: string } {
  let hit = texts.get(sql);
  if (!hit) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    hit = { text, name: `linli_${createHash('sha1').update(text).digest('hex').slice(0, 24)}` };
    if (texts.size >= TEXTS) texts.clear();
    texts.set(sql, hit);
  }
  return hit;
}

export async function executePrepared<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (em.getTransactionContext()) return em.execute<T[]>(sql, params);
  const { text, name } = numbered(sql);
  const knex = em.getConnection().getKnex() as unknown as KnexPool;
  const client = await knex.client.acquireConnection();
  try {
    // No `plan_cache_mode = force_generic_plan` here: the setting would stay on the pooled connection and also
    // govern the plans PL/pgSQL makes for the flush and trigger functions run there (review of 37631b0).
    const known = names.get(client) ?? new Set<string>();
    names.set(client, known);
    if (!known.has(name) && known.size >= CAP) {
      await client.query('deallocate all');
      client.connection.parsedStatements = {};
      known.clear();
    }
    known.add(name);
    const started = performance.now();
    // With a callback, as knex calls it: the request's statement tracking (query-cancel.ts) sees it, so a
    // client that goes away or a passed deadline cancels it like any other statement of the request.
    const { rows } = await new Promise<{ rows: unknown[] }>((resolve, reject) =>
      client.query({ name, text, values: params }, (err, res) => (err ? reject(err) : resolve(res))),
    );
    // Logged like the EntityManager's own statements (debug query logging, the tests' statement counts).
    em.config
      .getLogger()
      .logQuery({ level: 'info', query: text, took: Math.round(performance.now() - started), results: rows.length });
    return rows as T[];
  } finally {
    await knex.client.releaseConnection(client);
  }
}
