import { declareViews } from './declared';

/**
 * The facts every report summary is computed from. report_activity_fact: additive measures per project × day ×
 * person attributes (attendance, service records, enrollments, waitlist, sessions held, capacity); report_fact
 * adds evaluations to it; report_person_fact: who was served on which day (attended or a service record).
 * Liveness (soft delete, cancelled sessions and classes, enrollment status) is decided here and, for the
 * queued keys only, restated in report_flush_keys (report-flush.functions.ts); issue 19 item 1 derives both
 * from one model.
 */
export const views = declareViews([
  `
create or replace view report_activity_fact as
select c.project_id, s.date as day, b.gender, report_age_band(b.birth_date, s.date) as age_band,
       report_primary_category(b.categories) as ben_cat,
       (a.status in ('PRESENT','LATE'))::int as attended, 1 as att_rows, 0 as records,
       case when a.status in ('PRESENT','LATE') then (extract(epoch from s.ends_at - s.starts_at) / 60)::bigint else 0 end as minutes,
       0 as enrollments, 0::bigint as fee_fen, 0::bigint as subsidy_fen, 0::bigint as payable_fen, 0 as waitlisted,
       0 as sessions_held, 0::bigint as capacity, 0 as class_enrolled
  from attendance a
  join class_session s on s.id = a.session_id and s.deleted_at is null and s.status <> 'CANCELLED'
  join service_class c on c.id = s.class_id and c.deleted_at is null
  join enrollment e on e.id = a.enrollment_id and e.deleted_at is null
  join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null
 where a.deleted_at is null
union all
select r.project_id, report_day_of(r.occurred_at), b.gender, report_age_band(b.birth_date, report_day_of(r.occurred_at)),
       report_primary_category(b.categories), 0, 0, 1, r.minutes, 0, 0, 0, 0, 0, 0, 0, 0
  from service_record r join beneficiary b on b.id = r.beneficiary_id and b.deleted_at is null
 where r.deleted_at is null
union all
select c.project_id, report_day_of(coalesce(e.enrolled_at, e.created_at)), b.gender,
       report_age_band(b.birth_date, report_day_of(coalesce(e.enrolled_at, e.created_at))), report_primary_category(b.categories),
       0, 0, 0, 0, 1, e.fee_fen, e.subsidy_fen, e.payable_fen, 0, 0, 0, 0
  from enrollment e
  join service_class c on c.id = e.class_id and c.deleted_at is null
  join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null
 where e.deleted_at is null and e.status in ('ENROLLED','COMPLETED')
union all
select c.project_id, report_day_of(e.created_at), b.gender, report_age_band(b.birth_date, report_day_of(e.created_at)),
       report_primary_category(b.categories), 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0
  from enrollment e
  join service_class c on c.id = e.class_id and c.deleted_at is null
  join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null
 where e.deleted_at is null and e.status = 'WAITLISTED'
union all
select c.project_id, s.date, '-', '-', '-', 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0
  from class_session s join service_class c on c.id = s.class_id and c.deleted_at is null
 where s.deleted_at is null and s.status = 'HELD'
union all
select c.project_id, c.starts_on, '-', '-', '-', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, c.capacity,
       (select count(*)::int from enrollment e join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null
         where e.class_id = c.id and e.deleted_at is null and e.status in ('ENROLLED','COMPLETED'))
  from service_class c
 where c.deleted_at is null and c.status <> 'CANCELLED'
`,
  `
create or replace view report_fact as
select f.*, 0 as evaluations, 0::bigint as score_sum from report_activity_fact f
union all
select e.project_id, e.evaluated_on, '-', '-', '-', 0, 0, 0, 0::bigint, 0, 0::bigint, 0::bigint, 0::bigint, 0, 0,
       0::bigint, 0, 1, e.score::bigint
  from evaluation e where e.deleted_at is null
`,
  `
create or replace view report_person_fact as
select c.project_id, s.date as day, e.beneficiary_id, b.gender, report_age_band(b.birth_date, s.date) as age_band,
       report_primary_category(b.categories) as ben_cat
  from attendance a
  join class_session s on s.id = a.session_id and s.deleted_at is null and s.status <> 'CANCELLED'
  join service_class c on c.id = s.class_id and c.deleted_at is null
  join enrollment e on e.id = a.enrollment_id and e.deleted_at is null
  join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null
 where a.deleted_at is null and a.status in ('PRESENT','LATE')
union all
select r.project_id, report_day_of(r.occurred_at), r.beneficiary_id, b.gender,
       report_age_band(b.birth_date, report_day_of(r.occurred_at)), report_primary_category(b.categories)
  from service_record r join beneficiary b on b.id = r.beneficiary_id and b.deleted_at is null
 where r.deleted_at is null
`,
]);
