import { Migration } from '@mikro-orm/migrations';

export class Migration20261224080000_round_classes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "round_class" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "round_id" uuid not null, "class_id" uuid not null, "label" varchar(8) not null, "places" int not null, "places_drawn" int null, constraint "round_class_pkey" primary key ("id"), constraint round_class_places_drawn_check check (places_drawn >= 0), constraint round_class_places_check check (places >= 0));`,
    );
    this.addSql(`create index "round_class_round_id_index" on "round_class" ("round_id");`);
    this.addSql(`create index "round_class_class_id_index" on "round_class" ("class_id");`);
    this.addSql(
      `alter table "round_class" add constraint "round_class_round_label_unique" unique ("round_id", "label");`,
    );
    this.addSql(
      `alter table "round_class" add constraint "round_class_round_class_unique" unique ("round_id", "class_id");`,
    );

    this.addSql(
      `alter table "round_class" add constraint "round_class_round_id_foreign" foreign key ("round_id") references "application_round" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "round_class" add constraint "round_class_class_id_foreign" foreign key ("class_id") references "service_class" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`alter table "application" add column "preferences" jsonb not null default '[]';`);

    this.addSql(
      `insert into "round_class" ("id", "round_id", "class_id", "label", "places", "places_drawn") select gen_random_uuid(), "id", "class_id", 'A', "places", "places_drawn" from "application_round";`,
    );
    this.addSql(
      `update "application" a set "preferences" = jsonb_build_array(r."class_id") from "application_round" r where r."id" = a."round_id";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "round_class" cascade;`);

    this.addSql(`alter table "application" drop column "preferences";`);
  }
}
