import { Migration } from '@mikro-orm/migrations';

/** Sign-in attempts per account and per address (modules/account/throttle.ts). */
export class Migration20261211080000_auth_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "auth_throttle" ("key" text not null, "attempts" int not null default 0, "window_start" timestamptz not null default now(), constraint "auth_throttle_pkey" primary key ("key"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "auth_throttle" cascade;`);
  }
}
