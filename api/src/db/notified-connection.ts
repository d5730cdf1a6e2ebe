import { Client } from 'pg';

const RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];

export interface NotifiedHandlers {
  /** A notification on the channel. */
  notify(payload: string): void;
  /** Connected and listening (also after a reconnect); may prepare the session. */
  up(client: Client): Promise<void> | void;
  /** The connection is gone (not called on stop); notifications may have been missed. A retry follows. */
  down(reason: string): void;
}

/**
 * A connection of its own, outside the request pool, that LISTENs on one channel and reconnects with
 * back-off (1, 2, 5, 10, 30 s) when it drops. Used by the caller cache and the report folder.
 */
export class NotifiedConnection {
  private current: Client | null = null;
  private stopped = true;
  private attempt = 0;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly options: { channel: string; applicationName: string },
    private readonly handlers: NotifiedHandlers,
  ) {}

  /** The listening client, or null while (re)connecting. */
  get client(): Client | null {
    return this.current;
  }

  /** Connects; resolves once listening (or after the first failure, then retries in the background). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.current;
    this.current = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const { channel, applicationName } = this.options;
    const client = new Client({ connectionString: this.url, application_name: applicationName });
    const lost = (why: string) => {
      if (this.current !== client) return;
      this.current = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.handlers.down(why);
      this.schedule();
    };
    client.on('error', (e) => lost(e.message));
    client.on('end', () => lost('connection ended'));
    client.on('notification', (n) => {
      if (n.channel === channel) this.handlers.notify(n.payload ?? '');
    });
    this.current = client;
    try {
      await client.connect();
      await client.query(`listen ${channel}`);
      if (this.current !== client) return;
      this.attempt = 0;
      await this.handlers.up(client);
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
