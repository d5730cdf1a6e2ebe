import { LIVE_COUNTED_TABLES } from '../../common/crud/compile/live-count';
import { declareFunctions } from './declared';

/**
 * The live-row counts of the big tables (common/crud/compile/live-count.ts): each insert, update or delete
 * statement appends its net change of live rows to `live_count_delta`; a truncate forgets the table's deltas.
 * Appending (not updating one row per table) keeps writers from waiting on each other; the deltas are
 * folded by `live_count_compact()` in the background (db/live-count.ts). `live_count_recount()` starts the
 * counts again from the tables, after a load with triggers off (the benchmarks' generators).
 */
export const liveCountFunctions = declareFunctions([
  `CREATE OR REPLACE FUNCTION public.live_count_track()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
declare
  d bigint := 0;
  n bigint;
begin
  if tg_op in ('INSERT', 'UPDATE') then
    select count(*) into n from new_rows where deleted_at is null;
    d := d + n;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    select count(*) into n from old_rows where deleted_at is null;
    d := d - n;
  end if;
  if d <> 0 then
    insert into live_count_delta (table_name, delta) values (tg_table_name, d);
  end if;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.live_count_reset()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  delete from live_count_delta where table_name = tg_table_name;
  return null;
end $function$`,
  // Each delta row is deleted by exactly one transaction, which inserts what it deleted as one row: two
  // compactions at once (two API processes) each fold the rows they got, and a reader sees either side.
  `CREATE OR REPLACE FUNCTION public.live_count_compact()
 RETURNS void
 LANGUAGE sql
AS $function$
  with gone as (
    delete from live_count_delta d
    where d.table_name in (select table_name from live_count_delta group by table_name having count(*) > 1)
    returning d.table_name, d.delta)
  insert into live_count_delta (table_name, delta) select table_name, sum(delta) from gone group by table_name
$function$`,
  `CREATE OR REPLACE FUNCTION public.live_count_recount()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
declare
  t text;
  n bigint;
begin
  lock table live_count_delta in exclusive mode;
  foreach t in array array[${LIVE_COUNTED_TABLES.map((t) => `'${t}'`).join(', ')}] loop
    execute format('lock table %I in share mode', t);
    execute format('select count(*) from %I where deleted_at is null', t) into n;
    delete from live_count_delta where table_name = t;
    insert into live_count_delta (table_name, delta) values (t, n);
  end loop;
end $function$`,
]);

/** The four triggers of each counted table, as PostgreSQL prints them. */
export const liveCountTriggers = (table: string): string[] => [
  `CREATE TRIGGER ${table}_live_count_del AFTER DELETE ON public.${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION live_count_track()`,
  `CREATE TRIGGER ${table}_live_count_ins AFTER INSERT ON public.${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION live_count_track()`,
  `CREATE TRIGGER ${table}_live_count_truncate AFTER TRUNCATE ON public.${table} FOR EACH STATEMENT EXECUTE FUNCTION live_count_reset()`,
  `CREATE TRIGGER ${table}_live_count_upd AFTER UPDATE ON public.${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION live_count_track()`,
];
