import { Migration } from '@mikro-orm/migrations';

/**
 * need_request by creation time, with the columns the report reads: the needs raised in a period's edge days
 * (report.queries.ts needs) were a scan of every need (20,000 on the benchmark's dataset) and are now one
 * index-only range per edge.
 */
export class Migration20261208080000_need_created_at extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "need_request_created_at_index" on "need_request" ("created_at") include ("raised_by_id", "category", "status", "deleted_at", "matched_project_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "need_request_created_at_index";`);
  }
}
