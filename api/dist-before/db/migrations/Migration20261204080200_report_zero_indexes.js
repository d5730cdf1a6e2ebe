"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261204080200_report_zero_indexes = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/**
 * Partial indexes on the rows a refresh has just brought to zero, which it deletes at its end
 * (report_visit_gap in report_visit_rows_refresh, report_node_month in report_node_apply). Without them the
 * delete probed the primary key once per touched key (1,500 probes, 700 ms with a cold cache on the
 * benchmark's dataset, ~150 ms warm: most of the first report read after a roster save); with them it reads
 * the (normally empty) index. Measured with EXPLAIN ANALYZE in bench/RESULTS.md's run of 2026-12-01 evening.
 */
class Migration20261204080200_report_zero_indexes extends migrations_1.Migration {
    async up() {
        this.addSql(`create index report_visit_gap_zero on report_visit_gap (node_id) where people = 0;`);
        this.addSql(`create index report_node_month_zero on report_node_month (node_id) where n = 0;`);
    }
    async down() {
        this.addSql(`drop index report_node_month_zero;`);
        this.addSql(`drop index report_visit_gap_zero;`);
    }
}
exports.Migration20261204080200_report_zero_indexes = Migration20261204080200_report_zero_indexes;
//# sourceMappingURL=Migration20261204080200_report_zero_indexes.js.map