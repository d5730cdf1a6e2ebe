import { Migration } from '@mikro-orm/migrations';

export class Migration20261122084511_beneficiary_registered_by_group extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "beneficiary" add column "registered_by_group_id" uuid null;`);
    this.addSql(
      `alter table "beneficiary" add constraint "beneficiary_registered_by_group_id_foreign" foreign key ("registered_by_group_id") references "social_group" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`create index "beneficiary_registered_by_group_id_index" on "beneficiary" ("registered_by_group_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "beneficiary" drop constraint "beneficiary_registered_by_group_id_foreign";`);

    this.addSql(`drop index "beneficiary_registered_by_group_id_index";`);
    this.addSql(`alter table "beneficiary" drop column "registered_by_group_id";`);
  }
}
