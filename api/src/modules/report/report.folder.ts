import type { Logger } from '../../common/logger';
import { NotifiedConnection } from '../../db/notified-connection';

/** The channel the report queues notify when a statement queued keys (migration report_fold_notify). */
export const REPORT_CHANNEL = 'linli_report';
/** Held (session level) by the one process folding; report_flush_keys' own transaction lock is 7_250_101. */
export const FOLDER_LOCK = 7_250_102;
/** Belt and braces: pending keys are looked for this often even without a notification. */
const TICK_MS = 2_000;
/** Another process holds the folder lock: look again this soon (its fold may have started before our write). */
const BUSY_MS = 100;

/**
 * Folds pending report keys into the summaries in the background, so that no read ever writes (issue 19).
 * A write's statement-level trigger notifies `linli_report` after its commit; every API process listens, and
 * the one that gets the session advisory lock FOLDER_LOCK runs `report_flush()` until nothing is pending.
 * Notifications that arrive during a fold make it run once more; a process that finds the lock held looks
 * again shortly, and a tick every two seconds catches anything missed (a listener reconnecting, a fold that
 * failed). Its own connection, outside the request pool: a fold never waits for a request's connection.
 */
export class ReportFolder {
  private readonly connection: NotifiedConnection;
  private running = false;
  private again = false;
  private stopped = true;
  private tick: NodeJS.Timeout | null = null;
  private busy: NodeJS.Timeout | null = null;
  private current: Promise<void> = Promise.resolve();
  /** Folds by this process that folded something (for tests). */
  folds = 0;

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    this.connection = new NotifiedConnection(
      url,
      { channel: REPORT_CHANNEL, applicationName: 'linli-report-folder' },
      {
        notify: () => this.wake(),
        up: async (client) => {
          // A fold waits at most this long for a lock (a full rebuild): it is tried again at the next tick.
          await client.query(`set lock_timeout = '5s'`);
          this.wake();
        },
        down: (why) => this.logger.warn({ reason: why }, 'report folder: connection lost, reconnecting'),
      },
    );
  }

  /** Connects and listens; folds whatever is pending now. Resolves once listening (or after a first failure). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connection.start();
    this.tick = setInterval(() => this.wake(), TICK_MS);
    this.tick.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of [this.tick, this.busy]) if (t) clearTimeout(t);
    await this.current.catch(() => undefined);
    await this.connection.stop();
  }

  /** Asks for a fold; one runs at a time, and one more follows if asked while running. */
  wake(): void {
    if (this.stopped || !this.connection.client) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.current = this.foldAll().finally(() => (this.running = false));
  }

  private async foldAll(): Promise<void> {
    const client = this.connection.client!;
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
}
