"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261207080000_report_visit_head_rollup = exports.HEAD_PM_KEY = void 0;
const migrations_1 = require("@mikro-orm/migrations");
const Migration20261205080000_report_rollups_1 = require("./Migration20261205080000_report_rollups");
/**
 * report_visit_head_pm: report_visit_head summed over the previous month's last day (node, own, category,
 * month, gender, beneficiary category, first day, previous month), for the partial last month of a period.
 *
 * Why: a partial last month [1, b] counts the visit rows with first day ≤ b whose previous month is before
 * the period's whole months, except those whose previous month is the partial first month [a, end] with a
 * last day ≥ a (migration report_visit_edges). Read from report_visit_head, that condition scanned every
 * (first day, previous month, previous last day) key: for a custom-period dashboard (2025-03-15 … 09-10 by
 * month, district and category) most of the visits statement's index tuples, though the last day matters only
 * for one previous month. Now the read sums this rollup (a 31st of the keys) and takes off the excepted rows
 * with one more range of report_visit_head (previous month = the first month, a skip scan over first days).
 *
 * Kept like the other rollups (migration report_rollups): statement triggers with transition tables on
 * report_visit_head, so the visits refresh and build keep it as a side effect; a row at zero is deleted
 * through a partial index. test/report-exact.test.ts compares it with a rebuild.
 */
exports.HEAD_PM_KEY = 'node_id, own, category, month, gender, ben_cat, first_day, prev_month';
function apply(rows) {
    return `
  insert into report_visit_head_pm as t (${exports.HEAD_PM_KEY}, people)
  select ${exports.HEAD_PM_KEY}, sum(r.sign * r.people) from (${rows}) r group by ${exports.HEAD_PM_KEY}
    having sum(r.sign * r.people) <> 0
  on conflict (${exports.HEAD_PM_KEY}) do update set people = t.people + excluded.people;
  delete from report_visit_head_pm where people = 0;`;
}
class Migration20261207080000_report_visit_head_rollup extends migrations_1.Migration {
    async up() {
        this.addSql(`create table report_visit_head_pm (node_id uuid not null, own boolean not null,
  category text not null, month date not null, gender text not null, ben_cat text not null,
  first_day smallint not null, prev_month date not null, people int not null,
  primary key (${exports.HEAD_PM_KEY}) include (people));`);
        this.addSql(`create index report_visit_head_pm_zero on report_visit_head_pm (node_id) where people = 0;`);
        for (const sql of (0, Migration20261205080000_report_rollups_1.keep)('report_visit_head', 'report_visit_head_pm', 'report_visit_head_roll', apply))
            this.addSql(sql);
        this.addSql(`set local work_mem = '256MB';`);
        this.addSql(`insert into report_visit_head_pm (${exports.HEAD_PM_KEY}, people)
  select ${exports.HEAD_PM_KEY}, sum(people) from report_visit_head group by ${exports.HEAD_PM_KEY}
  having sum(people) <> 0 order by ${exports.HEAD_PM_KEY};`);
        this.addSql(`analyze report_visit_head_pm;`);
    }
    async down() {
        for (const op of ['ins', 'upd', 'del', 'trunc'])
            this.addSql(`drop trigger report_visit_head_roll_${op} on report_visit_head;`);
        this.addSql(`drop function report_visit_head_roll();`);
        this.addSql(`drop table report_visit_head_pm;`);
    }
}
exports.Migration20261207080000_report_visit_head_rollup = Migration20261207080000_report_visit_head_rollup;
//# sourceMappingURL=Migration20261207080000_report_visit_head_rollup.js.map