import { Migration } from '@mikro-orm/migrations';

/**
 * Service projects join the live-row counts (issue 16): the project list's count of every live project was a
 * third of its statement's cost. Its triggers are declared in source (src/db/schema/live-count.functions.ts)
 * and applied after the migrations; the count starts here from the table as it is.
 */
export class Migration20261229080000_live_count_projects extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from "live_count_delta" where "table_name" = 'service_project';`);
    this.addSql(`insert into "live_count_delta" ("table_name", "delta")
      select 'service_project', count(*) from "service_project" where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "live_count_delta" where "table_name" = 'service_project';`);
  }
}
