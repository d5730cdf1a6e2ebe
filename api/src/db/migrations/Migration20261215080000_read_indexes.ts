import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for what the console's lists do (docs/read-path.md, issue 16), all partial on live rows, as every
 * read filters `deleted_at is null`:
 * - names sorted in pinyin order (`collate "zh-x-icu"`, then id: the order crud/order.ts renders), so the
 *   first page of people or organizations reads 25 index entries instead of sorting the table;
 * - the default orders (classes and projects by start date, enrolments by creation), and a class's enrolments
 *   newest first for the nested page of the class list;
 * - substring search (`ilike '%…%'`) through trigram indexes: pg_trgm indexes CJK text in this database's
 *   C.UTF-8 locale (show_trgm('书法班12') gives hashed multibyte trigrams), so a three-character search no
 *   longer scans the table. pg_trgm is a trusted extension: the database owner may create it.
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261215080000_read_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create index if not exists "beneficiary_name_pinyin_live" on "beneficiary" ("name" collate "zh-x-icu", "id") where "deleted_at" is null;`,
    );
    this.addSql(
      `create index if not exists "organization_name_pinyin_live" on "organization" ("name" collate "zh-x-icu", "id") where "deleted_at" is null;`,
    );
    this.addSql(
      `create index if not exists "service_class_name_pinyin_live" on "service_class" ("name" collate "zh-x-icu", "id") where "deleted_at" is null;`,
    );
    this.addSql(
      `create index if not exists "service_project_name_pinyin_live" on "service_project" ("name" collate "zh-x-icu", "id") where "deleted_at" is null;`,
    );
    this.addSql(
      `create index if not exists "social_group_name_pinyin_live" on "social_group" ("name" collate "zh-x-icu", "id") where "deleted_at" is null;`,
    );
    this.addSql(
      `create index if not exists "venue_name_pinyin_live" on "venue" ("name" collate "zh-x-icu", "id") where "deleted_at" is null;`,
    );
    this.addSql(`create index if not exists "beneficiary_name_trgm" on "beneficiary" using gin ("name" gin_trgm_ops);`);
    this.addSql(
      `create index if not exists "organization_name_trgm" on "organization" using gin ("name" gin_trgm_ops);`,
    );
    this.addSql(
      `create index if not exists "service_class_name_trgm" on "service_class" using gin ("name" gin_trgm_ops);`,
    );
    this.addSql(
      `create index if not exists "service_project_name_trgm" on "service_project" using gin ("name" gin_trgm_ops);`,
    );
    this.addSql(
      `create index if not exists "social_group_name_trgm" on "social_group" using gin ("name" gin_trgm_ops);`,
    );
    this.addSql(
      `create index if not exists "service_class_starts_on_live" on "service_class" ("starts_on" desc, "id") where "deleted_at" is null;`,
    );
    this.addSql(
      `create index if not exists "service_project_starts_on_live" on "service_project" ("starts_on" desc, "id") where "deleted_at" is null;`,
    );
    this.addSql(
      `create index if not exists "enrollment_created_at_live" on "enrollment" ("created_at" desc, "id") where "deleted_at" is null;`,
    );
    this.addSql(
      `create index if not exists "enrollment_class_created_at_live" on "enrollment" ("class_id", "created_at" desc, "id") where "deleted_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "beneficiary_name_pinyin_live";`);
    this.addSql(`drop index if exists "organization_name_pinyin_live";`);
    this.addSql(`drop index if exists "service_class_name_pinyin_live";`);
    this.addSql(`drop index if exists "service_project_name_pinyin_live";`);
    this.addSql(`drop index if exists "social_group_name_pinyin_live";`);
    this.addSql(`drop index if exists "venue_name_pinyin_live";`);
    this.addSql(`drop index if exists "beneficiary_name_trgm";`);
    this.addSql(`drop index if exists "organization_name_trgm";`);
    this.addSql(`drop index if exists "service_class_name_trgm";`);
    this.addSql(`drop index if exists "service_project_name_trgm";`);
    this.addSql(`drop index if exists "social_group_name_trgm";`);
    this.addSql(`drop index if exists "service_class_starts_on_live";`);
    this.addSql(`drop index if exists "service_project_starts_on_live";`);
    this.addSql(`drop index if exists "enrollment_created_at_live";`);
    this.addSql(`drop index if exists "enrollment_class_created_at_live";`);
  }
}
