"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261206080000_report_node_day_rollup = void 0;
const migrations_1 = require("@mikro-orm/migrations");
const Migration20261202080000_report_node_tables_1 = require("./Migration20261202080000_report_node_tables");
const Migration20261205080000_report_rollups_1 = require("./Migration20261205080000_report_rollups");
/**
 * report_node_day_all: report_node_day summed over project categories (node × day), for the edge days of
 * reads without a category filter: the total, month and quarter sets of the scope node and the children of
 * the organization grouping (the category grouping still reads report_node_day).
 *
 * Why: a custom-period dashboard (2025-03-15 … 09-10 by month, district and category) read 1,294
 * report_node_day rows for the ten districts' 27 edge days and 321 for the city's, each summed over 15
 * measures; per node and day there are about five categories, so this reads a fifth of that.
 *
 * Kept like report_node_month_all (migration report_rollups): statement triggers with transition tables on
 * report_node_day, so the triggers that keep report_node_day (from report_day_total), report_member_shift and
 * report_rebuild's truncate keep this as a side effect; a row at zero is deleted through a partial index.
 * test/report-exact.test.ts compares it with a rebuild.
 */
const FACT = Migration20261202080000_report_node_tables_1.NODE_MEASURES.slice(0, 14);
function apply(rows) {
    const sums = ['n', ...FACT].map((m) => `sum(r.sign * r.${m})`);
    return `
  insert into report_node_day_all as t (node_id, day, n, ${FACT.join(', ')})
  select r.node_id, r.day, ${sums.join(', ')} from (${rows}) r group by 1, 2
    having ${sums.map((s) => `${s} <> 0`).join(' or ')}
  on conflict (node_id, day) do update set n = t.n + excluded.n,
    ${FACT.map((m) => `${m} = t.${m} + excluded.${m}`).join(', ')};
  delete from report_node_day_all where n = 0;`;
}
class Migration20261206080000_report_node_day_rollup extends migrations_1.Migration {
    async up() {
        this.addSql(`create table report_node_day_all (node_id uuid not null, day date not null, n int not null,
  ${FACT.map((m) => `${m} bigint not null default 0`).join(', ')},
  primary key (node_id, day)) with (fillfactor = 80, parallel_workers = 0);`);
        this.addSql(`create index report_node_day_all_zero on report_node_day_all (node_id) where n = 0;`);
        for (const sql of (0, Migration20261205080000_report_rollups_1.keep)('report_node_day', 'report_node_day_all', 'report_node_day_roll', apply))
            this.addSql(sql);
        this.addSql(`set local work_mem = '256MB';`);
        this.addSql(`insert into report_node_day_all (node_id, day, n, ${FACT.join(', ')})
  select node_id, day, sum(n), ${FACT.map((m) => `sum(${m})`).join(', ')} from report_node_day
  group by 1, 2 having sum(n) <> 0 order by 1, 2;`);
        this.addSql(`analyze report_node_day_all;`);
    }
    async down() {
        for (const op of ['ins', 'upd', 'del', 'trunc'])
            this.addSql(`drop trigger report_node_day_roll_${op} on report_node_day;`);
        this.addSql(`drop function report_node_day_roll();`);
        this.addSql(`drop table report_node_day_all;`);
    }
}
exports.Migration20261206080000_report_node_day_rollup = Migration20261206080000_report_node_day_rollup;
//# sourceMappingURL=Migration20261206080000_report_node_day_rollup.js.map