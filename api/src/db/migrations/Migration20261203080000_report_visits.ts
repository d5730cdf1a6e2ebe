import { Migration } from '@mikro-orm/migrations';

/**
 * Distinct people over any period, to the day, from maintained rows instead of the raw tables.
 *
 * report_visit: one row per organization node (its subtree, or `own` = its own projects only) × category
 * ('' = all) × person × month in which the person was served there, with the month's days as a bit mask
 * (bit i = day i + 1) and the chain's neighbours: the person's previous month at that node and category
 * (prev_month, '1900-01-01' when none; its mask prev_days) and the next one (next_month, '9999-12-01').
 * report_visit_gap counts those rows by (node, own, category, gender, beneficiary category, month,
 * prev_month).
 *
 * Why this answers any period [a, b] exactly with a few index ranges (report.visits.ts): a person is in the
 * whole months [m1, m2] iff exactly one of their rows there has prev_month < m1 — so the count is a sum over
 * report_visit_gap. A partial first month (a mid-month) and a partial last month are read from the rows of
 * those two months with masks: a row of the first month counts if its mask meets [a, end of month] and
 * next_month > m2 (not already counted in the whole months); a row of the last month counts if its mask
 * meets [start of month, b] and the previous month is neither in the whole months nor a counted first month.
 *
 * Kept exact by the same funnel as the other person summaries: every change of a person's person-months —
 * report_flush_keys (the people of each recomputed project-month) and report_member_shift (a project's
 * people when its sponsor, category or deletion changes, or its organization moves) — goes through
 * report_member_apply(); that function is renamed report_member_counts_apply and wrapped, the wrapper
 * recomputing the visits of those people from report_person_fact (all their months, so the chains stay
 * whole). report_rebuild() is wrapped the same way. test/report-exact.test.ts checks the figures against the
 * raw tables and that flushed visits equal a rebuild.
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261203080000_report_visits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table report_visit (node_id uuid not null, own boolean not null, category text not null,
  month date not null, beneficiary_id uuid not null, gender text not null, ben_cat text not null, days int not null,
  prev_month date not null, prev_days int not null, next_month date not null) with (fillfactor = 90);`);
    this.addSql(`create table report_visit_gap (node_id uuid not null, own boolean not null, category text not null,
  gender text not null, ben_cat text not null, month date not null, prev_month date not null, people int not null,
  primary key (node_id, own, category, month, prev_month, gender, ben_cat) include (people));`);
    this.addSql(`
create function report_visit_nodes(path text) returns table (node_id uuid, own boolean)
  language sql immutable parallel safe as $$
  select x::uuid, false from unnest(string_to_array(trim(both '/' from path), '/')) x
  union all select '00000000-0000-0000-0000-000000000000'::uuid, false
  union all select (regexp_match(path, '([^/]+)/$'))[1]::uuid, true $$;`);
    this.addSql(`create function report_visit_refresh(ids uuid[]) returns void language plpgsql as $$
begin
  if to_regclass('pg_temp.report_t3_gap') is null then
    create temp table report_t3_gap (node_id uuid, own boolean, category text, gender text, ben_cat text, month date,
      prev_month date, delta int) on commit delete rows;
  end if;
  insert into report_t3_gap select node_id, own, category, gender, ben_cat, month, prev_month, -1 from report_visit where beneficiary_id = any(ids);
  delete from report_visit where beneficiary_id = any(ids);
  insert into report_visit (node_id, own, category, month, beneficiary_id, gender, ben_cat, days, prev_month, prev_days, next_month) 
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
  insert into report_t3_gap select node_id, own, category, gender, ben_cat, month, prev_month, 1 from report_visit where beneficiary_id = any(ids);
  insert into report_visit_gap as g (node_id, own, category, gender, ben_cat, month, prev_month, people)
  select node_id, own, category, gender, ben_cat, month, prev_month, sum(delta) from report_t3_gap group by node_id, own, category, gender, ben_cat, month, prev_month having sum(delta) <> 0
  on conflict (node_id, own, category, month, prev_month, gender, ben_cat) do update set people = g.people + excluded.people;
  delete from report_visit_gap g using (select distinct node_id, own, category, gender, ben_cat, month, prev_month from report_t3_gap) k
   where (g.node_id, g.own, g.category, g.month, g.prev_month, g.gender, g.ben_cat)
       = (k.node_id, k.own, k.category, k.month, k.prev_month, k.gender, k.ben_cat) and g.people = 0;
  delete from report_t3_gap;
end $$;`);
    this.addSql(`alter function report_member_apply() rename to report_member_counts_apply;`);
    this.addSql(`
create function report_member_apply() returns void language plpgsql as $$
declare ids uuid[];
begin
  ids := array(select beneficiary_id from report_t2_pm union select beneficiary_id from report_t2_new);
  perform report_member_counts_apply();
  if cardinality(ids) > 0 then perform report_visit_refresh(ids); end if;
end $$;`);
    this.addSql(`alter function report_rebuild() rename to report_counts_rebuild;`);
    this.addSql(`
create function report_rebuild() returns void language plpgsql as $$
begin
  perform report_counts_rebuild();
  perform report_visit_build();
end $$;`);
    this.addSql(`
create function report_visit_build() returns void language plpgsql as $$
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
end $$;`);
    this.addSql(`select report_flush();`);
    this.addSql(`truncate report_visit, report_visit_gap;`);
    this.addSql(`set local work_mem = '256MB';`);
    this
      .addSql(`insert into report_visit (node_id, own, category, month, beneficiary_id, gender, ben_cat, days, prev_month, prev_days, next_month) select * from (
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
  from x window w as (partition by node_id, own, category, beneficiary_id order by month)) v
  order by node_id, own, category, month, beneficiary_id;`);
    this.addSql(`alter table report_visit add primary key (node_id, own, category, month, beneficiary_id)
  include (days, prev_month, prev_days, next_month, gender, ben_cat);`);
    this.addSql(`create index report_visit_beneficiary on report_visit (beneficiary_id);`);
    this.addSql(`insert into report_visit_gap (node_id, own, category, gender, ben_cat, month, prev_month, people)
  select node_id, own, category, gender, ben_cat, month, prev_month, count(*) from report_visit group by node_id, own, category, gender, ben_cat, month, prev_month;`);
    this.addSql(`analyze report_visit;`);
    this.addSql(`analyze report_visit_gap;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function report_rebuild();`);
    this.addSql(`alter function report_counts_rebuild() rename to report_rebuild;`);
    this.addSql(`drop function report_member_apply();`);
    this.addSql(`alter function report_member_counts_apply() rename to report_member_apply;`);
    this.addSql(`drop function report_visit_build();`);
    this.addSql(`drop function report_visit_refresh(uuid[]);`);
    this.addSql(`drop function report_visit_nodes(text);`);
    this.addSql(`drop table report_visit_gap;`);
    this.addSql(`drop table report_visit;`);
  }
}
