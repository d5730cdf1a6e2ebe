import { Migration } from '@mikro-orm/migrations';

export class Migration20261208080000_need_created_at extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "need_request_created_at_index" on "need_request" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "need_request_created_at_index";`);
  }

}
