import { PiiCipher } from '../common/crypto/pii';
import { createLogger } from '../common/logger';
import { loadConfig } from '../config';
import { initOrm, migrate } from './database';
import { assertKeyOpens, devPiiKey, sealedSample } from './pii-key';
import { chinaToday } from './seeders/demo-calendar';
import { seedDemoIfEmpty } from './seeders/demo';
import { SETUP_URL_VARIABLE, type SetupMessage, type SetupResult } from './setup';

/**
 * The start-up work of `main.ts` (setup.ts says why it runs in a process of its own): the migrations and
 * declared objects, the personal-data key, the demo data. The configuration is read again here from the
 * same environment; only the database URL (the embedded one is decided by the caller) is added to it.
 */
async function run(url: string): Promise<SetupResult> {
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

/** Sends the reply, then lets the process end (the IPC channel would keep it alive). */
const reply = (message: SetupMessage) => process.send!(message, () => process.disconnect());

run(process.env[SETUP_URL_VARIABLE]!).then(
  (result) => reply({ result }),
  (e: unknown) => {
    process.exitCode = 1;
    reply({ error: e instanceof Error ? { message: e.message, stack: e.stack } : { message: String(e) } });
  },
);
