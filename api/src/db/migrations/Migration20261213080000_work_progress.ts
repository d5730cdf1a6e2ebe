import { Migration } from '@mikro-orm/migrations';

/** Progress of long work under a client's key (modules/progress/work-progress.ts). */
export class Migration20261213080000_work_progress extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "work_progress" ("key" uuid not null, "user_id" uuid not null, "kind" text not null, "phase" text not null, "percent" int not null default 0, "rows" int not null default 0, "updated_at" timestamptz not null default now(), constraint "work_progress_pkey" primary key ("key"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "work_progress" cascade;`);
  }
}
