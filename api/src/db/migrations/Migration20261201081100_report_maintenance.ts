import { Migration } from '@mikro-orm/migrations';

/**
 * How the report summaries stay exact (README "Reports → maintenance"): refresh after commit, by key.
 *
 * - Writes only mark keys: statement-level triggers with transition tables on every raw table a fact
 *   depends on put the (project, day) keys a statement touched into report_dirty, whoever wrote (CRUD,
 *   domain mutations, direct SQL, bulk loads). A write never waits on a hot summary row and two roster
 *   saves cannot deadlock on them.
 * - report_flush() claims the dirty keys and recomputes exactly those keys from the fact views: days, their
 *   months, the people of those project-months, and the distinct-people counts (report_member /
 *   report_reach) by the difference between the old and new people of each project-month. Every report
 *   read calls it first, so a report is always exact; it is serialized by an advisory lock.
 * - Changes that move distinct-people counts between organizations or categories (a project's sponsor,
 *   category or deletion; an organization moved in the tree) shift report_member at once, in the writer's
 *   transaction (rare, admin-sized operations).
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261201081100_report_maintenance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function report_t_init() returns void language plpgsql as $$
begin
  create temp table if not exists report_t_keys (project_id uuid, day date) on commit delete rows;
  create temp table if not exists report_t_months (project_id uuid, month date) on commit delete rows;
  create temp table if not exists report_t_new (project_id uuid, month date, beneficiary_id uuid, age_band text,
    gender text, ben_cat text) on commit delete rows;
  create temp table if not exists report_t_pm (project_id uuid, month date, beneficiary_id uuid, gender text,
    ben_cat text, path text, category text, delta int) on commit delete rows;
end $$;`);
    this.addSql(`
create function report_member_expand(path text, month date, category text)
  returns table (node_id uuid, kind text, start date, cat text) language sql immutable as $$
  select n.node_id, case when n.own then lower(k.kind) else k.kind end, k.start, c.cat
    from (select x::uuid as node_id, false as own from unnest(string_to_array(trim(both '/' from path), '/')) x
          union all select '00000000-0000-0000-0000-000000000000'::uuid, false
          union all select (regexp_match(path, '([^/]+)/$'))[1]::uuid, true) n
   cross join (values ('M', month), ('Q', date_trunc('quarter', month)::date), ('Y', date_trunc('year', month)::date)) k(kind, start)
   cross join (values (''), (category)) c(cat) $$;`);
    this.addSql(`
create function report_member_apply() returns void language plpgsql as $$
begin
  with contrib as (
    select x.node_id, x.kind, x.start, x.cat as category, d.beneficiary_id, d.gender, d.ben_cat, sum(d.delta)::int as delta
      from report_t_pm d cross join lateral report_member_expand(d.path, d.month, d.category) x
     group by 1, 2, 3, 4, 5, 6, 7 having sum(d.delta) <> 0
  ), cur as (
    select c.*, coalesce(m.refs, 0) as old_refs from contrib c left join report_member m using (node_id, kind, start, category, beneficiary_id, gender, ben_cat)
  ), gone as (
    delete from report_member m using cur where cur.old_refs + cur.delta = 0
       and (m.node_id, m.kind, m.start, m.category, m.beneficiary_id, m.gender, m.ben_cat)
         = (cur.node_id, cur.kind, cur.start, cur.category, cur.beneficiary_id, cur.gender, cur.ben_cat)
  ), kept as (
    insert into report_member (node_id, kind, start, category, beneficiary_id, gender, ben_cat, refs)
    select node_id, kind, start, category, beneficiary_id, gender, ben_cat, old_refs + delta from cur where old_refs + delta <> 0
    on conflict (node_id, kind, start, category, beneficiary_id, gender, ben_cat) do update set refs = excluded.refs
  )
  insert into report_reach (node_id, kind, start, category, gender, ben_cat, people)
  select node_id, kind, start, category, gender, ben_cat,
         sum(case when old_refs = 0 then 1 when old_refs + delta = 0 then -1 else 0 end)
    from cur group by 1, 2, 3, 4, 5, 6
  having sum(case when old_refs = 0 then 1 when old_refs + delta = 0 then -1 else 0 end) <> 0
  on conflict (node_id, kind, start, category, gender, ben_cat) do update set people = report_reach.people + excluded.people;
  delete from report_t_pm;
end $$;`);
    this.addSql(`
create function report_flush() returns int language plpgsql as $$
declare n int;
begin
  perform pg_advisory_xact_lock(7250101);
  perform report_t_init();
  with claimed as (delete from report_dirty returning project_id, day)
  insert into report_t_keys select distinct project_id, day from claimed;
  get diagnostics n = row_count;
  if n = 0 then return 0; end if;
  insert into report_t_months select distinct project_id, date_trunc('month', day)::date from report_t_keys;

  delete from report_day r using report_t_keys k where r.project_id = k.project_id and r.day = k.day;
  insert into report_day
  select f.project_id, f.day, f.gender, f.age_band, f.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen),
  sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled)
    from report_t_keys k join report_fact f on f.project_id = k.project_id and f.day = k.day
   group by 1, 2, 3, 4, 5;
  delete from report_month r using report_t_months k where r.project_id = k.project_id and r.month = k.month;
  insert into report_month
  select r.project_id, k.month, r.gender, r.age_band, r.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen),
  sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled)
    from report_t_months k join report_day r on r.project_id = k.project_id
     and r.day >= k.month and r.day < (k.month + interval '1 month')::date
   group by 1, 2, 3, 4, 5;

  insert into report_t_new
  select distinct f.project_id, date_trunc('month', f.day)::date, f.beneficiary_id, f.age_band, f.gender, f.ben_cat
    from report_t_months k join report_person_fact f on f.project_id = k.project_id
     and f.day >= k.month and f.day < (k.month + interval '1 month')::date;
  with old as (select pm.* from report_person_month pm join report_t_months k using (project_id, month)),
       d as ((select *, 1 as delta from (select * from report_t_new except select * from old) a)
             union all (select *, -1 from (select * from old except select * from report_t_new) r))
  insert into report_t_pm
  select d.project_id, d.month, d.beneficiary_id, d.gender, d.ben_cat, o.path, p.category, d.delta
    from d join service_project p on p.id = d.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id;
  delete from report_person_month pm using report_t_months k where pm.project_id = k.project_id and pm.month = k.month;
  insert into report_person_month select * from report_t_new;
  perform report_member_apply();
  delete from report_t_keys; delete from report_t_months; delete from report_t_new;
  return n;
end $$;`);
    this.addSql(`
create function report_rebuild() returns void language plpgsql as $$
begin
  perform pg_advisory_xact_lock(7250101);
  truncate report_day, report_month, report_person_month, report_member, report_reach, report_dirty;
  insert into report_day select project_id, day, gender, age_band, ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen),
  sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled) from report_fact group by 1, 2, 3, 4, 5;
  insert into report_month select project_id, date_trunc('month', day)::date, gender, age_band, ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen),
  sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled)
    from report_day group by 1, 2, 3, 4, 5;
  insert into report_person_month
  select distinct project_id, date_trunc('month', day)::date, beneficiary_id, age_band, gender, ben_cat from report_person_fact;
  insert into report_member (node_id, kind, start, category, beneficiary_id, gender, ben_cat, refs)
  select x.node_id, x.kind, x.start, x.cat, pm.beneficiary_id, pm.gender, pm.ben_cat, count(*)
    from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id
   cross join lateral report_member_expand(o.path, pm.month, p.category) x
   group by 1, 2, 3, 4, 5, 6, 7;
  insert into report_reach select node_id, kind, start, category, gender, ben_cat, count(*) from report_member group by 1, 2, 3, 4, 5, 6;
end $$;`);
    this.addSql(`
create function report_member_shift(p_project uuid, old_path text, old_cat text, new_path text, new_cat text)
  returns void language plpgsql as $$
begin
  perform pg_advisory_xact_lock(7250101);
  perform report_t_init();
  insert into report_t_pm
  select pm.project_id, pm.month, pm.beneficiary_id, pm.gender, pm.ben_cat, v.path, v.cat, v.delta
    from report_person_month pm
   cross join (values (old_path, old_cat, -1), (new_path, new_cat, 1)) v(path, cat, delta)
   where pm.project_id = p_project and v.path is not null;
  perform report_member_apply();
end $$;`);
    this.addSql(`
create function report_project_moved() returns trigger language plpgsql as $$
begin
  perform report_member_shift(new.id,
    case when old.deleted_at is null then (select path from organization where id = old.sponsor_id) end, old.category,
    case when new.deleted_at is null then (select path from organization where id = new.sponsor_id) end, new.category);
  return null;
end $$;`);
    this.addSql(`
create trigger report_project_moved after update on service_project for each row
  when (old.sponsor_id is distinct from new.sponsor_id or old.category is distinct from new.category
        or (old.deleted_at is null) <> (new.deleted_at is null))
  execute function report_project_moved();`);
    this.addSql(`
create function report_organization_moved() returns trigger language plpgsql as $$
declare p record;
begin
  for p in select id, category from service_project where sponsor_id = new.id and deleted_at is null loop
    perform report_member_shift(p.id, old.path, p.category, new.path, p.category);
  end loop;
  return null;
end $$;`);
    this.addSql(`
create trigger report_organization_moved after update on organization for each row
  when (old.path is distinct from new.path) execute function report_organization_moved();`);
    this.addSql(`
create function report_mark_attendance() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then insert into report_dirty select c.project_id, s.date from old_rows a join class_session s on s.id = a.session_id
       join service_class c on c.id = s.class_id; end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_dirty select c.project_id, s.date from new_rows a join class_session s on s.id = a.session_id
       join service_class c on c.id = s.class_id; end if;
  return null;
end $$;`);
    this.addSql(`create trigger report_mark_attendance_ins after insert on attendance referencing new table as new_rows
  for each statement execute function report_mark_attendance();`);
    this
      .addSql(`create trigger report_mark_attendance_upd after update on attendance referencing old table as old_rows new table as new_rows
  for each statement execute function report_mark_attendance();`);
    this.addSql(`create trigger report_mark_attendance_del after delete on attendance referencing old table as old_rows
  for each statement execute function report_mark_attendance();`);
    this.addSql(`
create function report_mark_class_session() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then insert into report_dirty select c.project_id, s.date from old_rows s join service_class c on c.id = s.class_id; end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_dirty select c.project_id, s.date from new_rows s join service_class c on c.id = s.class_id; end if;
  return null;
end $$;`);
    this
      .addSql(`create trigger report_mark_class_session_ins after insert on class_session referencing new table as new_rows
  for each statement execute function report_mark_class_session();`);
    this
      .addSql(`create trigger report_mark_class_session_upd after update on class_session referencing old table as old_rows new table as new_rows
  for each statement execute function report_mark_class_session();`);
    this
      .addSql(`create trigger report_mark_class_session_del after delete on class_session referencing old table as old_rows
  for each statement execute function report_mark_class_session();`);
    this.addSql(`
create function report_mark_service_record() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then insert into report_dirty select r.project_id, report_day_of(r.occurred_at) from old_rows r; end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_dirty select r.project_id, report_day_of(r.occurred_at) from new_rows r; end if;
  return null;
end $$;`);
    this
      .addSql(`create trigger report_mark_service_record_ins after insert on service_record referencing new table as new_rows
  for each statement execute function report_mark_service_record();`);
    this
      .addSql(`create trigger report_mark_service_record_upd after update on service_record referencing old table as old_rows new table as new_rows
  for each statement execute function report_mark_service_record();`);
    this
      .addSql(`create trigger report_mark_service_record_del after delete on service_record referencing old table as old_rows
  for each statement execute function report_mark_service_record();`);
    this.addSql(`
create function report_mark_enrollment() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then insert into report_dirty select c.project_id, d from old_rows e join service_class c on c.id = e.class_id
       cross join lateral (values (report_day_of(coalesce(e.enrolled_at, e.created_at))), (report_day_of(e.created_at)),
         (c.starts_on)) v(d)
     union select c.project_id, s.date from old_rows e join attendance a on a.enrollment_id = e.id
       join class_session s on s.id = a.session_id join service_class c on c.id = s.class_id; end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_dirty select c.project_id, d from new_rows e join service_class c on c.id = e.class_id
       cross join lateral (values (report_day_of(coalesce(e.enrolled_at, e.created_at))), (report_day_of(e.created_at)),
         (c.starts_on)) v(d)
     union select c.project_id, s.date from new_rows e join attendance a on a.enrollment_id = e.id
       join class_session s on s.id = a.session_id join service_class c on c.id = s.class_id; end if;
  return null;
end $$;`);
    this.addSql(`create trigger report_mark_enrollment_ins after insert on enrollment referencing new table as new_rows
  for each statement execute function report_mark_enrollment();`);
    this
      .addSql(`create trigger report_mark_enrollment_upd after update on enrollment referencing old table as old_rows new table as new_rows
  for each statement execute function report_mark_enrollment();`);
    this.addSql(`create trigger report_mark_enrollment_del after delete on enrollment referencing old table as old_rows
  for each statement execute function report_mark_enrollment();`);
    this.addSql(`
create function report_mark_service_class() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then insert into report_dirty select c.project_id, c.starts_on from old_rows c
     union select c.project_id, s.date from old_rows c join class_session s on s.class_id = c.id
     union select c.project_id, d from old_rows c join enrollment e on e.class_id = c.id
       cross join lateral (values (report_day_of(coalesce(e.enrolled_at, e.created_at))), (report_day_of(e.created_at))) v(d); end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_dirty select c.project_id, c.starts_on from new_rows c
     union select c.project_id, s.date from new_rows c join class_session s on s.class_id = c.id
     union select c.project_id, d from new_rows c join enrollment e on e.class_id = c.id
       cross join lateral (values (report_day_of(coalesce(e.enrolled_at, e.created_at))), (report_day_of(e.created_at))) v(d); end if;
  return null;
end $$;`);
    this
      .addSql(`create trigger report_mark_service_class_ins after insert on service_class referencing new table as new_rows
  for each statement execute function report_mark_service_class();`);
    this
      .addSql(`create trigger report_mark_service_class_upd after update on service_class referencing old table as old_rows new table as new_rows
  for each statement execute function report_mark_service_class();`);
    this
      .addSql(`create trigger report_mark_service_class_del after delete on service_class referencing old table as old_rows
  for each statement execute function report_mark_service_class();`);
    this.addSql(`
create function report_mark_beneficiary() returns trigger language plpgsql as $$
begin
  insert into report_dirty
  with ids as (select n.id from new_rows n join old_rows o on o.id = n.id
                where (n.gender, n.birth_date, n.categories, n.deleted_at is null)
                      is distinct from (o.gender, o.birth_date, o.categories, o.deleted_at is null))
  select r.project_id, report_day_of(r.occurred_at) from service_record r join ids on ids.id = r.beneficiary_id
  union select c.project_id, d from enrollment e join ids on ids.id = e.beneficiary_id join service_class c on c.id = e.class_id
   cross join lateral (values (report_day_of(coalesce(e.enrolled_at, e.created_at))), (report_day_of(e.created_at)), (c.starts_on)) v(d)
  union select c.project_id, s.date from enrollment e join ids on ids.id = e.beneficiary_id
    join attendance a on a.enrollment_id = e.id join class_session s on s.id = a.session_id
    join service_class c on c.id = s.class_id;
  return null;
end $$;`);
    this.addSql(`create trigger report_mark_beneficiary after update on beneficiary
  referencing old table as old_rows new table as new_rows for each statement execute function report_mark_beneficiary();`);
    this.addSql(`select report_rebuild();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists report_mark_attendance_ins on attendance;`);
    this.addSql(`drop trigger if exists report_mark_attendance_upd on attendance;`);
    this.addSql(`drop trigger if exists report_mark_attendance_del on attendance;`);
    this.addSql(`drop function if exists report_mark_attendance();`);
    this.addSql(`drop trigger if exists report_mark_class_session_ins on class_session;`);
    this.addSql(`drop trigger if exists report_mark_class_session_upd on class_session;`);
    this.addSql(`drop trigger if exists report_mark_class_session_del on class_session;`);
    this.addSql(`drop function if exists report_mark_class_session();`);
    this.addSql(`drop trigger if exists report_mark_service_record_ins on service_record;`);
    this.addSql(`drop trigger if exists report_mark_service_record_upd on service_record;`);
    this.addSql(`drop trigger if exists report_mark_service_record_del on service_record;`);
    this.addSql(`drop function if exists report_mark_service_record();`);
    this.addSql(`drop trigger if exists report_mark_enrollment_ins on enrollment;`);
    this.addSql(`drop trigger if exists report_mark_enrollment_upd on enrollment;`);
    this.addSql(`drop trigger if exists report_mark_enrollment_del on enrollment;`);
    this.addSql(`drop function if exists report_mark_enrollment();`);
    this.addSql(`drop trigger if exists report_mark_service_class_ins on service_class;`);
    this.addSql(`drop trigger if exists report_mark_service_class_upd on service_class;`);
    this.addSql(`drop trigger if exists report_mark_service_class_del on service_class;`);
    this.addSql(`drop function if exists report_mark_service_class();`);
    this.addSql(`drop trigger if exists report_mark_beneficiary on beneficiary;`);
    this.addSql(`drop function if exists report_mark_beneficiary();`);
    this.addSql(`drop trigger if exists report_organization_moved on organization;`);
    this.addSql(`drop function if exists report_organization_moved();`);
    this.addSql(`drop trigger if exists report_project_moved on service_project;`);
    this.addSql(`drop function if exists report_project_moved();`);
    this.addSql(`drop function if exists report_member_shift(uuid, text, text, text, text);`);
    this.addSql(`drop function if exists report_rebuild();`);
    this.addSql(`drop function if exists report_flush();`);
    this.addSql(`drop function if exists report_member_apply();`);
    this.addSql(`drop function if exists report_member_expand(text, date, text);`);
    this.addSql(`drop function if exists report_t_init();`);
  }
}
