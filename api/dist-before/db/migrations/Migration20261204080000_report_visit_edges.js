"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261204080000_report_visit_edges = exports.HEAD_KEY = exports.GAP_ALL_KEY = exports.TAIL_KEY = void 0;
const migrations_1 = require("@mikro-orm/migrations");
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
const LAST_DAY = (m) => `length(ltrim((${m})::bit(31)::text, '0'))`;
const FIRST_DAY = (m) => `position('1' in reverse((${m})::bit(31)::text))`;
const DIMS = `cross join lateral (values (v.gender, v.ben_cat), ('*', '*')) d(gender, ben_cat)`;
exports.TAIL_KEY = 'node_id, own, category, month, gender, ben_cat, last_day, next_month';
exports.GAP_ALL_KEY = 'node_id, own, category, month, prev_month';
exports.HEAD_KEY = 'node_id, own, category, month, gender, ben_cat, first_day, prev_month, prev_last_day';
/** The key columns of `v` (visit rows, with a `delta` column) for each edge table, detail and rollup. */
const tailRows = (from, n) => `select v.node_id, v.own, v.category, v.month, d.gender, d.ben_cat, ${LAST_DAY('v.days')}, v.next_month, ${n}
     from ${from} v ${DIMS}`;
const headRows = (from, n) => `select v.node_id, v.own, v.category, v.month, d.gender, d.ben_cat, ${FIRST_DAY('v.days')}, v.prev_month,
          ${LAST_DAY('v.prev_days')}, ${n}
     from ${from} v ${DIMS}`;
/** Moves `table`'s counts by the rows `deltas` (key columns, delta) and drops keys left at zero. */
const applyDeltas = (table, key, deltas) => `
  insert into ${table} as t (${key}, people)
    select ${key}, sum(delta) from (${deltas}) x (${key}, delta) group by ${key} having sum(delta) <> 0
    on conflict (${key}) do update set people = t.people + excluded.people;
  delete from ${table} where people = 0;`;
const changed = `(select *, -1 as delta from report_t3_gone union all select *, 1 from report_t3_added)`;
class Migration20261204080000_report_visit_edges extends migrations_1.Migration {
    async up() {
        this.addSql(`create table report_visit_tail (node_id uuid not null, own boolean not null, category text not null,
  month date not null, gender text not null, ben_cat text not null, last_day smallint not null,
  next_month date not null, people int not null,
  primary key (${exports.TAIL_KEY}) include (people));`);
        this.addSql(`create table report_visit_head (node_id uuid not null, own boolean not null, category text not null,
  month date not null, gender text not null, ben_cat text not null, first_day smallint not null,
  prev_month date not null, prev_last_day smallint not null, people int not null,
  primary key (${exports.HEAD_KEY}) include (people));`);
        this.addSql(`create table report_visit_gap_all (node_id uuid not null, own boolean not null,
  category text not null, month date not null, prev_month date not null, people int not null,
  primary key (${exports.GAP_ALL_KEY}) include (people));`);
        // A partial index keeps the zero-row clean-up of a refresh to the keys it touched.
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
  ${applyDeltas('report_visit_tail', exports.TAIL_KEY, tailRows(changed, 'v.delta'))}
  ${applyDeltas('report_visit_head', exports.HEAD_KEY, headRows(changed, 'v.delta'))}
  ${applyDeltas('report_visit_gap_all', exports.GAP_ALL_KEY, `select ${exports.GAP_ALL_KEY}, delta from ${changed} v`)}
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
  insert into report_visit_tail (${exports.TAIL_KEY}, people)
    select ${exports.TAIL_KEY}, count(*) from (${tailRows('report_visit', '1')}) x (${exports.TAIL_KEY}, n) group by ${exports.TAIL_KEY};
  insert into report_visit_head (${exports.HEAD_KEY}, people)
    select ${exports.HEAD_KEY}, count(*) from (${headRows('report_visit', '1')}) x (${exports.HEAD_KEY}, n) group by ${exports.HEAD_KEY};
  insert into report_visit_gap_all (${exports.GAP_ALL_KEY}, people)
    select ${exports.GAP_ALL_KEY}, count(*) from report_visit group by ${exports.GAP_ALL_KEY};
end $$;`);
        this.addSql(`set local work_mem = '256MB';`);
        this.addSql(`select report_visit_edges_build();`);
        this.addSql(`analyze report_visit_tail;`);
        this.addSql(`analyze report_visit_head;`);
        this.addSql(`analyze report_visit_gap_all;`);
    }
    async down() {
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
exports.Migration20261204080000_report_visit_edges = Migration20261204080000_report_visit_edges;
//# sourceMappingURL=Migration20261204080000_report_visit_edges.js.map