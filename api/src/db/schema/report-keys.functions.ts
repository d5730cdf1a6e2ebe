import { declareFunctions } from './declared';

/**
 * The rebuild loads empty summary tables. A key kept row by row while millions of rows arrive in the order
 * their aggregate emits them (a hash aggregate: no order) descends the tree and splits pages for every row;
 * built once over the loaded rows it is one sort, can use parallel workers, and comes out compact.
 * report_keys_off drops the keys and indexes of the tables a step is about to load and returns the statements
 * that put exactly those back (same names and definitions, as the catalog prints them); report_keys_on runs
 * them. Both run inside the rebuild's transaction: a failure rolls the drop back with everything else, and a
 * duplicate the loaded rows should not hold fails the rebuild instead of being stored.
 */
export const reportKeyFunctions = declareFunctions([
  `CREATE OR REPLACE FUNCTION public.report_keys_off(tables regclass[])
 RETURNS text[]
 LANGUAGE plpgsql
AS $function$
declare r record; ddl text[] := '{}';
begin
  for r in select c.conrelid::regclass t, c.conname, pg_get_constraintdef(c.oid) def from pg_constraint c
            where c.conrelid = any(tables) and c.contype in ('p', 'u', 'x') order by c.conrelid, c.conname loop
    ddl := ddl || format('alter table %s add constraint %I %s', r.t, r.conname, r.def);
    execute format('alter table %s drop constraint %I', r.t, r.conname);
  end loop;
  -- Constraints first: their indexes went with them, the rest are plain indexes.
  for r in select i.indexrelid::regclass idx, pg_get_indexdef(i.indexrelid) def from pg_index i
            where i.indrelid = any(tables) order by i.indrelid, i.indexrelid loop
    ddl := ddl || r.def;
    execute format('drop index %s', r.idx);
  end loop;
  return ddl;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_keys_on(ddl text[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
declare s text;
begin
  foreach s in array ddl loop execute s; end loop;
end $function$`,
]);
