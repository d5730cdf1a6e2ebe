import { Migration } from '@mikro-orm/migrations';

/**
 * The node summaries' primary keys carry the measures (INCLUDE), so that a dashboard read is an index-only
 * scan of a few leaf pages instead of one heap page per row.
 *
 * Why: the triggers that keep these tables (and report_rebuild's bulk insert through them) write rows in no
 * particular order, so a node's consecutive days or months sit on different heap pages. On the benchmark's
 * dataset a custom-period dashboard's edge days touched 591 heap pages for 591 rows, and a year dashboard's node
 * read 290 for 290. With the keys covering (prepared statements, medians of 30, alternated three times in psql
 * with a plain unique index in the key's place): the edge days 1.54 → 1.04 ms, the custom period's whole months
 * 0.77 → 0.64, the year dashboard's node read 1.58 → 1.17. The cost is the measures stored twice (the key index
 * about the size of the table) and updates that change a measure no longer being HOT; a flush updates a few
 * dozen rows.
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261209080000_report_covering_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`set local maintenance_work_mem = '256MB';`);
    this.addSql(`alter table report_node_day drop constraint report_node_day_pkey,
  add constraint report_node_day_pkey primary key (node_id, day, category) include (n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum);`);
    this.addSql(`alter table report_node_day_all drop constraint report_node_day_all_pkey,
  add constraint report_node_day_all_pkey primary key (node_id, day) include (n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum);`);
    this.addSql(`alter table report_node_month drop constraint report_node_month_pkey,
  add constraint report_node_month_pkey primary key (node_id, dim, month, category, val) include (n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled);`);
    this.addSql(`alter table report_node_month_all drop constraint report_node_month_all_pkey,
  add constraint report_node_month_all_pkey primary key (node_id, dim, month, val) include (n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled);`);
    this.addSql(`alter table report_reach_all drop constraint report_reach_all_pkey,
  add constraint report_reach_all_pkey primary key (node_id, kind, start, category) include (people);`);
    this.addSql(`alter table report_node_day set (autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_vacuum_insert_scale_factor = 0.02);`);
    this.addSql(`analyze report_node_day;`);
    this.addSql(`alter table report_node_day_all set (autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_vacuum_insert_scale_factor = 0.02);`);
    this.addSql(`analyze report_node_day_all;`);
    this.addSql(`alter table report_node_month set (autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_vacuum_insert_scale_factor = 0.02);`);
    this.addSql(`analyze report_node_month;`);
    this.addSql(`alter table report_node_month_all set (autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_vacuum_insert_scale_factor = 0.02);`);
    this.addSql(`analyze report_node_month_all;`);
    this.addSql(`alter table report_reach_all set (autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_vacuum_insert_scale_factor = 0.02);`);
    this.addSql(`analyze report_reach_all;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table report_node_day reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor);`,
    );
    this.addSql(
      `alter table report_node_day drop constraint report_node_day_pkey, add constraint report_node_day_pkey primary key (node_id, day, category);`,
    );
    this.addSql(
      `alter table report_node_day_all reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor);`,
    );
    this.addSql(
      `alter table report_node_day_all drop constraint report_node_day_all_pkey, add constraint report_node_day_all_pkey primary key (node_id, day);`,
    );
    this.addSql(
      `alter table report_node_month reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor);`,
    );
    this.addSql(
      `alter table report_node_month drop constraint report_node_month_pkey, add constraint report_node_month_pkey primary key (node_id, dim, month, category, val);`,
    );
    this.addSql(
      `alter table report_node_month_all reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor);`,
    );
    this.addSql(
      `alter table report_node_month_all drop constraint report_node_month_all_pkey, add constraint report_node_month_all_pkey primary key (node_id, dim, month, val);`,
    );
    this.addSql(
      `alter table report_reach_all reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor);`,
    );
    this.addSql(
      `alter table report_reach_all drop constraint report_reach_all_pkey, add constraint report_reach_all_pkey primary key (node_id, kind, start, category);`,
    );
  }
}
