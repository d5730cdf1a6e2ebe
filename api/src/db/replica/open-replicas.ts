import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger';
import type { Config } from '../../config';
import { initOrm } from '../database';
import { ReplicaSet, replicaName } from './replica-set';

/**
 * The replicas of DATABASE_REPLICA_URLS, each with its own ORM and pool (the same size and time bounds as the
 * primary's), checked once before the API listens. One that is unreachable now is told in one line and
 * retried at every check; the API serves from the primary meanwhile. None configured: undefined.
 */
export async function openReplicas(config: Config, primary: MikroORM, logger: Logger): Promise<ReplicaSet | undefined> {
  if (!config.replicaUrls.length) return undefined;
  const replicas = await Promise.all(
    config.replicaUrls.map(async (url) => ({
      url,
      orm: await initOrm(url, { poolMax: config.dbPoolMax, timeouts: config.db, replica: true }),
    })),
  );
  const set = new ReplicaSet(primary, replicas, config.replica, logger);
  await set.start();
  logger.info(
    { replicas: config.replicaUrls.map(replicaName), maxLagMs: config.replica.maxLagMs, waitMs: config.replica.waitMs },
    'read replicas configured',
  );
  return set;
}
