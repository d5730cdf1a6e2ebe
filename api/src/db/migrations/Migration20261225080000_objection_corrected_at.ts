import { Migration } from '@mikro-orm/migrations';

export class Migration20261225080000_objection_corrected_at extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "round_objection" add column "corrected_at" timestamptz null;`);
    this.addSql(
      `update "round_objection" o set "corrected_at" = c."created_at" from "round_correction" c where c."objection_id" = o."id";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "round_objection" drop column "corrected_at";`);
  }
}
