import { Migration } from '@mikro-orm/migrations';

/** 早退: a check-out more than 15 minutes before the session's end is marked (attendance.rules.ts). */
export class Migration20261216080000_attendance_left_early extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "attendance" add column "left_early" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "attendance" drop column "left_early";`);
  }
}
