import 'reflect-metadata';
import path from 'node:path';
import { Client } from 'pg';
import { initOrm, migrate } from '../../api/src/db/database';
import type { DeclaredObject } from '../../api/src/db/schema/declared';
import { applyDeclaredObjects } from '../../api/src/db/schema/apply';
import { runMain } from '../api-process';
import { DB_NAME, log, startBenchPostgres } from './bench-db';

/**
 * npm run bench:report:session-day -- up|down|none — switch the generated dataset (BENCH_SCALE) between
 * attendance without its session day (down: the migration's down() and the declared functions and triggers of
 * another checkout, BENCH_A_SCHEMA=<checkout of 8fec122>/api/src/db/schema) and with it (up: this checkout's
 * migrations), timing the switch, then VACUUM FULL attendance so that both sides are measured on tables
 * written the same way, and print the table's and its indexes' sizes. With roll-call-sql.ts between switches
 * (A B A B): how the session day in attendance's keys was judged (bench/RESULTS.md, issue 21). The other
 * checkout's imports must resolve: `git worktree add .wt-a 8fec122` inside this one does, and
 * `git worktree remove .wt-a` afterwards (eslint would read it).
 */
const MIGRATION = 'Migration20261231080000_attendance_session_day';

async function main(): Promise<void> {
  const mode = process.argv[2] ?? 'none';
  const pg = await startBenchPostgres();
  const url = pg.urlFor(DB_NAME);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    let t = Date.now();
    if (mode === 'up') {
      const orm = await initOrm(url, { preferTs: true, poolMax: 2 });
      log(`applied: ${(await migrate(orm)).join(', ') || 'nothing'}`);
      await orm.close(true);
    } else if (mode === 'down') {
      if (!process.env.BENCH_A_SCHEMA) throw new Error('BENCH_A_SCHEMA=<checkout of 8fec122>/api/src/db/schema');
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the other checkout's source, by path
      const before = require(path.resolve(process.env.BENCH_A_SCHEMA)).declaredObjects as DeclaredObject[];
      await db.query('begin');
      const r = await applyDeclaredObjects(db, before);
      log(`declared objects of A: ${r.applied.length} applied, ${r.dropped.length} dropped`);
      await db.query(`drop index "attendance_enrollment_id_live_unique"`);
      await db.query(
        `create unique index "attendance_enrollment_id_live_unique" on "attendance" ("session_id", "enrollment_id") where "deleted_at" is null`,
      );
      await db.query(
        `alter table "attendance" drop constraint "attendance_pkey", add constraint "attendance_pkey" primary key ("id")`,
      );
      await db.query(`alter table "attendance" drop column "session_day"`);
      await db.query(`delete from mikro_orm_migrations where name = $1`, [MIGRATION]);
      await db.query('commit');
    }
    log(`switch ${mode}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
    await db.query('vacuum full analyze attendance');
    log(`vacuum full: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const sizes = await db.query<{ name: string; mb: string }>(
      `select c.relname as name, round(pg_relation_size(c.oid) / 1048576.0, 1)::text as mb from pg_class c
        where c.relname like 'attendance%' and c.relkind in ('r', 'i') order by 1`,
    );
    log(`sizes (MB): ${sizes.rows.map((r) => `${r.name} ${r.mb}`).join(', ')}`);
  } finally {
    await db.end();
    await pg.stop();
  }
}

runMain(main);
