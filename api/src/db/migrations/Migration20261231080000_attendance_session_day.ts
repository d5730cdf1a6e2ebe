import { Migration } from '@mikro-orm/migrations';

/**
 * The session's day on every attendance row and in its keys, so that `attendance` can later be partitioned
 * by month without changing a key (a partitioned table's primary and unique keys must hold the partition
 * column; docs/scaling.md). The database keeps it equal to the session's date (attendance_guard on every
 * write, class_session_day_moved when a session moves). The ORM does not map it (mikro-orm.config.ts): ids
 * stay unique on their own (UUID v7), so reads and writes by id are unchanged.
 * The backfill runs with the table's triggers off: verified sessions' rows are frozen by attendance_guard,
 * and the day is derived, not a change the report summaries must see.
 */
const INDEXES = [
  ...['session_id', 'enrollment_id', 'picked_up_by_id', 'recorded_by_id', 'status'].map((column) => ({
    name: `attendance_${column}_index`,
    create: `create index "attendance_${column}_index" on "attendance" ("${column}");`,
  })),
  {
    name: 'attendance_enrollment_id_live_unique',
    create: `create unique index "attendance_enrollment_id_live_unique" on "attendance" ("session_id", "enrollment_id", "session_day") where "deleted_at" is null;`,
  },
];

export class Migration20261231080000_attendance_session_day extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "attendance" add column "session_day" date null;`);
    // The backfill rewrites every row: done without the indexes, which are built afterwards, instead of
    // maintaining seven indexes row by row (times in docs/scaling.md).
    for (const index of INDEXES) this.addSql(`drop index "${index.name}";`);
    this.addSql(`alter table "attendance" drop constraint "attendance_pkey";`);
    this.addSql(`alter table "attendance" disable trigger user;`);
    this.addSql(
      `update "attendance" a set "session_day" = s."date" from "class_session" s where s."id" = a."session_id";`,
    );
    this.addSql(`alter table "attendance" enable trigger user;`);
    this.addSql(`alter table "attendance" alter column "session_day" set not null;`);
    this.addSql(`alter table "attendance" add constraint "attendance_pkey" primary key ("id", "session_day");`);
    for (const index of INDEXES) this.addSql(index.create);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "attendance_enrollment_id_live_unique";`);
    this.addSql(
      `create unique index "attendance_enrollment_id_live_unique" on "attendance" ("session_id", "enrollment_id") where "deleted_at" is null;`,
    );
    this.addSql(
      `alter table "attendance" drop constraint "attendance_pkey", add constraint "attendance_pkey" primary key ("id");`,
    );
    this.addSql(`alter table "attendance" drop column "session_day";`);
  }
}
