import { Migration } from '@mikro-orm/migrations';

/**
 * The session's day on every attendance row and in its keys, so that `attendance` can later be partitioned
 * by month without changing a key (a partitioned table's primary and unique keys must hold the partition
 * column; docs/scaling.md). The database keeps it equal to the session's date (attendance_guard on every
 * write, class_session_day_moved when a session moves). The ORM does not map it (schema-generator.ts): ids
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
    // The guard that fills the day and the cascade that moves it, as src/db/schema declared them on this
    // date, in this transaction: between its commit and the declared step that follows (which then finds them
    // as declared), a write of a previous build still serving must not meet the new column with the old guard.
    this.addSql(`CREATE OR REPLACE FUNCTION public.attendance_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
declare
  s record;
  e record;
begin
  if tg_op <> 'INSERT' and exists (
    select 1 from class_session where id = old.session_id and attendance_verified_at is not null) then
    raise exception 'attendance of a verified session cannot change'
      using errcode = 'check_violation', constraint = 'attendance_session_id_verified';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  select class_id, date, attendance_verified_at into s from class_session where id = new.session_id;
  new.session_day := s.date;
  select class_id, beneficiary_id into e from enrollment where id = new.enrollment_id;
  if s.class_id is null or e.class_id is null then
    return new; -- the foreign keys report a missing session or enrollment
  end if;
  if s.attendance_verified_at is not null then
    raise exception 'attendance of a verified session cannot change'
      using errcode = 'check_violation', constraint = 'attendance_session_id_verified';
  end if;
  if e.class_id <> s.class_id then
    raise exception 'the enrollment does not belong to the class of the session'
      using errcode = 'check_violation', constraint = 'attendance_enrollment_id_class_match';
  end if;
  if new.picked_up_by_id is not null
     and (tg_op = 'INSERT' or new.picked_up_by_id is distinct from old.picked_up_by_id
          or new.enrollment_id <> old.enrollment_id)
     and not exists (
       select 1 from guardianship g
        where g.guardian_id = new.picked_up_by_id and g.ward_id = e.beneficiary_id
          and g.may_pick_up and g.deleted_at is null) then
    raise exception 'the person who picked up is not a guardian allowed to pick up'
      using errcode = 'check_violation', constraint = 'attendance_picked_up_by_id_authorized';
  end if;
  return new;
end $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION public.class_session_day_moved()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  update attendance set session_day = new.date where session_id = new.id and session_day <> new.date;
  return null;
end $function$`);
    this.addSql(`drop trigger if exists class_session_day_moved on public.class_session;`);
    this.addSql(
      `CREATE TRIGGER class_session_day_moved AFTER UPDATE OF date ON public.class_session FOR EACH ROW WHEN ((old.date IS DISTINCT FROM new.date)) EXECUTE FUNCTION class_session_day_moved()`,
    );
  }

  /** The functions and triggers go back to the previous build's declared step when it starts. */
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
