import { Migration } from '@mikro-orm/migrations';

/**
 * Live-row counts of the big tables (issue 16): each write statement appends its net change of live rows
 * (src/db/schema/live-count.functions.ts), so that counting every live enrollment is a sum over a few rows.
 * Started here from the tables as they are.
 */
export class Migration20261228080000_live_count extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "live_count_delta" ("table_name" text not null, "delta" bigint not null);`);
    this.addSql(`create index "live_count_delta_table_name_index" on "live_count_delta" ("table_name");`);
    this.addSql(`insert into "live_count_delta" ("table_name", "delta")
      select 'attendance', count(*) from "attendance" where "deleted_at" is null
      union all select 'beneficiary', count(*) from "beneficiary" where "deleted_at" is null
      union all select 'class_session', count(*) from "class_session" where "deleted_at" is null
      union all select 'enrollment', count(*) from "enrollment" where "deleted_at" is null
      union all select 'service_record', count(*) from "service_record" where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "live_count_delta";`);
  }
}
