"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261205080000_report_rollups = void 0;
exports.keep = keep;
const migrations_1 = require("@mikro-orm/migrations");
const Migration20261202080000_report_node_tables_1 = require("./Migration20261202080000_report_node_tables");
/**
 * Rollups of the two node summaries the dashboard reads most, for reads that need no finer key:
 * - report_node_month_all: report_node_month summed over project categories (node × dim × month × val), for
 *   every read without a category filter or grouping;
 * - report_reach_all: report_reach summed over gender and beneficiary category (node × kind × start ×
 *   category), for every people count not grouped by gender or beneficiary category nor filtered by the
 *   latter. Summing there is exact: a person's row in report_member has one gender and one beneficiary
 *   category, so those split the distinct people of a key without overlap (the reads already summed them).
 *
 * Why: a city's year read 144 rows of report_node_month per total or month set (12 months × 12 categories)
 * and 1,440 for its ten districts (3 ms of a 7 ms statement on the benchmark's dataset), 27 rows of
 * report_reach per count, and 10 years by quarter 1,440 rows per set; here they read a twelfth of that.
 *
 * Kept by statement triggers (transition tables) on the base tables, like report_node_day, so every writer
 * (report_flush's keyed refresh, report_member_shift, report_rebuild's truncate and insert) keeps them as a
 * side effect: each statement adds its new rows and takes off its old ones; a rollup row at zero (no base
 * row behind it) is deleted through a partial index. test/report-exact.test.ts compares them with a rebuild.
 */
const M = Migration20261202080000_report_node_tables_1.NODE_MEASURES;
const signed = (rows, sign) => `select *, ${sign} as sign from ${rows}`;
const delta = (tg) => tg === 'INSERT'
    ? signed('new_rows', 1)
    : tg === 'DELETE'
        ? signed('old_rows', -1)
        : `${signed('old_rows', -1)} union all ${signed('new_rows', 1)}`;
function nodeApply(rows) {
    const sums = ['n', ...M].map((m) => `sum(r.sign * r.${m})`);
    return `
  insert into report_node_month_all as t (node_id, dim, month, val, n, ${M.join(', ')})
  select r.node_id, r.dim, r.month, r.val, ${sums.join(', ')} from (${rows}) r group by 1, 2, 3, 4
    having ${sums.map((s) => `${s} <> 0`).join(' or ')}
  on conflict (node_id, dim, month, val) do update set n = t.n + excluded.n,
    ${M.map((m) => `${m} = t.${m} + excluded.${m}`).join(', ')};
  delete from report_node_month_all where n = 0;`;
}
function reachApply(rows) {
    return `
  insert into report_reach_all as t (node_id, kind, start, category, people)
  select r.node_id, r.kind, r.start, r.category, sum(r.sign * r.people) from (${rows}) r group by 1, 2, 3, 4
    having sum(r.sign * r.people) <> 0
  on conflict (node_id, kind, start, category) do update set people = t.people + excluded.people;
  delete from report_reach_all where people = 0;`;
}
/** The trigger function and its four statement triggers (insert, update, delete, truncate) on `base`. */
function keep(base, rollup, fn, apply) {
    return [
        `create function ${fn}() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate ${rollup}; return null; end if;
  if tg_op = 'INSERT' then ${apply(delta('INSERT'))}
  elsif tg_op = 'DELETE' then ${apply(delta('DELETE'))}
  else ${apply(delta('UPDATE'))}
  end if;
  return null;
end $$;`,
        ...[
            ['insert', 'new table as new_rows'],
            ['update', 'old table as old_rows new table as new_rows'],
            ['delete', 'old table as old_rows'],
        ].map(([op, ref]) => `create trigger ${fn}_${op.slice(0, 3)} after ${op} on ${base}
  referencing ${ref} for each statement execute function ${fn}();`),
        `create trigger ${fn}_trunc after truncate on ${base} for each statement execute function ${fn}();`,
    ];
}
class Migration20261205080000_report_rollups extends migrations_1.Migration {
    async up() {
        this.addSql(`create table report_node_month_all (node_id uuid not null, dim char(1) not null, month date not null,
  val text not null, n int not null, ${M.map((m) => `${m} bigint not null default 0`).join(', ')},
  primary key (node_id, dim, month, val)) with (fillfactor = 80, parallel_workers = 0);`);
        this.addSql(`create index report_node_month_all_zero on report_node_month_all (node_id) where n = 0;`);
        this.addSql(`create table report_reach_all (node_id uuid not null, kind char(1) not null, start date not null,
  category text not null, people int not null,
  primary key (node_id, kind, start, category)) with (fillfactor = 80, parallel_workers = 0);`);
        this.addSql(`create index report_reach_all_zero on report_reach_all (node_id) where people = 0;`);
        for (const sql of keep('report_node_month', 'report_node_month_all', 'report_node_month_roll', nodeApply))
            this.addSql(sql);
        for (const sql of keep('report_reach', 'report_reach_all', 'report_reach_roll', reachApply))
            this.addSql(sql);
        this.addSql(`set local work_mem = '256MB';`);
        this.addSql(`insert into report_node_month_all (node_id, dim, month, val, n, ${M.join(', ')})
  select node_id, dim, month, val, sum(n), ${M.map((m) => `sum(${m})`).join(', ')} from report_node_month
  group by 1, 2, 3, 4 having sum(n) <> 0 order by 1, 2, 3, 4;`);
        this.addSql(`insert into report_reach_all (node_id, kind, start, category, people)
  select node_id, kind, start, category, sum(people) from report_reach group by 1, 2, 3, 4
  having sum(people) <> 0 order by 1, 2, 3, 4;`);
        this.addSql(`analyze report_node_month_all;`);
        this.addSql(`analyze report_reach_all;`);
    }
    async down() {
        for (const [base, fn] of [
            ['report_node_month', 'report_node_month_roll'],
            ['report_reach', 'report_reach_roll'],
        ]) {
            for (const op of ['ins', 'upd', 'del', 'trunc'])
                this.addSql(`drop trigger ${fn}_${op} on ${base};`);
            this.addSql(`drop function ${fn}();`);
        }
        this.addSql(`drop table report_reach_all;`);
        this.addSql(`drop table report_node_month_all;`);
    }
}
exports.Migration20261205080000_report_rollups = Migration20261205080000_report_rollups;
//# sourceMappingURL=Migration20261205080000_report_rollups.js.map