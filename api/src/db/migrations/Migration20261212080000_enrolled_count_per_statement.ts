import { Migration } from '@mikro-orm/migrations';

/**
 * service_class.enrolled_count kept per statement instead of per row: one UPDATE of the class for a
 * statement that inserts, changes or removes many enrolments (a roster import of 2,000 rows inserts them
 * in batches of a few hundred). Per row, a batch updated the same class row once per enrolment — a chain
 * of row versions in one transaction, and the report's statement trigger on service_class ran (and scanned
 * the class's enrolments) each time. The rule is the same: the count of live ENROLLED enrolments, with the
 * CHECK 0 <= enrolled_count <= capacity holding after every statement.
 */
export class Migration20261212080000_enrolled_count_per_statement extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger if exists enrollment_sync_enrolled_count on enrollment;`);
    this.addSql(`drop function if exists enrollment_sync_enrolled_count();`);
    this.addSql(`
create function enrollment_sync_enrolled_count_ins() returns trigger language plpgsql as $$
begin
  update service_class c set enrolled_count = c.enrolled_count + d.n
    from (select class_id, count(*)::int as n from enrollment_new
           where status = 'ENROLLED' and deleted_at is null group by class_id) d
   where c.id = d.class_id;
  return null;
end $$;`);
    this.addSql(`
create function enrollment_sync_enrolled_count_del() returns trigger language plpgsql as $$
begin
  update service_class c set enrolled_count = c.enrolled_count - d.n
    from (select class_id, count(*)::int as n from enrollment_old
           where status = 'ENROLLED' and deleted_at is null group by class_id) d
   where c.id = d.class_id;
  return null;
end $$;`);
    this.addSql(`
create function enrollment_sync_enrolled_count_upd() returns trigger language plpgsql as $$
begin
  -- The net change per class: rows that became live ENROLLED count +1, rows that stopped being so -1.
  with delta as (
    select class_id, sum(n)::int as n from (
      select class_id, 1 as n from enrollment_new where status = 'ENROLLED' and deleted_at is null
      union all
      select class_id, -1 from enrollment_old where status = 'ENROLLED' and deleted_at is null
    ) x group by class_id having sum(n) <> 0
  )
  update service_class c set enrolled_count = c.enrolled_count + delta.n from delta where c.id = delta.class_id;
  return null;
end $$;`);
    this.addSql(`
create trigger enrollment_sync_enrolled_count_ins after insert on enrollment
  referencing new table as enrollment_new for each statement execute function enrollment_sync_enrolled_count_ins();`);
    this.addSql(`
create trigger enrollment_sync_enrolled_count_del after delete on enrollment
  referencing old table as enrollment_old for each statement execute function enrollment_sync_enrolled_count_del();`);
    this.addSql(`
create trigger enrollment_sync_enrolled_count_upd after update on enrollment
  referencing old table as enrollment_old new table as enrollment_new
  for each statement execute function enrollment_sync_enrolled_count_upd();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists enrollment_sync_enrolled_count_ins on enrollment;`);
    this.addSql(`drop trigger if exists enrollment_sync_enrolled_count_del on enrollment;`);
    this.addSql(`drop trigger if exists enrollment_sync_enrolled_count_upd on enrollment;`);
    this.addSql(`drop function if exists enrollment_sync_enrolled_count_ins();`);
    this.addSql(`drop function if exists enrollment_sync_enrolled_count_del();`);
    this.addSql(`drop function if exists enrollment_sync_enrolled_count_upd();`);
    this.addSql(`
create function enrollment_sync_enrolled_count() returns trigger language plpgsql as $$
declare
  was_live boolean := tg_op <> 'INSERT' and old.status = 'ENROLLED' and old.deleted_at is null;
  is_live boolean := tg_op <> 'DELETE' and new.status = 'ENROLLED' and new.deleted_at is null;
begin
  if was_live and (not is_live or old.class_id <> new.class_id) then
    update service_class set enrolled_count = enrolled_count - 1 where id = old.class_id;
  end if;
  if is_live and (not was_live or old.class_id <> new.class_id) then
    update service_class set enrolled_count = enrolled_count + 1 where id = new.class_id;
  end if;
  return null;
end $$;`);
    this.addSql(`
create trigger enrollment_sync_enrolled_count after insert or delete or update of status, deleted_at, class_id on enrollment
  for each row execute function enrollment_sync_enrolled_count();`);
  }
}
