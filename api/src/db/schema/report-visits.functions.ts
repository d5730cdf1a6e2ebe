import { declareFunctions } from './declared';

/**
 * Distinct people for any period (report_visit and its edge tables): per person, node, category and month the
 * days served, with the previous and next months served, so that a period of whole months plus edge days is
 * counted exactly; refreshed per person by report_visit_refresh, rebuilt by report_visit_build.
 */
export const reportVisitFunctions = declareFunctions([
  `CREATE OR REPLACE FUNCTION public.report_visit_build()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
declare keys text[];
begin
  keys := report_keys_off(array['report_visit', 'report_visit_gap']::regclass[]);
  perform report_visit_rows_build();
  perform report_keys_on(keys);
  perform report_rebuild_progress(7, 'per person, node and month the days served: report_visit, report_visit_gap');
  keys := report_keys_off(array['report_visit_tail', 'report_visit_head', 'report_visit_gap_all']::regclass[]);
  perform report_visit_edges_build();
  perform report_keys_on(keys);
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_visit_edges_build()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  truncate report_visit_tail, report_visit_head, report_visit_gap_all;
  insert into report_visit_tail (node_id, own, category, month, gender, ben_cat, last_day, next_month, people)
    select node_id, own, category, month, gender, ben_cat, last_day, next_month, count(*) from (select v.node_id, v.own, v.category, v.month, d.gender, d.ben_cat, length(ltrim((v.days)::bit(31)::text, '0')), v.next_month, 1
     from report_visit v cross join lateral (values (v.gender, v.ben_cat), ('*', '*')) d(gender, ben_cat)) x (node_id, own, category, month, gender, ben_cat, last_day, next_month, n) group by node_id, own, category, month, gender, ben_cat, last_day, next_month;
  insert into report_visit_head (node_id, own, category, month, gender, ben_cat, first_day, prev_month, prev_last_day, people)
    select node_id, own, category, month, gender, ben_cat, first_day, prev_month, prev_last_day, count(*) from (select v.node_id, v.own, v.category, v.month, d.gender, d.ben_cat, position('1' in reverse((v.days)::bit(31)::text)), v.prev_month,
          length(ltrim((v.prev_days)::bit(31)::text, '0')), 1
     from report_visit v cross join lateral (values (v.gender, v.ben_cat), ('*', '*')) d(gender, ben_cat)) x (node_id, own, category, month, gender, ben_cat, first_day, prev_month, prev_last_day, n) group by node_id, own, category, month, gender, ben_cat, first_day, prev_month, prev_last_day;
  insert into report_visit_gap_all (node_id, own, category, month, prev_month, people)
    select node_id, own, category, month, prev_month, count(*) from report_visit group by node_id, own, category, month, prev_month;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_visit_refresh(ids uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  perform report_visit_rows_refresh(ids);
  if not exists (select 1 from report_t3_gone) and not exists (select 1 from report_t3_added) then return; end if;
  
  insert into report_visit_tail as t (node_id, own, category, month, gender, ben_cat, last_day, next_month, people)
    select node_id, own, category, month, gender, ben_cat, last_day, next_month, sum(delta) from (select v.node_id, v.own, v.category, v.month, d.gender, d.ben_cat, length(ltrim((v.days)::bit(31)::text, '0')), v.next_month, v.delta
     from (select *, -1 as delta from report_t3_gone union all select *, 1 from report_t3_added) v cross join lateral (values (v.gender, v.ben_cat), ('*', '*')) d(gender, ben_cat)) x (node_id, own, category, month, gender, ben_cat, last_day, next_month, delta) group by node_id, own, category, month, gender, ben_cat, last_day, next_month having sum(delta) <> 0
    on conflict (node_id, own, category, month, gender, ben_cat, last_day, next_month) do update set people = t.people + excluded.people;
  delete from report_visit_tail where people = 0;
  
  insert into report_visit_head as t (node_id, own, category, month, gender, ben_cat, first_day, prev_month, prev_last_day, people)
    select node_id, own, category, month, gender, ben_cat, first_day, prev_month, prev_last_day, sum(delta) from (select v.node_id, v.own, v.category, v.month, d.gender, d.ben_cat, position('1' in reverse((v.days)::bit(31)::text)), v.prev_month,
          length(ltrim((v.prev_days)::bit(31)::text, '0')), v.delta
     from (select *, -1 as delta from report_t3_gone union all select *, 1 from report_t3_added) v cross join lateral (values (v.gender, v.ben_cat), ('*', '*')) d(gender, ben_cat)) x (node_id, own, category, month, gender, ben_cat, first_day, prev_month, prev_last_day, delta) group by node_id, own, category, month, gender, ben_cat, first_day, prev_month, prev_last_day having sum(delta) <> 0
    on conflict (node_id, own, category, month, gender, ben_cat, first_day, prev_month, prev_last_day) do update set people = t.people + excluded.people;
  delete from report_visit_head where people = 0;
  
  insert into report_visit_gap_all as t (node_id, own, category, month, prev_month, people)
    select node_id, own, category, month, prev_month, sum(delta) from (select node_id, own, category, month, prev_month, delta from (select *, -1 as delta from report_t3_gone union all select *, 1 from report_t3_added) v) x (node_id, own, category, month, prev_month, delta) group by node_id, own, category, month, prev_month having sum(delta) <> 0
    on conflict (node_id, own, category, month, prev_month) do update set people = t.people + excluded.people;
  delete from report_visit_gap_all where people = 0;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_visit_rows_build()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  truncate report_visit, report_visit_gap;
  insert into report_visit (node_id, own, category, month, beneficiary_id, gender, ben_cat, days, prev_month, prev_days, next_month) 
with f as (
  select pf.project_id, pf.beneficiary_id, pf.gender, pf.ben_cat, date_trunc('month', pf.day)::date as month,
         bit_or(1 << (extract(day from pf.day)::int - 1)) as days
    from report_person_fact pf where true group by 1, 2, 3, 4, 5),
x as (
  select n.node_id, n.own, c.cat as category, f.month, f.beneficiary_id, f.gender, f.ben_cat, bit_or(f.days) as days
    from f join service_project p on p.id = f.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id
   cross join lateral report_visit_nodes(o.path) n
   cross join lateral (values (''), (p.category)) c(cat)
   group by 1, 2, 3, 4, 5, 6, 7)
select node_id, own, category, month, beneficiary_id, gender, ben_cat, days,
       coalesce(lag(month) over w, date '1900-01-01'), coalesce(lag(days) over w, 0),
       coalesce(lead(month) over w, date '9999-12-01')
  from x window w as (partition by node_id, own, category, beneficiary_id order by month);
  insert into report_visit_gap (node_id, own, category, gender, ben_cat, month, prev_month, people) select node_id, own, category, gender, ben_cat, month, prev_month, count(*) from report_visit group by node_id, own, category, gender, ben_cat, month, prev_month;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_visit_rows_refresh(ids uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  if to_regclass('pg_temp.report_t3_gap') is null then
    create temp table report_t3_gap (node_id uuid, own boolean, category text, gender text, ben_cat text, month date,
      prev_month date, delta int) on commit delete rows;
  end if;
  if to_regclass('pg_temp.report_t3_new') is null then
    create temp table report_t3_new as select * from report_visit with no data;
    create temp table report_t3_gone as select * from report_visit with no data;
    create temp table report_t3_added as select * from report_visit with no data;
  end if;
  truncate report_t3_new, report_t3_gone, report_t3_added;
  insert into report_t3_new (node_id, own, category, month, beneficiary_id, gender, ben_cat, days, prev_month, prev_days, next_month) 
with f as (
  select pf.project_id, pf.beneficiary_id, pf.gender, pf.ben_cat, date_trunc('month', pf.day)::date as month,
         bit_or(1 << (extract(day from pf.day)::int - 1)) as days
    from report_person_fact pf where pf.beneficiary_id = any(ids) group by 1, 2, 3, 4, 5),
x as (
  select n.node_id, n.own, c.cat as category, f.month, f.beneficiary_id, f.gender, f.ben_cat, bit_or(f.days) as days
    from f join service_project p on p.id = f.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id
   cross join lateral report_visit_nodes(o.path) n
   cross join lateral (values (''), (p.category)) c(cat)
   group by 1, 2, 3, 4, 5, 6, 7)
select node_id, own, category, month, beneficiary_id, gender, ben_cat, days,
       coalesce(lag(month) over w, date '1900-01-01'), coalesce(lag(days) over w, 0),
       coalesce(lead(month) over w, date '9999-12-01')
  from x window w as (partition by node_id, own, category, beneficiary_id order by month);
  insert into report_t3_gone select * from report_visit where beneficiary_id = any(ids) except select * from report_t3_new;
  insert into report_t3_added select * from report_t3_new
    except select * from report_visit where beneficiary_id = any(ids);
  if not exists (select 1 from report_t3_gone) and not exists (select 1 from report_t3_added) then return; end if;
  delete from report_visit v using report_t3_gone g where (v.node_id, v.own, v.category, v.month, v.beneficiary_id) = (g.node_id, g.own, g.category, g.month, g.beneficiary_id);
  insert into report_visit select * from report_t3_added;
  insert into report_t3_gap select node_id, own, category, gender, ben_cat, month, prev_month, -1 from report_t3_gone
    union all select node_id, own, category, gender, ben_cat, month, prev_month, 1 from report_t3_added;
  insert into report_visit_gap as g (node_id, own, category, gender, ben_cat, month, prev_month, people)
  select node_id, own, category, gender, ben_cat, month, prev_month, sum(delta) from report_t3_gap group by node_id, own, category, gender, ben_cat, month, prev_month having sum(delta) <> 0
  on conflict (node_id, own, category, month, prev_month, gender, ben_cat) do update set people = g.people + excluded.people;
  delete from report_visit_gap g using (select distinct node_id, own, category, gender, ben_cat, month, prev_month from report_t3_gap) k
   where (g.node_id, g.own, g.category, g.month, g.prev_month, g.gender, g.ben_cat)
       = (k.node_id, k.own, k.category, k.month, k.prev_month, k.gender, k.ben_cat) and g.people = 0;
  delete from report_t3_gap;
end $function$`,
]);
