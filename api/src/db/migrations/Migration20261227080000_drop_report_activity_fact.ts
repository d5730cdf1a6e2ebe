import { Migration } from '@mikro-orm/migrations';

/**
 * report_activity_fact goes (issue 19 item 1): the facts are generated from their model
 * (src/modules/report/model/facts.ts) as report_fact alone. A fresh database has the view from older
 * migrations; report_fact, built on it there, goes with it and is created again from its declaration
 * by the step that follows the migrations.
 */
export class Migration20261227080000_drop_report_activity_fact extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop view if exists report_activity_fact cascade;`);
  }

  override async down(): Promise<void> {
    // Nothing to put back: the views are declarations of the older source, whose own apply step
    // (src/db/schema/apply.ts) creates them again after the migrations.
  }
}
