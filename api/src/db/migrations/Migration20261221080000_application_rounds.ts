import { Migration } from '@mikro-orm/migrations';

export class Migration20261221080000_application_rounds extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "application_round" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "class_id" uuid not null, "opens_at" timestamptz not null, "closes_at" timestamptz not null, "places" int not null, "notice_days" int not null default 7, "tier_rules" jsonb not null default '[]', "seed_hash" varchar(64) not null, "seed" varchar(64) not null, "status" text check ("status" in ('OPEN', 'DRAWN', 'CONFIRMED', 'CANCELLED')) not null default 'OPEN', "application_count" int not null default 0, "places_drawn" int null, "drawn_at" timestamptz null, "list_hash" varchar(64) null, "result_hash" varchar(64) null, "notice_ends_at" timestamptz null, constraint "application_round_pkey" primary key ("id"), constraint application_round_places_drawn_check check (places_drawn >= 0), constraint application_round_application_count_check check (application_count >= 0), constraint application_round_notice_days_check check (notice_days >= 1 and notice_days <= 30), constraint application_round_places_check check (places > 0), constraint application_round_closes_at_check check (closes_at > opens_at));`,
    );
    this.addSql(`create index "application_round_class_id_index" on "application_round" ("class_id");`);
    this.addSql(`create index "application_round_closes_at_index" on "application_round" ("closes_at");`);
    this.addSql(
      `create unique index "application_round_open_unique" on "application_round" ("class_id") where "deleted_at" is null and "status" = 'OPEN';`,
    );

    this.addSql(
      `create table "application" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "round_id" uuid not null, "beneficiary_id" uuid not null, "applicant_id" uuid null, "number" varchar(12) not null, "tier" int not null, "sibling_group" varchar(40) null, "days_booked" int not null, "status" text check ("status" in ('APPLIED', 'WITHDRAWN', 'WON', 'WAITLISTED')) not null default 'APPLIED', "draw_position" int null, "enrollment_id" uuid null, "withdrawn_at" timestamptz null, constraint "application_pkey" primary key ("id"), constraint application_draw_position_check check (draw_position >= 1), constraint application_days_booked_check check (days_booked >= 1), constraint application_tier_check check (tier >= 1));`,
    );
    this.addSql(`create index "application_round_id_index" on "application" ("round_id");`);
    this.addSql(`create index "application_beneficiary_id_index" on "application" ("beneficiary_id");`);
    this.addSql(`create index "application_applicant_id_index" on "application" ("applicant_id");`);
    this.addSql(`create index "application_enrollment_id_index" on "application" ("enrollment_id");`);
    this.addSql(`create index "application_status_index" on "application" ("status");`);
    this.addSql(
      `create unique index "application_live_unique" on "application" ("round_id", "beneficiary_id") where "deleted_at" is null and "status" <> 'WITHDRAWN';`,
    );
    this.addSql(
      `alter table "application" add constraint "application_round_number_unique" unique ("round_id", "number");`,
    );

    this.addSql(
      `alter table "application_round" add constraint "application_round_class_id_foreign" foreign key ("class_id") references "service_class" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "application" add constraint "application_round_id_foreign" foreign key ("round_id") references "application_round" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_applicant_id_foreign" foreign key ("applicant_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_enrollment_id_foreign" foreign key ("enrollment_id") references "enrollment" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "application" drop constraint "application_round_id_foreign";`);

    this.addSql(`drop table if exists "application_round" cascade;`);

    this.addSql(`drop table if exists "application" cascade;`);
  }
}
