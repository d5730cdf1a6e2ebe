import type { MikroORM } from '@mikro-orm/postgresql';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Client } from 'pg';

/** The PostgreSQL backends running a statement for one request right now. */
interface Running {
  /** `host:port pid` (a read replica is another server) → statements running on that backend. */
  pids: Map<string, number>;
}

const serverOf = (host: unknown, port: unknown): string => `${String(host)}:${String(port)}`;

const requests = new AsyncLocalStorage<Running>();
let installed = false;

/**
 * Lets a request's running statements be cancelled (its client went away, its deadline passed). Every
 * statement the pg driver sends inside `trackStatements` records its connection's backend pid while it
 * runs; `cancelStatements` asks PostgreSQL to cancel those (`pg_cancel_backend`): the statement fails with
 * 57014, which answers SERVICE_BUSY, and its transaction rolls back. Installed once per process, around
 * `pg.Client.prototype.query` (knex calls it with a callback).
 */
export function installStatementTracking(): void {
  if (installed) return;
  installed = true;
  const query = Client.prototype.query as (...args: unknown[]) => unknown;
  Client.prototype.query = function tracked(
    this: Client & { processID?: number; host?: string; port?: number },
    ...args: unknown[]
  ) {
    const running = requests.getStore();
    const pid = this.processID ? `${serverOf(this.host, this.port)} ${this.processID}` : undefined;
    const done =
      typeof args[args.length - 1] === 'function' ? (args[args.length - 1] as (...a: unknown[]) => void) : null;
    if (!running || !pid || !done) return query.apply(this, args);
    running.pids.set(pid, (running.pids.get(pid) ?? 0) + 1);
    args[args.length - 1] = (...result: unknown[]) => {
      const left = (running.pids.get(pid) ?? 1) - 1;
      if (left > 0) running.pids.set(pid, left);
      else running.pids.delete(pid);
      done(...result);
    };
    return query.apply(this, args);
  } as typeof Client.prototype.query;
}

/** Runs `work` with its statements tracked; returns the handle `cancelStatements` takes. */
export function trackStatements<T>(work: () => Promise<T>): { running: Running; result: Promise<T> } {
  const running: Running = { pids: new Map() };
  return { running, result: requests.run(running, work) };
}

/**
 * Cancels the statements running for a request, on another connection of the pool of the server each runs on:
 * `orms` are the primary's and the read replicas' (a pid means nothing on another server).
 */
export async function cancelStatements(orms: MikroORM[], running: Running): Promise<void> {
  const keys = [...running.pids.keys()];
  if (!keys.length) return;
  await Promise.all(
    orms.map((orm) => {
      const url = new URL(orm.config.getClientUrl());
      const server = serverOf(url.hostname, url.port || '5432');
      // backend pids: integers, written into the text
      const list = keys
        .filter((k) => k.startsWith(`${server} `))
        .map((k) => Number(k.slice(server.length + 1)))
        .join(',');
      if (!list) return Promise.resolve();
      // Not inside the request's own context: this statement must not be tracked (nor cancelled) with it.
      return requests.exit(() =>
        orm.em
          .fork()
          .getConnection()
          .execute(`select pg_cancel_backend(pid) from unnest(array[${list}]::int[]) as pid`),
      );
    }),
  );
}
