import cluster, { type Worker } from 'node:cluster';
import type { Logger } from './common/logger';

/**
 * Several API processes behind one port (WEB_CONCURRENCY, Node's cluster module): the primary has
 * prepared the database (embedded PostgreSQL, migrations, demo data) and forks `count` workers, each a
 * whole API on its own pool, told the database and secrets by environment. Nothing that must hold across
 * processes lives in a worker's memory (sessions, idempotency keys, sign-in limits and the report fold are
 * in PostgreSQL; the caller cache listens for its changes). A worker that dies is replaced; a stop sends
 * every worker SIGTERM and waits for them (their own grace period) before the primary goes on.
 */
export async function runWorkers(options: {
  count: number;
  env: Record<string, string>;
  logger: Logger;
}): Promise<{ port: number; stop(): Promise<void> }> {
  const { count, env, logger } = options;
  let stopping = false;
  const fork = (): Worker => {
    const worker = cluster.fork({ ...env, LINLI_WORKER: '1' });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      logger.error({ worker: worker.process.pid, code, signal }, 'API worker exited: starting another');
      fork();
    });
    return worker;
  };
  const listening = Array.from({ length: count }, () => {
    const worker = fork();
    return new Promise<number>((resolve, reject) => {
      worker.once('listening', (address) => resolve(address.port));
      worker.once('exit', (code) => reject(new Error(`an API worker exited at start (code ${code})`)));
    });
  });
  const [port] = await Promise.all(listening);
  logger.info({ workers: count, port }, 'API workers listening');
  return {
    port,
    async stop() {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.isDead()) return resolve();
              w.once('exit', () => resolve());
              w.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

export const isWorker = (): boolean => cluster.isWorker;
