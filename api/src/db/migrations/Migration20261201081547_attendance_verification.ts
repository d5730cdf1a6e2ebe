import { Migration } from '@mikro-orm/migrations';

/**
 * 考勤核验 columns, and the attendance rules the database keeps whatever client writes:
 * - the enrolment belongs to the session's class (attendance_enrollment_id_class_match);
 * - the person who picked someone up is a live guardian of theirs with may_pick_up
 *   (attendance_picked_up_by_id_authorized), checked when the row is written, so a later change
 *   of the guardianship leaves history alone;
 * - attendance of a verified session is frozen (attendance_session_id_verified);
 * - the first live attendance row of a SCHEDULED session marks it HELD (场次 counts held sessions).
 */
export class Migration20261201081547_attendance_verification extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "class_session" add column "attendance_verified_at" timestamptz null, add column "attendance_verified_by_id" uuid null;`,
    );
    this.addSql(
      `alter table "class_session" add constraint "class_session_attendance_verified_by_id_foreign" foreign key ("attendance_verified_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `create index "class_session_attendance_verified_by_id_index" on "class_session" ("attendance_verified_by_id");`,
    );
    this.addSql(`
create function attendance_guard() returns trigger language plpgsql as $$
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
  select class_id, attendance_verified_at into s from class_session where id = new.session_id;
  select class_id, beneficiary_id into e from enrollment where id = new.enrollment_id;
  if s.class_id is null or e.class_id is null then
    return new; -- the foreign keys report a missing session or enrolment
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
end $$;`);
    this.addSql(`
create trigger attendance_guard before insert or update or delete on attendance
  for each row execute function attendance_guard();`);
    this.addSql(`
create function attendance_marks_session_held() returns trigger language plpgsql as $$
begin
  if new.deleted_at is null then
    update class_session set status = 'HELD' where id = new.session_id and status = 'SCHEDULED';
  end if;
  return null;
end $$;`);
    this.addSql(`
create trigger attendance_marks_session_held after insert or update of deleted_at, session_id on attendance
  for each row execute function attendance_marks_session_held();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists attendance_marks_session_held on attendance;');
    this.addSql('drop function if exists attendance_marks_session_held();');
    this.addSql('drop trigger if exists attendance_guard on attendance;');
    this.addSql('drop function if exists attendance_guard();');
    this.addSql(`alter table "class_session" drop constraint "class_session_attendance_verified_by_id_foreign";`);

    this.addSql(`drop index "class_session_attendance_verified_by_id_index";`);
    this.addSql(
      `alter table "class_session" drop column "attendance_verified_at", drop column "attendance_verified_by_id";`,
    );
  }
}
