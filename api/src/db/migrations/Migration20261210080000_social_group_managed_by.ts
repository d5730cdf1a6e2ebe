import { Migration } from '@mikro-orm/migrations';

/**
 * Who keeps an entry of the shared directory of social groups (scope-rules.ts WRITE_RULES). Existing
 * groups are given to the organization of their earliest partnership; a group without one is left to
 * platform admins.
 */
export class Migration20261210080000_social_group_managed_by extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "social_group" add column "managed_by_id" uuid null;`);
    this.addSql(
      `alter table "social_group" add constraint "social_group_managed_by_id_foreign" foreign key ("managed_by_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`create index "social_group_managed_by_id_index" on "social_group" ("managed_by_id");`);
    this.addSql(`update social_group g set managed_by_id = (
        select p.organization_id from partnership p
         where p.social_group_id = g.id and p.deleted_at is null
         order by p.since, p.created_at, p.id limit 1)
      where g.managed_by_id is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "social_group" drop constraint "social_group_managed_by_id_foreign";`);
    this.addSql(`drop index "social_group_managed_by_id_index";`);
    this.addSql(`alter table "social_group" drop column "managed_by_id";`);
  }
}
