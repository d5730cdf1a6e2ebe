import type { EventSubscriber, MikroORM } from '@mikro-orm/core';

/** Thrown instead of committing once the gate is closed; answered as SERVICE_UNAVAILABLE (common/errors.ts). */
export class ShuttingDownError extends Error {
  constructor() {
    super('the server is shutting down: the transaction was rolled back');
    this.name = 'ShuttingDownError';
  }
}

/**
 * Refuses every commit once closed: at shutdown, when the grace period for in-flight requests runs out and
 * their clients are about to be cut off (server.ts), whatever is still running rolls back instead of
 * committing after its client was answered with a reset.
 */
export class CommitGate implements EventSubscriber {
  private closed = false;

  close(): void {
    this.closed = true;
  }

  async beforeTransactionCommit(): Promise<void> {
    if (this.closed) throw new ShuttingDownError();
  }
}

/** The gate of an ORM made by ormOptions. */
export function commitGateOf(orm: MikroORM): CommitGate | undefined {
  return [...orm.config.get('subscribers')].find((s): s is CommitGate => s instanceof CommitGate);
}
