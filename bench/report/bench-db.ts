import fs from 'node:fs';
import path from 'node:path';
import { DATA_FOLDER } from './scale';
import type { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../api/src/db/embedded-postgres';

/** The benchmark's own embedded PostgreSQL (bench/.data/pg, never the app's), tuned for a 10M-row load. */
export const BENCH_DIR = path.resolve(__dirname, '..', DATA_FOLDER);
export const DB_NAME = 'linli_bench';

export async function startBenchPostgres(port?: number): Promise<EmbeddedDatabase> {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const logFile = path.join(BENCH_DIR, 'postgres.log');
  return startEmbeddedPostgres({
    dataDir: path.join(BENCH_DIR, 'pg'),
    port,
    onLog: (line) => fs.appendFileSync(logFile, `${line}\n`),
    postgresFlags: [
      ...['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track=top'],
      ...['-c', 'shared_buffers=3GB', '-c', 'effective_cache_size=12GB', '-c', 'work_mem=64MB'],
      ...['-c', 'maintenance_work_mem=1GB', '-c', 'max_wal_size=16GB', '-c', 'synchronous_commit=off'],
      ...['-c', 'jit=off'],
    ],
  });
}

export const log = (msg: string): void => {
  process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
};

/** A generator's step: runs one statement and prints its row count and time as it finishes (progress). */
export const loggedStep =
  (db: Client) =>
  async (label: string, sql: string): Promise<void> => {
    const t = Date.now();
    const r = await db.query(sql);
    log(`${label}: ${r.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };

/** After a bulk load with triggers off: each class's enrolled count, as the enrollment triggers keep it. */
export const ENROLLED_COUNTS = `update service_class c set enrolled_count = x.n from (select class_id, count(*) n
  from enrollment where status = 'ENROLLED' and deleted_at is null group by class_id) x where x.class_id = c.id`;
