import { declareFunctions } from './declared';

/**
 * Small pure helpers of the report SQL: the China-time day of an instant, the age band of a birth date on a
 * day, a project's primary category, and the organization nodes above a path (itself included).
 */
export const reportHelperFunctions = declareFunctions([
  `CREATE OR REPLACE FUNCTION public.report_age_band(birth date, on_day date)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  select case when birth is null then 'UNKNOWN'
    when extract(year from age(on_day, birth)) < 3 then 'A0_2' when extract(year from age(on_day, birth)) < 6 then 'A3_5'
    when extract(year from age(on_day, birth)) < 12 then 'A6_11' when extract(year from age(on_day, birth)) < 18 then 'A12_17'
    when extract(year from age(on_day, birth)) < 60 then 'A18_59' else 'A60_PLUS' end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_age_expand(path text, month date)
 RETURNS TABLE(node_id uuid, kind text, start date)
 LANGUAGE sql
 IMMUTABLE
AS $function$
  select x.node_id, k.kind, k.start from report_nodes_of(path) x
   cross join (values ('M', month), ('Q', date_trunc('quarter', month)::date), ('Y', date_trunc('year', month)::date),
                      ('A', date '1900-01-01')) k(kind, start) $function$`,
  `CREATE OR REPLACE FUNCTION public.report_day_of(t timestamp with time zone)
 RETURNS date
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ select (t at time zone 'Asia/Shanghai')::date $function$`,
  `CREATE OR REPLACE FUNCTION public.report_nodes_of(path text)
 RETURNS TABLE(node_id uuid)
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  select x::uuid from unnest(string_to_array(trim(both '/' from path), '/')) x
  union all select '00000000-0000-0000-0000-000000000000'::uuid $function$`,
  `CREATE OR REPLACE FUNCTION public.report_primary_category(cats text[])
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  select case when 'LEFT_BEHIND_CHILD' = any(cats) then 'LEFT_BEHIND_CHILD' when 'CHILD_IN_DIFFICULTY' = any(cats) then 'CHILD_IN_DIFFICULTY' when 'INFANT' = any(cats) then 'INFANT' when 'CHILD' = any(cats) then 'CHILD' when 'DIFFICULT_WORKER' = any(cats) then 'DIFFICULT_WORKER' when 'NEW_EMPLOYMENT_FORM_WORKER' = any(cats) then 'NEW_EMPLOYMENT_FORM_WORKER' when 'INDUSTRIAL_WORKER' = any(cats) then 'INDUSTRIAL_WORKER' when 'FULL_TIME_MOTHER' = any(cats) then 'FULL_TIME_MOTHER' when 'DUAL_EARNER_FAMILY' = any(cats) then 'DUAL_EARNER_FAMILY' when 'WORKER' = any(cats) then 'WORKER' when 'ELDERLY' = any(cats) then 'ELDERLY' when 'DISABLED' = any(cats) then 'DISABLED' when 'WOMAN' = any(cats) then 'WOMAN' when 'OTHER' = any(cats) then 'OTHER' else 'NONE' end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_visit_nodes(path text)
 RETURNS TABLE(node_id uuid, own boolean)
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  select x::uuid, false from unnest(string_to_array(trim(both '/' from path), '/')) x
  union all select '00000000-0000-0000-0000-000000000000'::uuid, false
  union all select (regexp_match(path, '([^/]+)/$'))[1]::uuid, true $function$`,
]);
