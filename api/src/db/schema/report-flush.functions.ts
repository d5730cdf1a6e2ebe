import { declareFunctions } from './declared';
import { FACT_MEASURES, NODE_MEASURES } from '../../modules/report/report.measures';
import { keyedFacts, keyedNeedMonths, keyedPersonFacts, needMonths } from './report-facts.sql';
import { NODES_OF_PROJECT, projectDays } from './report-derived.functions';

/** The measures' column lists, as the summary tables and the session's delta tables have them. */
const FACT_COLS = FACT_MEASURES.join(', ');
const FACT_SUMS = FACT_MEASURES.map((m) => `sum(${m})`).join(', ');
const FACT_TYPED = FACT_MEASURES.map((m) => `${m} bigint`).join(', ');
const NODE_TYPED = NODE_MEASURES.map((m) => `${m} bigint`).join(', ');
/** A change of project-days (rows of report_day removed, -1, or added, +1) as the node days' change. */
const nodeDayChange = (
  rows: string,
  sign: '-' | '',
) => `insert into report_t2_nday (node_id, day, category, n, ${FACT_COLS})
  select x.node_id, r.day, p.category, ${sign}count(*)::int, ${FACT_MEASURES.map((m) => `${sign}sum(r.${m})`).join(', ')}
    from (${projectDays(rows)}) r ${NODES_OF_PROJECT} group by 1, 2, 3`;

/**
 * Folding queued keys into the summaries. report_flush() claims every queued key under the transaction lock
 * 7250101 and recomputes exactly those keys (report_flush_keys): report_need_month, report_day, report_month of
 * the touched months, the person-months and their difference applied to the distinct counts; it records what
 * it changed in the session's delta tables and ends with report_apply_derived() (report-derived.functions.ts),
 * which keeps the node summaries and their "all" twins. report_rebuild() recomputes everything.
 */
export const reportFlushFunctions = declareFunctions([
  `CREATE OR REPLACE FUNCTION public.report_flush()
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
begin
  if not exists (select 1 from report_dirty) and not exists (select 1 from report_dirty_need) then return 0; end if;
  return report_flush_keys();
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_flush_keys()
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
declare n int; m int;
begin
  perform pg_advisory_xact_lock(7250101);
  perform report_t2_init();
  with claimed as (delete from report_dirty_need returning org_id, month)
  insert into report_t2_need_keys select distinct org_id, month from claimed;
  get diagnostics m = row_count;
  if m > 0 then
    with gone as (delete from report_need_month r using report_t2_need_keys k where r.org_id = k.org_id and r.month = k.month returning r.*)
    insert into report_t2_need_d select -1, org_id, month, category, needs_open, needs_fulfilled from gone;
    with ins as (insert into report_need_month (org_id, month, category, needs_open, needs_fulfilled, n)
    ${keyedNeedMonths()} returning *)
    insert into report_t2_need_d select 1, org_id, month, category, needs_open, needs_fulfilled from ins;
    delete from report_t2_need_keys;
  end if;

  with claimed as (delete from report_dirty returning project_id, day)
  insert into report_t2_keys select distinct project_id, day from claimed;
  get diagnostics n = row_count;
  if n = 0 then perform report_apply_derived(); return m; end if;
  insert into report_t2_months select distinct project_id, date_trunc('month', day)::date from report_t2_keys;

  -- The project-days removed and added are what the node days change by (report_apply_derived).
  with gone as (delete from report_day r using report_t2_keys k where r.project_id = k.project_id and r.day = k.day returning r.*)
  ${nodeDayChange('gone', '-')};
  with ins as (insert into report_day (project_id, day, gender, age_band, ben_cat, ${FACT_COLS})
  select f.project_id, f.day, f.gender, f.age_band, f.ben_cat, ${FACT_SUMS}
    from report_t2_keys k
   ${keyedFacts()}
   group by 1, 2, 3, 4, 5 returning *)
  ${nodeDayChange('ins', '')};
  with gone as (delete from report_month r using report_t2_months k where r.project_id = k.project_id and r.month = k.month returning r.*)
  insert into report_t2_month_d select -1, project_id, month, gender, age_band, ben_cat, ${FACT_COLS} from gone;
  with ins as (insert into report_month (project_id, month, gender, age_band, ben_cat, ${FACT_COLS})
  select r.project_id, k.month, r.gender, r.age_band, r.ben_cat, ${FACT_SUMS}
    from report_t2_months k join report_day r on r.project_id = k.project_id
     and r.day >= k.month and r.day < (k.month + interval '1 month')::date
   group by 1, 2, 3, 4, 5 returning *)
  insert into report_t2_month_d select 1, project_id, month, gender, age_band, ben_cat, ${FACT_COLS} from ins;

  insert into report_t2_new
  select distinct f.project_id, date_trunc('month', f.day)::date, f.beneficiary_id, f.age_band, f.gender, f.ben_cat
    from report_t2_months k
   ${keyedPersonFacts()};
  with old as (select pm.* from report_person_month pm join report_t2_months k using (project_id, month)),
       d as ((select *, 1 as delta from (select * from report_t2_new except select * from old) a)
             union all (select *, -1 from (select * from old except select * from report_t2_new) r))
  insert into report_t2_pm
  select d.project_id, d.month, d.beneficiary_id, d.age_band, d.gender, d.ben_cat, o.path, p.category, d.delta
    from d join service_project p on p.id = d.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id;
  -- Temporary tables have no statistics: without them the planner guessed hundreds of rows and joined
  -- report_member by a full scan (docs/scaling.md, the fold lag at 1x).
  analyze report_t2_pm;
  delete from report_person_month pm using report_t2_months k where pm.project_id = k.project_id and pm.month = k.month;
  insert into report_person_month select * from report_t2_new;
  perform report_member_apply();
  perform report_apply_derived();
  delete from report_t2_keys; delete from report_t2_months; delete from report_t2_new;
  return n + m;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_t2_init()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  if to_regclass('pg_temp.report_t2_reach') is not null then return; end if;
  -- Made in this session by an older definition (before the delta tables of report_apply_derived): made again.
  drop table if exists report_t2_keys, report_t2_months, report_t2_need_keys, report_t2_new, report_t2_pm, report_t2_node,
    report_t2_month_d, report_t2_need_d, report_t2_nday;
  create temp table report_t2_keys (project_id uuid, day date) on commit delete rows;
  create temp table report_t2_months (project_id uuid, month date) on commit delete rows;
  create temp table report_t2_need_keys (org_id uuid, month date) on commit delete rows;
  create temp table report_t2_new (project_id uuid, month date, beneficiary_id uuid, age_band text, gender text,
    ben_cat text) on commit delete rows;
  create temp table report_t2_pm (project_id uuid, month date, beneficiary_id uuid, age_band text, gender text,
    ben_cat text, path text, category text, delta int) on commit delete rows;
  create temp table report_t2_node (node_id uuid, dim char(1), month date, category text, val text, n int,
    ${NODE_TYPED}) on commit delete rows;
  -- What a writer changed in the first-level summaries, for report_apply_derived: the rows of report_month and
  -- report_need_month removed (sign -1) and added (+1), and the change of report_node_day and report_reach.
  create temp table report_t2_month_d (sign int, project_id uuid, month date, gender text, age_band text, ben_cat text,
    ${FACT_TYPED}) on commit delete rows;
  create temp table report_t2_need_d (sign int, org_id uuid, month date, category text, needs_open bigint,
    needs_fulfilled bigint) on commit delete rows;
  create temp table report_t2_nday (node_id uuid, day date, category text, n int,
    ${FACT_TYPED}) on commit delete rows;
  create temp table report_t2_reach (node_id uuid, kind char(1), start date, category text, people int)
    on commit delete rows;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_rebuild()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  perform report_counts_rebuild();
  perform report_visit_build();
  perform report_rebuild_progress(8, 'distinct people for any period: report_visit and its edges');
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_rebuild_progress(step integer, what text)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  -- A notice reaches the client as soon as it is raised, long before the rebuild's transaction ends.
  raise notice 'report rebuild %/8 done at % s: %', step,
    round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 1), what;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_counts_rebuild()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
declare keys text[];
begin
  perform pg_advisory_xact_lock(7250101);
  truncate report_day, report_month, report_person_month, report_member, report_reach, report_dirty,
    report_need_month, report_dirty_need, report_node_month, report_member_age, report_reach_age,
    report_node_day, report_node_day_all, report_node_month_all, report_reach_all;
  keys := report_keys_off(array['report_day', 'report_node_day', 'report_node_day_all']::regclass[]);
  insert into report_day (project_id, day, gender, age_band, ben_cat, ${FACT_COLS})
  select project_id, day, gender, age_band, ben_cat, ${FACT_SUMS} from report_fact group by 1, 2, 3, 4, 5;
  perform report_day_levels_build();
  perform report_keys_on(keys);
  perform report_rebuild_progress(1, 'sums per project and day, the node days: report_day, report_node_day(_all)');
  keys := report_keys_off(array['report_month']::regclass[]);
  insert into report_month (project_id, month, gender, age_band, ben_cat, ${FACT_COLS})
  select project_id, date_trunc('month', day)::date, gender, age_band, ben_cat, ${FACT_SUMS} from report_day group by 1, 2, 3, 4, 5;
  perform report_keys_on(keys);
  perform report_rebuild_progress(2, 'sums per project and month: report_month');
  keys := report_keys_off(array['report_need_month', 'report_node_month', 'report_node_month_all']::regclass[]);
  insert into report_need_month (org_id, month, category, needs_open, needs_fulfilled, n) ${needMonths()};
  perform report_month_levels_build();
  perform report_keys_on(keys);
  perform report_rebuild_progress(3, 'needs per organization and month, the node months: report_need_month, report_node_month(_all)');
  keys := report_keys_off(array['report_person_month']::regclass[]);
  insert into report_person_month
  select distinct project_id, date_trunc('month', day)::date, beneficiary_id, age_band, gender, ben_cat from report_person_fact;
  perform report_keys_on(keys);
  perform report_rebuild_progress(4, 'who was served in which project-month: report_person_month');
  keys := report_keys_off(array['report_member', 'report_reach', 'report_reach_all']::regclass[]);
  with ins as (
    insert into report_member (node_id, kind, start, category, beneficiary_id, gender, ben_cat, refs)
    select x.node_id, x.kind, x.start, x.cat, pm.beneficiary_id, pm.gender, pm.ben_cat, count(*)
      from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id
     cross join lateral report_member_expand(o.path, pm.month, p.category) x 
     group by 1, 2, 3, 4, 5, 6, 7 returning node_id, kind, start, category, gender, ben_cat)
  insert into report_reach select node_id, kind, start, category, gender, ben_cat, count(*) from ins group by 1, 2, 3, 4, 5, 6;
  insert into report_reach_all (node_id, kind, start, category, people)
  select node_id, kind, start, category, sum(people) from report_reach group by 1, 2, 3, 4 having sum(people) <> 0;
  perform report_keys_on(keys);
  perform report_rebuild_progress(5, 'distinct people per node and calendar period: report_member, report_reach(_all)');
  keys := report_keys_off(array['report_member_age', 'report_reach_age']::regclass[]);
  with ins as (
    insert into report_member_age (node_id, kind, start, age_band, beneficiary_id, refs)
    select x.node_id, x.kind, x.start, pm.age_band, pm.beneficiary_id, count(*)
      from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id
     cross join lateral report_age_expand(o.path, pm.month) x
     group by 1, 2, 3, 4, 5 returning node_id, kind, start, age_band)
  insert into report_reach_age select node_id, kind, start, age_band, count(*) from ins group by 1, 2, 3, 4;
  perform report_keys_on(keys);
  perform report_rebuild_progress(6, 'distinct people per age band: report_member_age, report_reach_age');
end $function$`,
]);
