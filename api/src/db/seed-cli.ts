import 'reflect-metadata';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PiiCipher } from '../common/crypto/pii';
import { createLogger } from '../common/logger';
import { ConfigError, loadConfig, type Config } from '../config';
import { ensureDatabase, initOrm, migrate } from './database';
import { attachedNote, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { assertKeyOpens, devPiiKey, sealedSample } from './pii-key';
import { DEMO_ACCOUNTS, loadDemoIfEmpty } from './seeders/demo';
import { chinaToday } from './seeders/demo-calendar';

/**
 * `npm run seed`: loads the demo data into the configured database (DATABASE_URL, or the embedded
 * PostgreSQL under the data directory, exactly as `npm start` finds it) when it has no organization yet.
 * Migrates first. Exit code 0 when seeded or when there was data already, 1 on any error.
 */
const out = (line = '') => process.stdout.write(`${line}\n`);

async function run(config: Config): Promise<number> {
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedDatabase | undefined;
  let orm: MikroORM | undefined;
  try {
    let url = config.databaseUrl;
    if (!url) {
      out(`linli seed: starting embedded PostgreSQL (data in ${path.join(config.dataDir, 'pg')})`);
      embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg') });
      if (embedded.attachedTo) out(attachedNote(embedded.attachedTo));
      url = embedded.urlFor('linli');
    }
    await ensureDatabase(url);
    orm = await initOrm(url, { poolMax: config.dbPoolMax });
    const applied = await migrate(orm);
    if (applied.length) out(`linli seed: ${applied.length} migration(s) applied`);
    // The same key as the server's, or the encrypted ID numbers would be unreadable to it.
    const sealed = await sealedSample(orm);
    const pii = new PiiCipher(config.piiKey ?? devPiiKey(config.dataDir, sealed !== null));
    assertKeyOpens(pii, sealed);
    const started = Date.now();
    const counts = await loadDemoIfEmpty(orm, pii, logger, config.demoDate ?? chinaToday());
    if (!counts) {
      out('linli seed: the database already has organizations; demo data not loaded (nothing changed)');
      return 0;
    }
    out(`linli seed: demo data as of ${config.demoDate ?? chinaToday()} loaded in ${Date.now() - started} ms`);
    for (const [table, n] of Object.entries(counts)) out(`  ${table.padEnd(16)} ${n}`);
    out();
    out('  Demo accounts:');
    for (const a of DEMO_ACCOUNTS) out(`    ${a.username.padEnd(18)} ${a.role.padEnd(14)} ${a.description}`);
    out(`  Password: ${DEMO_ACCOUNTS[0]?.password ?? ''}`);
    return 0;
  } catch (e) {
    logger.fatal({ err: e instanceof Error ? { message: e.message, stack: e.stack } : String(e) }, 'seeding failed');
    return 1;
  } finally {
    await orm?.close(true).catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`linli seed: configuration error: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  process.exit(await run(config));
}

void main();
