import { Migration } from '@mikro-orm/migrations';

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
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261202080200_report_node_layout extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table report_node_month set (fillfactor = 80, parallel_workers = 0);`);
    this.addSql(`cluster report_node_month using report_node_month_pkey;`);
    this.addSql(`analyze report_node_month;`);
    this.addSql(`alter table report_reach set (fillfactor = 80, parallel_workers = 0);`);
    this.addSql(`cluster report_reach using report_reach_pkey;`);
    this.addSql(`analyze report_reach;`);
    this.addSql(`alter table report_reach_age set (fillfactor = 80, parallel_workers = 0);`);
    this.addSql(`cluster report_reach_age using report_reach_age_pkey;`);
    this.addSql(`analyze report_reach_age;`);
    this.addSql(`alter table report_dirty set (parallel_workers = 0);`);
    this.addSql(`alter table report_dirty_need set (parallel_workers = 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table report_node_month reset (fillfactor, parallel_workers);`);
    this.addSql(`alter table report_reach reset (fillfactor, parallel_workers);`);
    this.addSql(`alter table report_reach_age reset (fillfactor, parallel_workers);`);
    this.addSql(`alter table report_dirty reset (parallel_workers);`);
    this.addSql(`alter table report_dirty_need reset (parallel_workers);`);
  }
}
