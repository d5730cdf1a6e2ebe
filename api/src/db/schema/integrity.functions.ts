import { declareFunctions } from './declared';

/**
 * The domain's own rules kept by the database, whoever writes: attendance only within its session and never
 * after verification, attendance's session_day always its session's date (the later partition key), a session
 * held once attended, audit events append-only, a class's enrolled count kept per statement, need and project
 * status transitions, organization paths and moves, and the notification that a caller's account or
 * organization changed (cached principals drop it).
 */
export const integrityFunctions = declareFunctions([
  `CREATE OR REPLACE FUNCTION public.attendance_guard()
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
end $function$`,
  `CREATE OR REPLACE FUNCTION public.attendance_marks_session_held()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if new.deleted_at is null then
    update class_session set status = 'HELD' where id = new.session_id and status = 'SCHEDULED';
  end if;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.class_session_day_moved()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  update attendance set session_day = new.date where session_id = new.id and session_day <> new.date;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.audit_event_append_only()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  raise exception 'audit events cannot be changed or deleted' using errcode = 'insufficient_privilege';
end $function$`,
  `CREATE OR REPLACE FUNCTION public.enrollment_sync_enrolled_count_del()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  update service_class c set enrolled_count = c.enrolled_count - d.n
    from (select class_id, count(*)::int as n from enrollment_old
           where status = 'ENROLLED' and deleted_at is null group by class_id) d
   where c.id = d.class_id;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.enrollment_sync_enrolled_count_ins()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  update service_class c set enrolled_count = c.enrolled_count + d.n
    from (select class_id, count(*)::int as n from enrollment_new
           where status = 'ENROLLED' and deleted_at is null group by class_id) d
   where c.id = d.class_id;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.enrollment_sync_enrolled_count_upd()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
end $function$`,
  `CREATE OR REPLACE FUNCTION public.linli_caller_changed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if tg_table_name = 'organization' then
    perform pg_notify('linli_caller', '*');
  elsif tg_table_name = 'refresh_token' then
    perform pg_notify('linli_caller', old.user_id::text);
  else
    perform pg_notify('linli_caller', old.id::text);
  end if;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.need_request_status_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if new.status is distinct from old.status and not (
       (old.status = 'OPEN' and new.status = 'MATCHED')
    or (old.status = 'MATCHED' and new.status = 'IN_PROGRESS')
    or (old.status = 'IN_PROGRESS' and new.status = 'FULFILLED')
    or (old.status in ('OPEN', 'MATCHED', 'IN_PROGRESS') and new.status = 'CLOSED')) then
    raise exception 'a need cannot move from % to %', old.status, new.status
      using errcode = 'check_violation', constraint = 'need_request_status_transition';
  end if;
  return new;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.organization_move_subtree()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  update organization set path = new.path || substr(path, length(old.path) + 1)
   where path like old.path || '_%' and id <> new.id;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.organization_set_path()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
declare
  parent_path text;
begin
  if new.parent_id is null then
    new.path := '/' || new.id || '/';
  else
    select path into parent_path from organization where id = new.parent_id;
    if parent_path is null then
      raise exception 'parent organization % does not exist', new.parent_id
        using errcode = 'foreign_key_violation', constraint = 'organization_parent_id_foreign';
    end if;
    if position('/' || new.id || '/' in parent_path) > 0 then
      raise exception 'an organization cannot be placed under itself or its own descendant'
        using errcode = 'check_violation', constraint = 'organization_parent_id_no_cycle';
    end if;
    new.path := parent_path || new.id || '/';
  end if;
  return new;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.service_project_no_cycle()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if exists (
    with recursive up (id, parent_id) as (
      select p.id, p.parent_id from service_project p where p.id = new.parent_id
      union
      select p.id, p.parent_id from service_project p join up on p.id = up.parent_id
    )
    select 1 from up where up.id = new.id) then
    raise exception 'a project cannot be placed under itself or one of its sub-projects'
      using errcode = 'check_violation', constraint = 'service_project_parent_id_no_cycle';
  end if;
  return new;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.service_project_status_transition()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if new.status is distinct from old.status and not (
       (old.status, new.status) in (
         ('DRAFT', 'SUBMITTED'), ('SUBMITTED', 'APPROVED'), ('SUBMITTED', 'REJECTED'), ('REJECTED', 'DRAFT'),
         ('APPROVED', 'ACTIVE'), ('ACTIVE', 'COMPLETED'))
       or (new.status = 'CANCELLED' and old.status not in ('COMPLETED', 'CANCELLED'))) then
    raise exception 'a project cannot move from % to %', old.status, new.status
      using errcode = 'check_violation', constraint = 'service_project_status_transition';
  end if;
  return new;
end $function$`,
]);
