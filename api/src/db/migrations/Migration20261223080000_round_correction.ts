import { Migration } from '@mikro-orm/migrations';

export class Migration20261223080000_round_correction extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "round_correction" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "round_id" uuid not null, "objection_id" uuid not null, "changes" jsonb not null, "previous_list" jsonb not null, "previous_list_hash" varchar(64) not null, "previous_result_hash" varchar(64) not null, "list_hash" varchar(64) not null, "result_hash" varchar(64) not null, "moves" jsonb not null, constraint "round_correction_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "round_correction_round_id_index" on "round_correction" ("round_id");`);
    this.addSql(`create index "round_correction_objection_id_index" on "round_correction" ("objection_id");`);
    this.addSql(
      `create index "round_correction_round_id_created_at_index" on "round_correction" ("round_id", "created_at");`,
    );
    this.addSql(
      `alter table "round_correction" add constraint "round_correction_objection_unique" unique ("objection_id");`,
    );

    this.addSql(
      `alter table "round_correction" add constraint "round_correction_round_id_foreign" foreign key ("round_id") references "application_round" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "round_correction" add constraint "round_correction_objection_id_foreign" foreign key ("objection_id") references "round_objection" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`alter table "application" drop constraint if exists "application_status_check";`);

    this.addSql(
      `alter table "application" add constraint "application_status_check" check("status" in ('APPLIED', 'WITHDRAWN', 'WON', 'WAITLISTED', 'DISQUALIFIED'));`,
    );

    this.addSql(`drop index "application_round_open_unique";`);
    this.addSql(
      `create unique index "application_round_open_unique" on "application_round" ("class_id") where "deleted_at" is null and "status" in ('OPEN', 'DRAWN');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "application_round_open_unique";`);
    this.addSql(
      `create unique index "application_round_open_unique" on "application_round" ("class_id") where "deleted_at" is null and "status" = 'OPEN';`,
    );

    this.addSql(`drop table if exists "round_correction" cascade;`);

    this.addSql(`alter table "application" drop constraint if exists "application_status_check";`);

    this.addSql(
      `alter table "application" add constraint "application_status_check" check("status" in ('APPLIED', 'WITHDRAWN', 'WON', 'WAITLISTED'));`,
    );
  }
}
