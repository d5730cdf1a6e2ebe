"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261204080100_report_node_days = void 0;
const migrations_1 = require("@mikro-orm/migrations");
const Migration20261202080000_report_node_tables_1 = require("./Migration20261202080000_report_node_tables");
/**
 * report_node_day: the activity sums per organization node (its subtree; 00000000-… = everything) × day ×
 * project category, for the edge days of a period that does not start or end on a month boundary.
 *
 * Why: a day-precise dashboard (2025-03-15 … 09-10) reads its whole months from report_node_month, but its
 * edge days came from report_day_total, one index probe per project of the scope (1,000 for a city: 20–30 ms
 * a statement on the benchmark's dataset, two statements a request). Here a city's edge days are a few
 * hundred rows of one node. Only the all-people rows (report_node_month's dim T) are kept: the person
 * groupings and beneficiary-category filters of edge days still read the project summaries, and needs
 * (kept per month) still come from need_request.
 *
 * Kept like report_node_month: statement triggers on report_day_total (transition tables) add each row to
 * every node on its live project's sponsor path and take it off again, so report_flush and report_rebuild
 * keep it as a side effect (a truncate of report_day_total truncates it); report_member_shift, which moves a
 * project's rows when its sponsor, category or deletion changes or its organization moves, is renamed
 * report_member_shift_months and wrapped to move the project's days too. `n` counts the report_day_total
 * rows behind a row; a row whose n falls to 0 is deleted. test/report-exact.test.ts compares the kept rows
 * with a rebuild and the figures with the raw tables.
 */
const FACT = Migration20261202080000_report_node_tables_1.NODE_MEASURES.slice(0, 14);
const COLS = `node_id, day, category, n, ${FACT.join(', ')}`;
/** Node contributions of report_day_total rows `r` (with a `sign` column) on `path` / `category`, grouped. */
function dayFacts(from, path, category, where = 'true') {
    return `select x.node_id, r.day, ${category}, sum(r.sign)::int, ${FACT.map((m) => `sum(r.sign * r.${m})`).join(', ')}
    from ${from} cross join lateral report_nodes_of(${path}) x where ${where} group by 1, 2, 3`;
}
const live = `join service_project p on p.id = r.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id`;
/** Adds signed contributions to report_node_day and drops the rows left with no summary row behind them. */
const apply = (contrib) => `
  insert into report_node_day as t (${COLS}) ${contrib}
    on conflict (node_id, day, category) do update set n = t.n + excluded.n,
      ${FACT.map((m) => `${m} = t.${m} + excluded.${m}`).join(', ')};
  delete from report_node_day where n = 0;`;
const signed = (rows, sign) => `(select *, ${sign} as sign from ${rows})`;
class Migration20261204080100_report_node_days extends migrations_1.Migration {
    async up() {
        this.addSql(`create table report_node_day (node_id uuid not null, day date not null, category text not null,
  n int not null, ${FACT.map((m) => `${m} bigint not null default 0`).join(', ')},
  primary key (node_id, day, category)) with (fillfactor = 80, parallel_workers = 0);`);
        // The clean-up after each change finds the rows at zero through this (normally empty) index.
        this.addSql(`create index report_node_day_zero on report_node_day (node_id) where n = 0;`);
        this.addSql(`
create function report_node_keep_day() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate report_node_day; return null; end if;
  if tg_op = 'INSERT' then ${apply(dayFacts(`${signed('new_rows', 1)} r ${live}`, 'o.path', 'p.category'))}
  elsif tg_op = 'DELETE' then ${apply(dayFacts(`${signed('old_rows', -1)} r ${live}`, 'o.path', 'p.category'))}
  else ${apply(dayFacts(`(select * from ${signed('old_rows', -1)} o union all select * from ${signed('new_rows', 1)} n) r ${live}`, 'o.path', 'p.category'))}
  end if;
  return null;
end $$;`);
        for (const [op, ref] of [
            ['insert', 'new table as new_rows'],
            ['update', 'old table as old_rows new table as new_rows'],
            ['delete', 'old table as old_rows'],
        ])
            this.addSql(`create trigger report_node_keep_day_${op.slice(0, 3)} after ${op} on report_day_total
  referencing ${ref} for each statement execute function report_node_keep_day();`);
        this.addSql(`create trigger report_node_keep_day_trunc after truncate on report_day_total
  for each statement execute function report_node_keep_day();`);
        this.addSql(`alter function report_member_shift(uuid, text, text, text, text) rename to report_member_shift_months;`);
        this.addSql(`
create function report_member_shift(p_project uuid, old_path text, old_cat text, new_path text, new_cat text)
  returns void language plpgsql as $$
begin
  perform report_member_shift_months(p_project, old_path, old_cat, new_path, new_cat);
  ${apply(dayFacts(`(select d.*, v.path, v.cat, v.sign from report_day_total d
          cross join (values (old_path, old_cat, -1), (new_path, new_cat, 1)) v(path, cat, sign)) r`, 'r.path', 'r.cat', 'r.project_id = p_project and r.path is not null'))}
end $$;`);
        this.addSql(`set local work_mem = '256MB';`);
        this.addSql(`insert into report_node_day (${COLS}) select * from (${dayFacts(`${signed('report_day_total', 1)} r ${live}`, 'o.path', 'p.category')}) x order by 1, 2, 3;`);
        this.addSql(`analyze report_node_day;`);
    }
    async down() {
        this.addSql(`drop function report_member_shift(uuid, text, text, text, text);`);
        this.addSql(`alter function report_member_shift_months(uuid, text, text, text, text) rename to report_member_shift;`);
        for (const op of ['ins', 'upd', 'del', 'trunc'])
            this.addSql(`drop trigger report_node_keep_day_${op} on report_day_total;`);
        this.addSql(`drop function report_node_keep_day();`);
        this.addSql(`drop table report_node_day;`);
    }
}
exports.Migration20261204080100_report_node_days = Migration20261204080100_report_node_days;
//# sourceMappingURL=Migration20261204080100_report_node_days.js.map