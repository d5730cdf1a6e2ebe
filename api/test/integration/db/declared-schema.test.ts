import { Client } from 'pg';
import { declareFunctions, declareTriggers, declareViews } from '../../../src/db/schema/declared';
import { declaredObjects } from '../../../src/db/schema';
import { applyDeclaredObjects, checkDeclaredObjects } from '../../../src/db/schema/apply';
import { migrate } from '../../../src/db/database';
import { useTestApp } from '../../support/use-app';

/**
 * Functions, views and triggers are declared in src/db/schema and applied after the migrations (issue 19
 * item 2). These tests work on the test's own clone of the migrated template database.
 */
describe('declared functions, views and triggers', () => {
  let db: Client;
  afterAll(async () => {
    await db?.end(); // before the test database is dropped: hooks run in the order declared
  });
  const { app } = useTestApp();
  beforeAll(async () => {
    db = new Client({ connectionString: app.dbUrl });
    await db.connect();
  });

  const scratch = (answer: number) =>
    declareFunctions([
      `CREATE OR REPLACE FUNCTION public.scratch_answer()
 RETURNS integer
 LANGUAGE sql
AS $function$ select ${answer} $function$`,
    ]);
  const answer = async () => (await db.query<{ a: number }>('select scratch_answer() a')).rows[0].a;
  const exists = async (name: string) =>
    (await db.query('select 1 from pg_proc where proname = $1', [name])).rowCount === 1;

  it('leaves the migrated database exactly as declared, every object of it declared', async () => {
    expect(await checkDeclaredObjects(db)).toEqual([]);
    const kinds = declaredObjects.reduce<Record<string, number>>(
      (n, o) => ({ ...n, [o.kind]: (n[o.kind] ?? 0) + 1 }),
      {},
    );
    expect(kinds).toEqual({ function: 59, view: 2, trigger: 66 });
    expect(await exists('report_t_init')).toBe(false); // dead, dropped by the migration
    expect(await applyDeclaredObjects(db)).toEqual({ applied: [], dropped: [] });
  });

  it('is applied by every migrate(), also when the caller does not ask what changed (seed, rebuild, bench)', async () => {
    await db.query(
      `CREATE OR REPLACE FUNCTION public.report_t2_init() RETURNS void LANGUAGE plpgsql AS $f$ begin end $f$`,
    );
    expect(await checkDeclaredObjects(db)).toEqual([
      'function report_t2_init(): changed in the database outside its declaration',
    ]);
    expect(await migrate(app.orm)).toEqual([]);
    expect(await checkDeclaredObjects(db)).toEqual([]);
  });

  it('adopts, without DDL, what a database migrated before this step already holds as declared', async () => {
    await db.query('delete from declared_object');
    const triggersBefore = (await db.query(`select oid::int from pg_trigger where not tgisinternal order by 1`)).rows;
    const result = await applyDeclaredObjects(db);
    expect(result.adopted).toHaveLength(59 + 66); // every function and trigger, as pg prints them
    expect(result.applied).toEqual(['view report_fact', 'view report_person_fact']);
    // The triggers were not re-created (same catalog rows).
    expect((await db.query(`select oid::int from pg_trigger where not tgisinternal order by 1`)).rows).toEqual(
      triggersBefore,
    );
    expect(await checkDeclaredObjects(db)).toEqual([]);
  });

  it('puts back a function changed in the database outside its declaration', async () => {
    const day = `select report_day_of('2025-07-13T17:30:00Z') d`;
    expect((await db.query<{ d: Date }>(day)).rows[0].d.toISOString()).toMatch(/^2025-07-1[34]/);
    await db.query(`create or replace function report_day_of(t timestamptz) returns date language sql immutable
      as $$ select date '2000-01-01' $$`);
    expect(await checkDeclaredObjects(db)).toEqual([
      'function report_day_of(t timestamp with time zone): changed in the database outside its declaration',
    ]);
    expect(await applyDeclaredObjects(db)).toEqual({
      applied: ['function report_day_of(t timestamp with time zone)'],
      dropped: [],
    });
    expect((await db.query<{ d: Date }>(day)).rows[0].d.getFullYear()).toBe(2025);
    expect(await checkDeclaredObjects(db)).toEqual([]);
  });

  it('creates a new declaration, replaces it when it changes and drops it once removed', async () => {
    expect(await checkDeclaredObjects(db, [...declaredObjects, ...scratch(42)])).toEqual([
      'function scratch_answer(): declared but never applied',
    ]);
    expect(await applyDeclaredObjects(db, [...declaredObjects, ...scratch(42)])).toEqual({
      applied: ['function scratch_answer()'],
      dropped: [],
    });
    expect(await answer()).toBe(42);
    expect(await checkDeclaredObjects(db)).toEqual([
      'function scratch_answer(): in the database but not declared in src/db/schema',
    ]);
    expect(await checkDeclaredObjects(db, [...declaredObjects, ...scratch(43)])).toEqual([
      'function scratch_answer(): its declaration changed since it was applied',
    ]);
    expect((await applyDeclaredObjects(db, [...declaredObjects, ...scratch(43)])).applied).toEqual([
      'function scratch_answer()',
    ]);
    expect(await answer()).toBe(43);
    expect(await applyDeclaredObjects(db)).toEqual({ applied: [], dropped: ['function scratch_answer()'] });
    expect(await exists('scratch_answer')).toBe(false);
    expect(await checkDeclaredObjects(db)).toEqual([]);
  });

  it('re-creates the views when one changes its columns, and drops a function once nothing uses it', async () => {
    const fn = (name: string) =>
      declareFunctions([
        `CREATE OR REPLACE FUNCTION public.${name}()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ begin return null; end $function$`,
      ]);
    const trigger = (name: string) =>
      declareTriggers([
        `CREATE TRIGGER scratch_venue_touched AFTER UPDATE ON public.venue FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`,
      ]);
    const views = (base: string) =>
      declareViews([
        `create or replace view scratch_base as ${base}`,
        `create or replace view scratch_top as select * from scratch_base`,
      ]);
    const columns = async (view: string) =>
      (
        await db.query<{ c: string }>(
          `select attname c from pg_attribute where attrelid = $1::regclass and attnum > 0 order by attnum`,
          [view],
        )
      ).rows.map((r) => r.c);
    await applyDeclaredObjects(db, [
      ...declaredObjects,
      ...fn('scratch_one'),
      ...views('select 1 a'),
      ...trigger('scratch_one'),
    ]);
    expect(await columns('scratch_top')).toEqual(['a']);
    // The trigger moves to a new function and the old one goes; the base view's columns change order.
    const second = await applyDeclaredObjects(db, [
      ...declaredObjects,
      ...fn('scratch_two'),
      ...views('select 2 b, 1 a'),
      ...trigger('scratch_two'),
    ]);
    expect(second.dropped).toEqual(['function scratch_one()']);
    expect(await columns('scratch_top')).toEqual(['b', 'a']);
    expect(await exists('scratch_one')).toBe(false);
    const { rows } = await db.query(
      `select tgfoid::regproc::text f from pg_trigger where tgname = 'scratch_venue_touched'`,
    );
    expect(rows).toEqual([{ f: 'scratch_two' }]);
    expect((await applyDeclaredObjects(db)).dropped.sort()).toEqual([
      'function scratch_two()',
      'trigger scratch_venue_touched on venue',
      'view scratch_base',
      'view scratch_top',
    ]);
    expect(await checkDeclaredObjects(db)).toEqual([]);
  });

  it('applies nothing when one declaration fails', async () => {
    const broken = declareFunctions([
      `CREATE OR REPLACE FUNCTION public.scratch_broken()
 RETURNS integer
 LANGUAGE sql
AS $function$ select from_no_such_table.x $function$`,
    ]);
    await expect(applyDeclaredObjects(db, [...declaredObjects, ...scratch(7), ...broken])).rejects.toThrow(
      /from_no_such_table/,
    );
    expect(await exists('scratch_answer')).toBe(false);
    const { rows } = await db.query(`select key from declared_object where key like 'function scratch%'`);
    expect(rows).toEqual([]);
    expect(await checkDeclaredObjects(db)).toEqual([]);
  });
});
