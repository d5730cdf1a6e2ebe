/**
 * The summaries' measure columns follow report.measures.ts (db/schema/report-measure-columns.ts): on a
 * migrated database nothing is missing; a measure added to the list gets, from `migration:create`, the
 * statements that add its column to every summary table and widen the covering keys, and `down` puts the
 * tables back as they were.
 */
import { Client } from 'pg';
import { MEASURE_TABLES, measureColumnsSql, measureMigration } from '../../../src/db/schema/report-measure-columns';
import { useTestApp } from '../../support/use-app';

const { app } = useTestApp();
let db: Client;

// One connection per test, ended by the test: the app's teardown drops the database and would cut a
// connection still open then (an unhandled error event fails the suite).
beforeEach(async () => {
  db = new Client({ connectionString: app.dbUrl });
  await db.connect();
});
afterEach(async () => {
  await db.end();
});

/** Every summary table's columns and primary key, as the catalog prints them. */
async function shape(): Promise<string[]> {
  const { rows } = await db.query<{ t: string; cols: string; key: string }>(
    `select c.relname t, (select string_agg(attname, ',' order by attnum) from pg_attribute
       where attrelid = c.oid and attnum > 0 and not attisdropped) cols,
     (select pg_get_constraintdef(k.oid) from pg_constraint k where k.conrelid = c.oid and k.contype = 'p') key
     from pg_class c where c.relname = any($1) order by 1`,
    [Object.keys(MEASURE_TABLES)],
  );
  return rows.map((r) => `${r.t}: ${r.cols} | ${r.key}`);
}

describe('report measure columns', () => {
  it('are all there on a migrated database', async () => {
    expect(await measureColumnsSql(db)).toEqual({ up: [], down: [] });
  });

  it('are added for a new measure, covering keys widened, and taken out again by down', async () => {
    const withScratch = Object.fromEntries(
      Object.entries(MEASURE_TABLES).map(([t, ms]) => [t, [...ms, 'late_arrivals']]),
    );
    const sql = await measureColumnsSql(db, withScratch);
    expect(sql.up.filter((s) => s.includes('add column late_arrivals bigint not null default 0'))).toHaveLength(6);
    const before = await shape();
    await db.query('begin');
    try {
      for (const s of sql.up) await db.query(s);
      expect(await measureColumnsSql(db, withScratch)).toEqual({ up: [], down: [] });
      const after = await shape();
      expect(after.every((t) => t.includes(',late_arrivals |'))).toBe(true);
      // The node summaries' covering keys include it, so their reads stay index-only.
      expect(after.filter((t) => /INCLUDE \(.*, late_arrivals\)$/.test(t))).toHaveLength(4);
      for (const s of sql.down) await db.query(s);
      expect(await shape()).toEqual(before);
    } finally {
      await db.query('rollback');
    }
    const text = measureMigration('Migration20991231080000_late_arrivals', sql);
    expect(text).toContain('export class Migration20991231080000_late_arrivals extends Migration');
    for (const s of [...sql.up, ...sql.down]) expect(text).toContain(`this.addSql(\`${s}\`);`);
    expect(text).not.toMatch(/\bimport\b(?! \{ Migration \} from '@mikro-orm\/migrations')/);
  });
});
