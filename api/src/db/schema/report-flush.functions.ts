import { declareFunctions } from './declared';

/**
 * Folding queued keys into the summaries. report_flush() claims every queued key under the transaction lock
 * 7250101 and recomputes exactly those keys (report_flush_keys): report_day, report_month of the touched
 * months, the person-months and their difference applied to the distinct counts; the node summaries follow
 * (report_node_apply and the cascade triggers of report-cascade*.ts). report_rebuild() recomputes everything.
 */
export const reportFlushFunctions = declareFunctions([
  `CREATE OR REPLACE FUNCTION public.report_flush()
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
begin
  if not exists (select 1 from report_dirty) and not exists (select 1 from report_dirty_need) then return 0; end if;
  return report_flush_keys();
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_flush_keys()
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
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
  insert into report_day (project_id, day, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select f.project_id, f.day, f.gender, f.age_band, f.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrollments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum)
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
  from evaluation e where e.project_id = k.project_id and e.evaluated_on = k.day and e.deleted_at is null) f (project_id, day, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
   group by 1, 2, 3, 4, 5;
  delete from report_month r using report_t2_months k where r.project_id = k.project_id and r.month = k.month;
  insert into report_month (project_id, month, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select r.project_id, k.month, r.gender, r.age_band, r.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrollments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum)
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
  -- Temporary tables have no statistics: without them the planner guessed hundreds of rows and joined
  -- report_member by a full scan (docs/scaling.md, the fold lag at 1x).
  analyze report_t2_pm;
  delete from report_person_month pm using report_t2_months k where pm.project_id = k.project_id and pm.month = k.month;
  insert into report_person_month select * from report_t2_new;
  perform report_member_apply();
  delete from report_t2_keys; delete from report_t2_months; delete from report_t2_new;
  return n + m;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_node_apply()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  -- Update the keys that exist, insert the others: an INSERT … ON CONFLICT would check n >= 0 on the
  -- proposed (negative) row before it finds the conflict.
  with a as (
    select node_id, dim, month, category, val, sum(n) n, sum(attended) attended, sum(att_rows) att_rows, sum(records) records, sum(minutes) minutes, sum(enrollments) enrollments, sum(fee_fen) fee_fen, sum(subsidy_fen) subsidy_fen, sum(payable_fen) payable_fen, sum(waitlisted) waitlisted, sum(sessions_held) sessions_held, sum(capacity) capacity, sum(class_enrolled) class_enrolled, sum(evaluations) evaluations, sum(score_sum) score_sum, sum(needs_open) needs_open, sum(needs_fulfilled) needs_fulfilled
      from report_t2_node group by 1, 2, 3, 4, 5
    having sum(n) <> 0 or sum(attended) <> 0 or sum(att_rows) <> 0 or sum(records) <> 0 or sum(minutes) <> 0 or sum(enrollments) <> 0 or sum(fee_fen) <> 0 or sum(subsidy_fen) <> 0 or sum(payable_fen) <> 0 or sum(waitlisted) <> 0 or sum(sessions_held) <> 0 or sum(capacity) <> 0 or sum(class_enrolled) <> 0 or sum(evaluations) <> 0 or sum(score_sum) <> 0 or sum(needs_open) <> 0 or sum(needs_fulfilled) <> 0
  ), u as (
    update report_node_month t set n = t.n + a.n, attended = t.attended + a.attended, att_rows = t.att_rows + a.att_rows, records = t.records + a.records, minutes = t.minutes + a.minutes, enrollments = t.enrollments + a.enrollments, fee_fen = t.fee_fen + a.fee_fen, subsidy_fen = t.subsidy_fen + a.subsidy_fen, payable_fen = t.payable_fen + a.payable_fen, waitlisted = t.waitlisted + a.waitlisted, sessions_held = t.sessions_held + a.sessions_held, capacity = t.capacity + a.capacity, class_enrolled = t.class_enrolled + a.class_enrolled, evaluations = t.evaluations + a.evaluations, score_sum = t.score_sum + a.score_sum, needs_open = t.needs_open + a.needs_open, needs_fulfilled = t.needs_fulfilled + a.needs_fulfilled
      from a where t.node_id = a.node_id and t.dim = a.dim and t.month = a.month and t.category = a.category
       and t.val = a.val
    returning t.node_id, t.dim, t.month, t.category, t.val
  )
  insert into report_node_month (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled)
  select a.* from a where not exists (select 1 from u where u.node_id = a.node_id and u.dim = a.dim
     and u.month = a.month and u.category = a.category and u.val = a.val);
  delete from report_node_month t using (select distinct node_id, dim, month, category, val from report_t2_node) k
   where t.node_id = k.node_id and t.dim = k.dim and t.month = k.month and t.category = k.category
     and t.val = k.val and t.n = 0;
  delete from report_t2_node;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_t2_init()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  if to_regclass('pg_temp.report_t2_node') is not null then
    if exists (select from pg_attribute where attrelid = 'pg_temp.report_t2_node'::regclass and attname = 'enrollments') then
      return;
    end if;
    -- Made in this session by a definition older than the enrollment_spelling migration: made again.
    drop table if exists report_t2_keys, report_t2_months, report_t2_need_keys, report_t2_new, report_t2_pm, report_t2_node;
  end if;
  create temp table report_t2_keys (project_id uuid, day date) on commit delete rows;
  create temp table report_t2_months (project_id uuid, month date) on commit delete rows;
  create temp table report_t2_need_keys (org_id uuid, month date) on commit delete rows;
  create temp table report_t2_new (project_id uuid, month date, beneficiary_id uuid, age_band text, gender text,
    ben_cat text) on commit delete rows;
  create temp table report_t2_pm (project_id uuid, month date, beneficiary_id uuid, age_band text, gender text,
    ben_cat text, path text, category text, delta int) on commit delete rows;
  create temp table report_t2_node (node_id uuid, dim char(1), month date, category text, val text, n int,
    attended bigint, att_rows bigint, records bigint, minutes bigint, enrollments bigint, fee_fen bigint, subsidy_fen bigint, payable_fen bigint, waitlisted bigint, sessions_held bigint, capacity bigint, class_enrolled bigint, evaluations bigint, score_sum bigint, needs_open bigint, needs_fulfilled bigint) on commit delete rows;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_rebuild()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  perform report_counts_rebuild();
  perform report_visit_build();
  perform report_rebuild_progress(8, 'distinct people for any period: report_visit and its edges');
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_rebuild_progress(step integer, what text)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  -- A notice reaches the client as soon as it is raised, long before the rebuild's transaction ends.
  raise notice 'report rebuild %/8 done at % s: %', step,
    round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 1), what;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_counts_rebuild()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  perform pg_advisory_xact_lock(7250101);
  truncate report_day, report_month, report_person_month, report_member, report_reach, report_dirty,
    report_need_month, report_dirty_need, report_node_month, report_member_age, report_reach_age;
  insert into report_day (project_id, day, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select project_id, day, gender, age_band, ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrollments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum) from report_fact group by 1, 2, 3, 4, 5;
  perform report_rebuild_progress(1, 'sums per project and day: report_day');
  insert into report_month (project_id, month, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select project_id, date_trunc('month', day)::date, gender, age_band, ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrollments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum) from report_day group by 1, 2, 3, 4, 5;
  perform report_rebuild_progress(2, 'sums per project and month, their totals and the node summaries: report_month');
  insert into report_need_month (org_id, month, category, needs_open, needs_fulfilled, n) select raised_by_id, date_trunc('month', report_day_of(created_at))::date, category,
      count(*) filter (where status in ('OPEN', 'MATCHED', 'IN_PROGRESS')), count(*) filter (where status = 'FULFILLED'),
      count(*) from need_request where deleted_at is null group by 1, 2, 3;
  perform report_rebuild_progress(3, 'needs per organization and month: report_need_month');
  insert into report_person_month
  select distinct project_id, date_trunc('month', day)::date, beneficiary_id, age_band, gender, ben_cat from report_person_fact;
  perform report_rebuild_progress(4, 'who was served in which project-month: report_person_month');
  with ins as (
    insert into report_member (node_id, kind, start, category, beneficiary_id, gender, ben_cat, refs)
    select x.node_id, x.kind, x.start, x.cat, pm.beneficiary_id, pm.gender, pm.ben_cat, count(*)
      from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id
     cross join lateral report_member_expand(o.path, pm.month, p.category) x 
     group by 1, 2, 3, 4, 5, 6, 7 returning node_id, kind, start, category, gender, ben_cat)
  insert into report_reach select node_id, kind, start, category, gender, ben_cat, count(*) from ins group by 1, 2, 3, 4, 5, 6;
  perform report_rebuild_progress(5, 'distinct people per node and calendar period: report_member, report_reach');
  with ins as (
    insert into report_member_age (node_id, kind, start, age_band, beneficiary_id, refs)
    select x.node_id, x.kind, x.start, pm.age_band, pm.beneficiary_id, count(*)
      from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id
     cross join lateral report_age_expand(o.path, pm.month) x
     group by 1, 2, 3, 4, 5 returning node_id, kind, start, age_band)
  insert into report_reach_age select node_id, kind, start, age_band, count(*) from ins group by 1, 2, 3, 4;
  perform report_rebuild_progress(6, 'distinct people per age band: report_member_age, report_reach_age');
end $function$`,
]);
