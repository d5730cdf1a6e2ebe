"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261202080200_report_node_layout = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/**
 * Physical layout of the tables the one-statement dashboard read touches (measured on the benchmark's
 * 1M-people dataset, bench/RESULTS.md):
 * - a node's rows are read by primary-key range (node, dim, month …); written in bulk they lay scattered, one
 *   heap page per row (a city-year = ~150 pages). CLUSTER puts each node's rows together once; fillfactor
 *   leaves room so that the flush's in-place updates stay on their page (HOT) and keep that order;
 * - these reads take a few hundred rows by index: parallel workers never pay off there, but the planner chose
 *   a Parallel Append for the read's UNION ALL, whose worker start-up alone cost more than the read
 *   (parallel_workers = 0 on these tables).
 */
const TABLES = [
    ['report_node_month', 'report_node_month_pkey'],
    ['report_reach', 'report_reach_pkey'],
    ['report_reach_age', 'report_reach_age_pkey'],
];
class Migration20261202080200_report_node_layout extends migrations_1.Migration {
    async up() {
        for (const [table, index] of TABLES) {
            this.addSql(`alter table ${table} set (fillfactor = 80, parallel_workers = 0);`);
            this.addSql(`cluster ${table} using ${index};`);
            this.addSql(`analyze ${table};`);
        }
        for (const table of ['report_dirty', 'report_dirty_need'])
            this.addSql(`alter table ${table} set (parallel_workers = 0);`);
    }
    async down() {
        for (const [table] of TABLES)
            this.addSql(`alter table ${table} reset (fillfactor, parallel_workers);`);
        for (const table of ['report_dirty', 'report_dirty_need'])
            this.addSql(`alter table ${table} reset (parallel_workers);`);
    }
}
exports.Migration20261202080200_report_node_layout = Migration20261202080200_report_node_layout;
//# sourceMappingURL=Migration20261202080200_report_node_layout.js.map