import { Migration } from '@mikro-orm/migrations';

/**
 * report_flush_keys(), key-driven. The previous version joined the claimed keys with the fact views
 * (report_fact, report_person_fact); PostgreSQL cannot push a join condition into those nested UNION ALL
 * views, so every flush scanned all of attendance (10 M rows on the benchmark's data: minutes for the first
 * report read after a roster save). Here each claimed key `k` is a LATERAL row and every fact branch is
 * reached through the base tables' indexes: project → classes (service_class.project_id) → sessions of the
 * day or month (class_session (class_id, date)) → attendance (attendance.session_id), and service_record
 * (project_id, occurred_at), enrolment (class_id, created_at), evaluation (project_id). A flush costs what
 * its keys hold, whatever the size of the tables.
 *
 * The facts are the views' definitions, restricted to a key: same branches, same liveness rules, same
 * measures (report_summaries / report_node_tables); report_rebuild() still reads the views, and
 * test/report-exact.test.ts checks that flushed summaries equal a full rebuild and the raw tables.
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261202080400_report_keyed_flush extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create or replace function report_flush_keys() returns int language plpgsql as $$
declare n int; m int;
begin
  perform pg_advisory_xact_lock(7250101);
  perform report_t2_init();
  with claimed as (delete from report_dirty_need returning org_id, month)
  insert into report_t2_need_keys select distinct org_id, month from claimed;
  get diagnostics m = row_count;
  if m > 0 then
    delete from report_need_month r using report_t2_need_keys k where r.org_id = k.org_id and r.month = k.month;
    insert into report_need_month (org_id, month, category, needs_open, needs_fulfilled, n)
    select k.org_id, k.month, nr.category, count(*) filter (where nr.status in ('OPEN', 'MATCHED', 'IN_PROGRESS')),
           count(*) filter (where nr.status = 'FULFILLED'), count(*)
      from report_t2_need_keys k join need_request nr on nr.raised_by_id = k.org_id and nr.deleted_at is null
       and nr.created_at >= (k.month::timestamp at time zone 'Asia/Shanghai')
       and nr.created_at < ((k.month + interval '1 month') at time zone 'Asia/Shanghai')
     group by 1, 2, 3;
    delete from report_t2_need_keys;
  end if;

  with claimed as (delete from report_dirty returning project_id, day)
  insert into report_t2_keys select distinct project_id, day from claimed;
  get diagnostics n = row_count;
  if n = 0 then return m; end if;
  insert into report_t2_months select distinct project_id, date_trunc('month', day)::date from report_t2_keys;

  delete from report_day r using report_t2_keys k where r.project_id = k.project_id and r.day = k.day;
  insert into report_day (project_id, day, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select f.project_id, f.day, f.gender, f.age_band, f.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum)
    from report_t2_keys k
   cross join lateral (
select c.project_id, s.date, b.gender, report_age_band(b.birth_date, s.date), report_primary_category(b.categories), (a.status in ('PRESENT','LATE'))::int, 1, 0,
       case when a.status in ('PRESENT','LATE') then (extract(epoch from s.ends_at - s.starts_at) / 60)::bigint else 0 end,
       0, 0::bigint, 0::bigint, 0::bigint, 0, 0, 0::bigint, 0, 0, 0::bigint
  from service_class c
  join class_session s on s.class_id = c.id and s.date = k.day and s.deleted_at is null and s.status <> 'CANCELLED'
  join attendance a on a.session_id = s.id and a.deleted_at is null
  join enrollment e on e.id = a.enrollment_id and e.deleted_at is null
  join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null
 where c.project_id = k.project_id and c.deleted_at is null
union all
select r.project_id, report_day_of(r.occurred_at), b.gender, report_age_band(b.birth_date, report_day_of(r.occurred_at)), report_primary_category(b.categories), 0, 0, 1, r.minutes::bigint,
       0, 0::bigint, 0::bigint, 0::bigint, 0, 0, 0::bigint, 0, 0, 0::bigint
  from service_record r join beneficiary b on b.id = r.beneficiary_id and b.deleted_at is null
 where r.project_id = k.project_id and r.occurred_at >= (k.day::timestamp at time zone 'Asia/Shanghai') and r.occurred_at < ((k.day + 1)::timestamp at time zone 'Asia/Shanghai') and r.deleted_at is null
union all
select c.project_id, report_day_of(coalesce(e.enrolled_at, e.created_at)), b.gender, report_age_band(b.birth_date, report_day_of(coalesce(e.enrolled_at, e.created_at))), report_primary_category(b.categories), 0, 0, 0, 0::bigint, 1, e.fee_fen::bigint, e.subsidy_fen::bigint,
       e.payable_fen::bigint, 0, 0, 0::bigint, 0, 0, 0::bigint
  from service_class c join enrollment e on e.class_id = c.id and e.deleted_at is null
   and e.status in ('ENROLLED','COMPLETED') and coalesce(e.enrolled_at, e.created_at) >= (k.day::timestamp at time zone 'Asia/Shanghai') and coalesce(e.enrolled_at, e.created_at) < ((k.day + 1)::timestamp at time zone 'Asia/Shanghai')
  join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null
 where c.project_id = k.project_id and c.deleted_at is null
union all
select c.project_id, report_day_of(e.created_at), b.gender, report_age_band(b.birth_date, report_day_of(e.created_at)), report_primary_category(b.categories), 0, 0, 0, 0::bigint, 0,
       0::bigint, 0::bigint, 0::bigint, 1, 0, 0::bigint, 0, 0, 0::bigint
  from service_class c join enrollment e on e.class_id = c.id and e.deleted_at is null and e.status = 'WAITLISTED'
   and e.created_at >= (k.day::timestamp at time zone 'Asia/Shanghai') and e.created_at < ((k.day + 1)::timestamp at time zone 'Asia/Shanghai')
  join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null
 where c.project_id = k.project_id and c.deleted_at is null
union all
select c.project_id, s.date, '-', '-', '-', 0, 0, 0, 0::bigint, 0, 0::bigint, 0::bigint, 0::bigint, 0, 1, 0::bigint, 0, 0, 0::bigint
  from service_class c join class_session s on s.class_id = c.id and s.date = k.day and s.deleted_at is null
   and s.status = 'HELD'
 where c.project_id = k.project_id and c.deleted_at is null
union all
select c.project_id, c.starts_on, '-', '-', '-', 0, 0, 0, 0::bigint, 0, 0::bigint, 0::bigint, 0::bigint, 0, 0, c.capacity::bigint,
       (select count(*)::int from enrollment e join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null
         where e.class_id = c.id and e.deleted_at is null and e.status in ('ENROLLED','COMPLETED')), 0, 0::bigint
  from service_class c
 where c.project_id = k.project_id and c.starts_on = k.day and c.deleted_at is null and c.status <> 'CANCELLED'
union all
select e.project_id, e.evaluated_on, '-', '-', '-', 0, 0, 0, 0::bigint, 0, 0::bigint, 0::bigint, 0::bigint, 0, 0, 0::bigint,
       0, 1, e.score::bigint
  from evaluation e where e.project_id = k.project_id and e.evaluated_on = k.day and e.deleted_at is null) f (project_id, day, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
   group by 1, 2, 3, 4, 5;
  delete from report_month r using report_t2_months k where r.project_id = k.project_id and r.month = k.month;
  insert into report_month (project_id, month, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select r.project_id, k.month, r.gender, r.age_band, r.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum)
    from report_t2_months k join report_day r on r.project_id = k.project_id
     and r.day >= k.month and r.day < (k.month + interval '1 month')::date
   group by 1, 2, 3, 4, 5;

  insert into report_t2_new
  select distinct f.project_id, date_trunc('month', f.day)::date, f.beneficiary_id, f.age_band, f.gender, f.ben_cat
    from report_t2_months k
   cross join lateral (
select c.project_id, s.date, e.beneficiary_id, b.gender, report_age_band(b.birth_date, s.date), report_primary_category(b.categories)
  from service_class c
  join class_session s on s.class_id = c.id and s.date >= k.month and s.date < (k.month + interval '1 month')::date and s.deleted_at is null and s.status <> 'CANCELLED'
  join attendance a on a.session_id = s.id and a.deleted_at is null and a.status in ('PRESENT','LATE')
  join enrollment e on e.id = a.enrollment_id and e.deleted_at is null
  join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null
 where c.project_id = k.project_id and c.deleted_at is null
union all
select r.project_id, report_day_of(r.occurred_at), r.beneficiary_id, b.gender, report_age_band(b.birth_date, report_day_of(r.occurred_at)), report_primary_category(b.categories)
  from service_record r join beneficiary b on b.id = r.beneficiary_id and b.deleted_at is null
 where r.project_id = k.project_id and r.occurred_at >= (k.month::timestamp at time zone 'Asia/Shanghai') and r.occurred_at < ((k.month + interval '1 month') at time zone 'Asia/Shanghai') and r.deleted_at is null) f (project_id, day, beneficiary_id, gender, age_band, ben_cat);
  with old as (select pm.* from report_person_month pm join report_t2_months k using (project_id, month)),
       d as ((select *, 1 as delta from (select * from report_t2_new except select * from old) a)
             union all (select *, -1 from (select * from old except select * from report_t2_new) r))
  insert into report_t2_pm
  select d.project_id, d.month, d.beneficiary_id, d.age_band, d.gender, d.ben_cat, o.path, p.category, d.delta
    from d join service_project p on p.id = d.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id;
  delete from report_person_month pm using report_t2_months k where pm.project_id = k.project_id and pm.month = k.month;
  insert into report_person_month select * from report_t2_new;
  perform report_member_apply();
  delete from report_t2_keys; delete from report_t2_months; delete from report_t2_new;
  return n + m;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`
create or replace function report_flush_keys() returns int language plpgsql as $$
declare n int; m int;
begin
  perform pg_advisory_xact_lock(7250101);
  perform report_t2_init();
  with claimed as (delete from report_dirty_need returning org_id, month)
  insert into report_t2_need_keys select distinct org_id, month from claimed;
  get diagnostics m = row_count;
  if m > 0 then
    delete from report_need_month r using report_t2_need_keys k where r.org_id = k.org_id and r.month = k.month;
    insert into report_need_month (org_id, month, category, needs_open, needs_fulfilled, n)
    select k.org_id, k.month, nr.category, count(*) filter (where nr.status in ('OPEN', 'MATCHED', 'IN_PROGRESS')),
           count(*) filter (where nr.status = 'FULFILLED'), count(*)
      from report_t2_need_keys k join need_request nr on nr.raised_by_id = k.org_id and nr.deleted_at is null
       and nr.created_at >= (k.month::timestamp at time zone 'Asia/Shanghai')
       and nr.created_at < ((k.month + interval '1 month') at time zone 'Asia/Shanghai')
     group by 1, 2, 3;
    delete from report_t2_need_keys;
  end if;

  with claimed as (delete from report_dirty returning project_id, day)
  insert into report_t2_keys select distinct project_id, day from claimed;
  get diagnostics n = row_count;
  if n = 0 then return m; end if;
  insert into report_t2_months select distinct project_id, date_trunc('month', day)::date from report_t2_keys;

  delete from report_day r using report_t2_keys k where r.project_id = k.project_id and r.day = k.day;
  insert into report_day (project_id, day, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select f.project_id, f.day, f.gender, f.age_band, f.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum)
    from report_t2_keys k join report_fact f on f.project_id = k.project_id and f.day = k.day
   group by 1, 2, 3, 4, 5;
  delete from report_month r using report_t2_months k where r.project_id = k.project_id and r.month = k.month;
  insert into report_month (project_id, month, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select r.project_id, k.month, r.gender, r.age_band, r.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum)
    from report_t2_months k join report_day r on r.project_id = k.project_id
     and r.day >= k.month and r.day < (k.month + interval '1 month')::date
   group by 1, 2, 3, 4, 5;

  insert into report_t2_new
  select distinct f.project_id, date_trunc('month', f.day)::date, f.beneficiary_id, f.age_band, f.gender, f.ben_cat
    from report_t2_months k join report_person_fact f on f.project_id = k.project_id
     and f.day >= k.month and f.day < (k.month + interval '1 month')::date;
  with old as (select pm.* from report_person_month pm join report_t2_months k using (project_id, month)),
       d as ((select *, 1 as delta from (select * from report_t2_new except select * from old) a)
             union all (select *, -1 from (select * from old except select * from report_t2_new) r))
  insert into report_t2_pm
  select d.project_id, d.month, d.beneficiary_id, d.age_band, d.gender, d.ben_cat, o.path, p.category, d.delta
    from d join service_project p on p.id = d.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id;
  delete from report_person_month pm using report_t2_months k where pm.project_id = k.project_id and pm.month = k.month;
  insert into report_person_month select * from report_t2_new;
  perform report_member_apply();
  delete from report_t2_keys; delete from report_t2_months; delete from report_t2_new;
  return n + m;
end $$;`);
  }
}
