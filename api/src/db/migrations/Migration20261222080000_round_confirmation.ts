import { Migration } from '@mikro-orm/migrations';

export class Migration20261222080000_round_confirmation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notification_outbox" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "kind" text not null, "recipient_id" uuid not null, "subject_id" uuid not null, "payload" jsonb not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "sent_at" timestamptz null, "last_error" text null, constraint "notification_outbox_pkey" primary key ("id"), constraint notification_outbox_attempts_check check (attempts >= 0));`,
    );
    this.addSql(`create index "notification_outbox_recipient_id_index" on "notification_outbox" ("recipient_id");`);
    this.addSql(
      `create index "notification_outbox_status_created_at_index" on "notification_outbox" ("status", "created_at");`,
    );
    this.addSql(
      `alter table "notification_outbox" add constraint "notification_outbox_kind_subject_unique" unique ("kind", "subject_id");`,
    );

    this.addSql(
      `create table "round_objection" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "round_id" uuid not null, "application_id" uuid null, "reason" text not null, "status" text check ("status" in ('OPEN', 'UPHELD', 'DISMISSED')) not null default 'OPEN', "resolution" text null, "resolved_at" timestamptz null, constraint "round_objection_pkey" primary key ("id"), constraint round_objection_resolved_check check ((status = 'OPEN') = (resolved_at is null) and (status = 'OPEN') = (resolution is null)), constraint round_objection_reason_check check (char_length(reason) >= 1 and char_length(reason) <= 500));`,
    );
    this.addSql(`create index "round_objection_round_id_index" on "round_objection" ("round_id");`);
    this.addSql(`create index "round_objection_application_id_index" on "round_objection" ("application_id");`);
    this.addSql(`create index "round_objection_round_id_status_index" on "round_objection" ("round_id", "status");`);

    this.addSql(
      `alter table "notification_outbox" add constraint "notification_outbox_recipient_id_foreign" foreign key ("recipient_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "round_objection" add constraint "round_objection_round_id_foreign" foreign key ("round_id") references "application_round" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "round_objection" add constraint "round_objection_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`alter table "application_round" add column "confirmed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_outbox" cascade;`);

    this.addSql(`drop table if exists "round_objection" cascade;`);

    this.addSql(`alter table "application_round" drop column "confirmed_at";`);
  }
}
