import 'reflect-metadata';
import path from 'node:path';
import { Client } from 'pg';
import { ConfigError, loadConfig, type Config } from '../config';
import { ensureDatabase, initOrm, migrate } from './database';
import { attachedNote, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

/**
 * `npm run report:rebuild`: recomputes every report summary from the raw tables (`report_rebuild()`), as
 * after a bulk import or a repair, on DATABASE_URL or the embedded PostgreSQL. It runs in one transaction
 * and holds the fold's lock; its `truncate` locks the summaries, so dashboard reads wait until it commits.
 * Each of its eight steps is printed as it finishes (PostgreSQL notices).
 */
const out = (line = '') => process.stdout.write(`${line}\n`);

async function run(config: Config): Promise<number> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  try {
    if (!url) {
      embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg') });
      if (embedded.attachedTo) out(attachedNote(embedded.attachedTo));
      url = embedded.urlFor('linli');
    }
    await ensureDatabase(url);
    const orm = await initOrm(url, { poolMax: 1 });
    try {
      await migrate(orm);
    } finally {
      await orm.close(true);
    }
    const db = new Client({ connectionString: url, application_name: 'linli-report-rebuild' });
    db.on('notice', (n) => out(`linli report:rebuild: ${n.message}`));
    await db.connect();
    try {
      const where = embedded ? `the embedded database in ${path.join(config.dataDir, 'pg')}` : new URL(url).host;
      out(`linli report:rebuild: recomputing every report summary of ${where} from the raw tables (8 steps)`);
      const started = Date.now();
      await db.query('select report_rebuild()');
      out(`linli report:rebuild: committed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    } finally {
      await db.end();
    }
  } catch (e) {
    process.stderr.write(
      `linli report:rebuild: failed, the rebuild was rolled back: ${e instanceof Error ? e.message : e}\n`,
    );
    return 1;
  } finally {
    await embedded?.stop().catch(() => undefined);
  }
}

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  process.stderr.write(`linli report:rebuild: configuration error: ${e.message}\n`);
  process.exit(1);
}
run(config).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`linli report:rebuild: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
