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
export class Migration20261215080000_read_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    for (const table of ['beneficiary', 'organization', 'service_class', 'service_project', 'social_group', 'venue']) {
      this.addSql(
        `create index if not exists "${table}_name_pinyin_live" on "${table}" ("name" collate "zh-x-icu", "id") where "deleted_at" is null;`,
      );
    }
    for (const table of ['beneficiary', 'organization', 'service_class', 'service_project', 'social_group']) {
      this.addSql(
        `create index if not exists "${table}_name_trgm" on "${table}" using gin ("name" gin_trgm_ops);`,
      );
    }
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
    for (const table of ['beneficiary', 'organization', 'service_class', 'service_project', 'social_group', 'venue']) {
      this.addSql(`drop index if exists "${table}_name_pinyin_live";`);
    }
    for (const table of ['beneficiary', 'organization', 'service_class', 'service_project', 'social_group']) {
      this.addSql(`drop index if exists "${table}_name_trgm";`);
    }
    for (const name of [
      'service_class_starts_on_live',
      'service_project_starts_on_live',
      'enrollment_created_at_live',
      'enrollment_class_created_at_live',
    ]) {
      this.addSql(`drop index if exists "${name}";`);
    }
  }
}
