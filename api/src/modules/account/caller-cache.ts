import { Client } from 'pg';
import type { Logger } from '../../common/logger';

/** The channel the database's triggers notify when a caller's account, sign-in or organization changes. */
export const CALLER_CHANNEL = 'linli_caller';
const MAX_ENTRIES = 10_000;
/** Belt and braces: an entry is looked up again after this long even without a notification. */
const MAX_AGE_MS = 5 * 60_000;
const RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];

interface Entry<T> {
  userId: string;
  value: T;
  at: number;
}

/**
 * The callers of recent requests (user, role, organization path, whether the sign-in stands), so that a
 * signed-in request costs no statement to find out who is asking. Kept correct by PostgreSQL: triggers on
 * app_user, refresh_token and organization (migration caller_notify) `pg_notify` this channel with the user's
 * id (or `*` when an organization's path or deletion changes), after their transaction commits, whichever API
 * process or psql session made the change; the listener drops the entries concerned.
 *
 * Only while the listening connection is up is anything kept: when it drops, everything is forgotten and
 * every request looks its caller up again until the listener is back (reconnecting with back-off). A lookup
 * that raced with a notification is not kept (the generation moved on while it ran).
 */
export class CallerCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private generation = 0;
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private attempt = 0;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  /** Connects the listener; resolves once listening (or after the first failure, then retries in the background). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.forgetAll();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Whether entries are being kept (the listener is up). */
  get active(): boolean {
    return this.listening;
  }

  /** The generation a lookup starts in: pass it back to `set`. */
  get now(): number {
    return this.generation;
  }

  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (Date.now() - e.at > MAX_AGE_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  /** Keeps a lookup's result, unless a notification arrived since it started or nothing is listening. */
  set(key: string, userId: string, value: T, startedIn: number): void {
    if (!this.listening || startedIn !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { userId, value, at: Date.now() });
  }

  /** Drops a user's entries at once (a change this process made; the notification follows for the others). */
  forgetUser(userId: string): void {
    this.generation++;
    for (const [key, e] of this.entries) if (e.userId === userId) this.entries.delete(key);
  }

  forgetAll(): void {
    this.generation++;
    this.entries.clear();
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'linli-caller-listener' });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.listening = false;
      this.client = null;
      this.forgetAll();
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn({ reason: why }, 'caller cache: listener lost, callers looked up on every request');
      this.schedule();
    };
    client.on('error', (e) => lost(e.message));
    client.on('end', () => lost('connection ended'));
    client.on('notification', (n) => {
      if (n.channel !== CALLER_CHANNEL) return;
      if (!n.payload || n.payload === '*') this.forgetAll();
      else this.forgetUser(n.payload);
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`listen ${CALLER_CHANNEL}`);
      if (this.client !== client) return;
      this.forgetAll(); // nothing heard while not listening may be trusted
      this.listening = true;
      this.attempt = 0;
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
