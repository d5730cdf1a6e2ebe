import { parentPort, workerData } from 'node:worker_threads';
import { PiiCipher } from '../common/crypto/pii';
import { createLogger } from '../common/logger';
import { loadConfig } from '../config';
import { initOrm, migrate } from './database';
import { assertKeyOpens, devPiiKey, sealedSample } from './pii-key';
import { chinaToday } from './seeders/demo-calendar';
import { seedDemoIfEmpty } from './seeders/demo';
import type { SetupInput, SetupResult } from './setup';

/**
 * The start-up work of `main.ts` (setup.ts says why it runs in a thread of its own): the migrations and
 * declared objects, the personal-data key, the demo data. The configuration is read again here from the
 * same environment; only the database URL (the embedded one is decided by the main thread) comes along.
 */
async function run({ url }: SetupInput): Promise<SetupResult> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Connections without time bounds (long statements on purpose); the serving pool has them (config.ts db).
  const orm = await initOrm(url, { poolMax: 2 });
  try {
    const applied = await migrate(orm, (d) => {
      if (d.skipped) logger.warn({ reason: d.skipped }, 'declared functions, views and triggers left as they are');
    });
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    // After the migrations: whether the database already holds encrypted ID numbers decides whether a
    // missing key file may be made afresh (a new key would leave them unreadable and duplicates unseen).
    const sealed = await sealedSample(orm);
    const piiKey = config.piiKey ?? devPiiKey(config.dataDir, sealed !== null);
    const pii = new PiiCipher(piiKey);
    assertKeyOpens(pii, sealed);
    const seeded = config.seedDemo ? await seedDemoIfEmpty(orm, pii, logger, config.demoDate ?? chinaToday()) : false;
    return { piiKeyHex: piiKey.toString('hex'), seeded };
  } finally {
    await orm.close(true);
  }
}

// A failure is left unhandled on purpose: the thread ends and the main thread gets it as the Worker's 'error'
// event, message and stack kept.
void run(workerData as SetupInput).then((result) => parentPort!.postMessage(result));
