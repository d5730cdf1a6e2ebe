import { Migration } from '@mikro-orm/migrations';

/**
 * Counts of the visit rows by their first and last day in the month, so that the partial first and last
 * months of a period are a few index ranges instead of one row per person.
 *
 * Why: a day-precise period (2025-03-15 … 09-10) read the visit rows of its two partial months, one per
 * person, once per total, month bucket, child organization and category: about 60 k index tuples for a city
 * dashboard on the benchmark's dataset (55 ms of a 70 ms request). What those reads test is narrower than a
 * person (report_visits explains the sums):
 * - a row of a partial first month [a, end] counts iff its last day ≥ a and next_month > m2;
 * - a row of a partial last month [start, b] counts iff its first day ≤ b, prev_month < m1 and not
 *   (prev_month = the first month and the previous month's last day ≥ a).
 * So report_visit_tail counts rows by (month, last_day, next_month) and report_visit_head by (month,
 * first_day, prev_month, prev_last_day), each also by node, own, category, gender and beneficiary category,
 * plus rollup rows with gender = ben_cat = '*' for reads that group by neither (36× fewer rows than the
 * visits for a city's month). report_visit_gap_all is report_visit_gap without gender and beneficiary
 * category, for the same reads of whole months (a city's five months: ~1,800 gap rows, ~10× fewer here).
 *
 * Kept with the visits: report_visit_refresh and report_visit_build are renamed (…_rows_…) and wrapped; the
 * refresh wrapper moves the counts by the rows the refresh deleted (report_t3_gone) and inserted
 * (report_t3_added), the build wrapper recounts. test/report-exact.test.ts compares them with a rebuild.
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261204080000_report_visit_edges extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table report_visit_tail (node_id uuid not null, own boolean not null, category text not null,
  month date not null, gender text not null, ben_cat text not null, last_day smallint not null,
  next_month date not null, people int not null,
  primary key (node_id, own, category, month, gender, ben_cat, last_day, next_month) include (people));`);
    this.addSql(`create table report_visit_head (node_id uuid not null, own boolean not null, category text not null,
  month date not null, gender text not null, ben_cat text not null, first_day smallint not null,
  prev_month date not null, prev_last_day smallint not null, people int not null,
  primary key (node_id, own, category, month, gender, ben_cat, first_day, prev_month, prev_last_day) include (people));`);
    this.addSql(`create table report_visit_gap_all (node_id uuid not null, own boolean not null,
  category text not null, month date not null, prev_month date not null, people int not null,
  primary key (node_id, own, category, month, prev_month) include (people));`);
    this.addSql(`create index report_visit_tail_zero on report_visit_tail (node_id) where people = 0;`);
    this.addSql(`create index report_visit_head_zero on report_visit_head (node_id) where people = 0;`);
    this.addSql(`create index report_visit_gap_all_zero on report_visit_gap_all (node_id) where people = 0;`);
    this.addSql(`alter function report_visit_refresh(uuid[]) rename to report_visit_rows_refresh;`);
    this.addSql(`alter function report_visit_build() rename to report_visit_rows_build;`);
    this.addSql(`
create function report_visit_refresh(ids uuid[]) returns void language plpgsql as $$
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
end $$;`);
    this.addSql(`
create function report_visit_build() returns void language plpgsql as $$
begin
  perform report_visit_rows_build();
  perform report_visit_edges_build();
end $$;`);
    this.addSql(`
create function report_visit_edges_build() returns void language plpgsql as $$
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
end $$;`);
    this.addSql(`set local work_mem = '256MB';`);
    this.addSql(`select report_visit_edges_build();`);
    this.addSql(`analyze report_visit_tail;`);
    this.addSql(`analyze report_visit_head;`);
    this.addSql(`analyze report_visit_gap_all;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function report_visit_edges_build();`);
    this.addSql(`drop function report_visit_build();`);
    this.addSql(`drop function report_visit_refresh(uuid[]);`);
    this.addSql(`alter function report_visit_rows_build() rename to report_visit_build;`);
    this.addSql(`alter function report_visit_rows_refresh(uuid[]) rename to report_visit_refresh;`);
    this.addSql(`drop table report_visit_head;`);
    this.addSql(`drop table report_visit_tail;`);
    this.addSql(`drop table report_visit_gap_all;`);
  }
}
