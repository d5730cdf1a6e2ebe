import { Migration } from '@mikro-orm/migrations';

/**
 * report_visit_refresh(ids) writes only the visit rows that differ. The first version deleted and
 * re-inserted all of each person's rows (every month, node and category: ~40 rows a person on the
 * benchmark's data), so the first report read after a roster save went from ~200 ms to ~500 ms; a flush
 * passes every person of each recomputed project-month, and for most of them nothing changed at all.
 * Now the new rows are computed into a work table, compared with the stored ones, and only the rows gone
 * or changed are deleted and only the new or changed ones inserted; report_visit_gap moves by those rows.
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261203080100_report_visit_diff extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create or replace function report_visit_refresh(ids uuid[]) returns void language plpgsql as $$
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
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function report_visit_refresh(ids uuid[]) returns void language plpgsql as $$
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
  }
}
