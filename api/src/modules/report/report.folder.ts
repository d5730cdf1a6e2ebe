import { Client } from 'pg';
import type { Logger } from '../../common/logger';

/** The channel the report queues notify when a statement queued keys (migration report_fold_notify). */
export const REPORT_CHANNEL = 'linli_report';
/** Held (session level) by the one process folding; report_flush_keys' own transaction lock is 7_250_101. */
export const FOLDER_LOCK = 7_250_102;
/** Belt and braces: pending keys are looked for this often even without a notification. */
const TICK_MS = 2_000;
/** Another process holds the folder lock: look again this soon (its fold may have started before our write). */
const BUSY_MS = 100;
const RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];

/**
 * Folds pending report keys into the summaries in the background, so that no read ever writes (issue 19).
 * A write's statement-level trigger notifies `linli_report` after its commit; every API process listens, and
 * the one that gets the session advisory lock FOLDER_LOCK runs `report_flush()` until nothing is pending.
 * Notifications that arrive during a fold make it run once more; a process that finds the lock held looks
 * again shortly, and a tick every two seconds catches anything missed (a listener reconnecting, a fold that
 * failed). Its own connection, outside the request pool: a fold never waits for a request's connection.
 */
export class ReportFolder {
  private client: Client | null = null;
  private running = false;
  private again = false;
  private stopped = true;
  private attempt = 0;
  private retry: NodeJS.Timeout | null = null;
  private tick: NodeJS.Timeout | null = null;
  private busy: NodeJS.Timeout | null = null;
  private current: Promise<void> = Promise.resolve();
  /** Folds completed by this process, and keys they folded (for tests and the log). */
  folds = 0;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  /** Connects and listens; folds whatever is pending now. Resolves once listening (or after a first failure). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
    this.tick = setInterval(() => this.wake(), TICK_MS);
    this.tick.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of [this.retry, this.tick, this.busy]) if (t) clearTimeout(t);
    await this.current.catch(() => undefined);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Asks for a fold; one runs at a time, and one more follows if asked while running. */
  wake(): void {
    if (this.stopped || !this.client) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.current = this.foldAll().finally(() => (this.running = false));
  }

  private async foldAll(): Promise<void> {
    const client = this.client!;
    try {
      do {
        this.again = false;
        const got = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) ok', [FOLDER_LOCK]);
        if (!got.rows[0].ok) {
          this.later();
          return;
        }
        try {
          let n = 0;
          do {
            n = (await client.query<{ n: number }>('select report_flush() n')).rows[0].n;
            if (n > 0) this.folds++;
          } while (n > 0 && !this.stopped);
        } finally {
          await client.query('select pg_advisory_unlock($1)', [FOLDER_LOCK]);
        }
      } while (this.again && !this.stopped);
    } catch (e) {
      // A lock time bound (a full rebuild holds the report lock) or a lost connection: the tick tries again.
      if (!this.stopped) this.logger.warn({ err: (e as Error).message }, 'report folder: fold failed');
    }
  }

  private later(): void {
    if (this.busy || this.stopped) return;
    this.busy = setTimeout(() => {
      this.busy = null;
      this.wake();
    }, BUSY_MS);
    this.busy.unref();
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'linli-report-folder' });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn({ reason: why }, 'report folder: connection lost, reconnecting');
      this.schedule();
    };
    client.on('error', (e) => lost(e.message));
    client.on('end', () => lost('connection ended'));
    client.on('notification', (n) => {
      if (n.channel === REPORT_CHANNEL) this.wake();
    });
    this.client = client;
    try {
      await client.connect();
      // A fold waits at most this long for a lock (a full rebuild): it is tried again at the next tick.
      await client.query(`set lock_timeout = '5s'`);
      await client.query(`listen ${REPORT_CHANNEL}`);
      this.attempt = 0;
      this.wake();
    } catch (e) {
      lost((e as Error).message);
    }
  }

  private schedule(): void {
    if (this.retry || this.stopped) return;
    const wait = RETRY_MS[Math.min(this.attempt++, RETRY_MS.length - 1)];
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, wait);
    this.retry.unref();
  }
}
