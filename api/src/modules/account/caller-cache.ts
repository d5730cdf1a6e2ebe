import type { Logger } from '../../common/logger';
import { NotifiedConnection } from '../../db/notified-connection';

/** The channel the database's triggers notify when a caller's account, sign-in or organization changes. */
export const CALLER_CHANNEL = 'linli_caller';
const MAX_ENTRIES = 10_000;
/** Belt and braces: an entry is looked up again after this long even without a notification. */
const MAX_AGE_MS = 5 * 60_000;

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
  private listening = false;
  private readonly connection: NotifiedConnection;

  constructor(url: string, logger: Logger) {
    this.connection = new NotifiedConnection(
      url,
      { channel: CALLER_CHANNEL, applicationName: 'linli-caller-listener' },
      {
        notify: (payload) => (!payload || payload === '*' ? this.forgetAll() : this.forgetUser(payload)),
        up: () => {
          this.forgetAll(); // nothing heard while not listening may be trusted
          this.listening = true;
        },
        down: (why) => {
          this.listening = false;
          this.forgetAll();
          logger.warn({ reason: why }, 'caller cache: listener lost, callers looked up on every request');
        },
      },
    );
  }

  /** Connects the listener; resolves once listening (or after the first failure, then retries in the background). */
  async start(): Promise<void> {
    await this.connection.start();
  }

  async stop(): Promise<void> {
    this.listening = false;
    this.forgetAll();
    await this.connection.stop();
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
}
