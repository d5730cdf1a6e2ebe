import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger';
import { lsnValue } from './lsn';

/**
 * The streaming replicas one API process reads from (DATABASE_REPLICA_URLS; docs/operations.md, "Read
 * replicas"). Each has its own MikroORM (same entities and filters, its own pool), so a request routed to
 * it gets a fork of that ORM and every statement of the request goes there (graphql/read-routing.ts).
 *
 * Every REPLICA_CHECK_MS the set asks the primary for its WAL position and each replica for what it has
 * replayed. A replica is read from only while it answers, is still in recovery (a promoted one is a second
 * primary: never read from it behind the real one's back) and is no further behind than REPLICA_MAX_LAG_MS.
 * "Behind" is measured in time: the age of the oldest primary position seen that the replica has not yet
 * replayed, so an idle primary never makes a replica look late, and a stopped replay shows at once.
 */
export type ReplicaStatus = 'starting' | 'streaming' | 'lagging' | 'down' | 'not a replica';

export interface Replica {
  /** host:port/database: what logs, /readyz and /metrics show (never the password). */
  name: string;
  orm: MikroORM;
  status: ReplicaStatus;
  /** How far behind the primary, in milliseconds, at the last check (null: unknown). */
  lagMs: number | null;
  replayed: bigint | null;
  error: string | null;
  /** Primary positions seen that this replica had not replayed yet, oldest first. */
  behind: { at: number; lsn: bigint }[];
}

export interface ReplicaOptions {
  maxLagMs: number;
  waitMs: number;
  checkMs: number;
}

/** Why a routable read went where it went: counted for /metrics. */
export type ReadReason = 'replica' | 'caught-up' | 'no-replica' | 'wait-timeout' | 'replica-failed';

const BEHIND_CAP = 1000;
const POLL_MS = 5;

export const replicaName = (url: string): string => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
};

export class ReplicaSet {
  readonly replicas: Replica[];
  readonly reads = new Map<ReadReason, number>();
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private turn = 0;
  private stopped = false;

  constructor(
    private readonly primary: MikroORM,
    replicas: { url: string; orm: MikroORM }[],
    readonly options: ReplicaOptions,
    private readonly logger: Logger,
  ) {
    this.replicas = replicas.map(({ url, orm }) => ({
      name: replicaName(url),
      orm,
      status: 'starting',
      lagMs: null,
      replayed: null,
      error: null,
      behind: [],
    }));
  }

  /** Checks every replica once (an unreachable one is logged in one line; the API serves from the primary). */
  async start(): Promise<void> {
    await this.check();
    const tick = () => {
      if (this.stopped) return;
      this.checking = this.check().finally(() => {
        this.checking = undefined;
        if (!this.stopped) this.timer = setTimeout(tick, this.options.checkMs);
      });
    };
    this.timer = setTimeout(tick, this.options.checkMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.checking;
    await Promise.all(this.replicas.map((r) => r.orm.close(true).catch(() => undefined)));
  }

  /** A replica to read from now, round robin among the usable ones; null: read the primary. */
  pick(): Replica | null {
    const usable = this.replicas.filter((r) => r.status === 'streaming');
    if (!usable.length) return null;
    this.turn = (this.turn + 1) % usable.length;
    return usable[this.turn];
  }

  /** Waits until `replica` has replayed `lsn`, at most REPLICA_WAIT_MS: false if it has not. */
  async caughtUp(replica: Replica, lsn: bigint): Promise<boolean> {
    if (replica.replayed !== null && replica.replayed >= lsn) return true;
    const until = Date.now() + this.options.waitMs;
    for (let wait = POLL_MS; ; wait = Math.min(wait * 2, 50)) {
      const replayed = await within(this.replayedOn(replica), this.options.waitMs + 500).catch(() => null);
      if (replayed === null) return false;
      if (replica.replayed === null || replayed > replica.replayed) replica.replayed = replayed;
      if (replayed >= lsn) return true;
      if (Date.now() + wait > until) return false;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** A request found the replica unreachable: out of rotation until a check finds it back. */
  lost(replica: Replica, error: unknown): void {
    this.mark(replica, 'down', error instanceof Error ? error.message : String(error));
  }

  count(reason: ReadReason): void {
    this.reads.set(reason, (this.reads.get(reason) ?? 0) + 1);
  }

  /** What /readyz shows per replica. */
  describe(): { name: string; status: ReplicaStatus; lagMs: number | null; error?: string }[] {
    return this.replicas.map((r) => ({
      name: r.name,
      status: r.status,
      lagMs: r.lagMs,
      ...(r.error ? { error: r.error } : {}),
    }));
  }

  private async check(): Promise<void> {
    let primaryAt: bigint | null = null;
    try {
      const rows = await within(
        this.primary.em.fork().getConnection().execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text lsn'),
        2_000,
      );
      primaryAt = lsnValue(rows[0].lsn);
    } catch {
      // The primary away: requests fail on their own; the replicas' state is kept as last seen.
      return;
    }
    const now = Date.now();
    await Promise.all(this.replicas.map((r) => this.checkOne(r, primaryAt, now)));
  }

  private async checkOne(replica: Replica, primaryAt: bigint, now: number): Promise<void> {
    let state: { r: boolean; lsn: string | null };
    try {
      const rows = await within(
        replica.orm.em
          .fork()
          .getConnection()
          .execute<{ r: boolean; lsn: string | null }[]>(
            'select pg_is_in_recovery() r, pg_last_wal_replay_lsn()::text lsn',
          ),
        Math.max(1_000, this.options.checkMs * 2),
      );
      state = rows[0];
    } catch (e) {
      replica.lagMs = null;
      this.mark(replica, 'down', e instanceof Error ? e.message : String(e));
      return;
    }
    if (!state.r || state.lsn === null) {
      replica.lagMs = null;
      this.mark(replica, 'not a replica', 'it is not in recovery (promoted?): not read from');
      return;
    }
    const replayed = lsnValue(state.lsn);
    replica.replayed = replayed;
    const last = replica.behind[replica.behind.length - 1];
    if (!last || last.lsn < primaryAt) replica.behind.push({ at: now, lsn: primaryAt });
    while (replica.behind.length && replica.behind[0].lsn <= replayed) replica.behind.shift();
    if (replica.behind.length > BEHIND_CAP) replica.behind.splice(1, replica.behind.length - BEHIND_CAP);
    replica.lagMs = replica.behind.length ? Date.now() - replica.behind[0].at : 0;
    if (replica.lagMs > this.options.maxLagMs) this.mark(replica, 'lagging', null);
    else this.mark(replica, 'streaming', null);
  }

  private async replayedOn(replica: Replica): Promise<bigint | null> {
    const rows = await replica.orm.em
      .fork()
      .getConnection()
      .execute<{ lsn: string | null }[]>('select pg_last_wal_replay_lsn()::text lsn');
    return rows[0].lsn === null ? null : lsnValue(rows[0].lsn);
  }

  /** One log line per change of state, not one per check. */
  private mark(replica: Replica, status: ReplicaStatus, error: string | null): void {
    const was = replica.status;
    replica.status = status;
    replica.error = error;
    if (was === status) return;
    const fields = { replica: replica.name, was, lagMs: replica.lagMs, ...(error ? { error } : {}) };
    if (status === 'streaming') this.logger.info(fields, 'replica in use');
    else if (status === 'lagging')
      this.logger.warn({ ...fields, maxLagMs: this.options.maxLagMs }, 'replica behind: reading the primary');
    else this.logger.warn(fields, `replica ${status}: reading the primary`);
  }
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer')), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
