import { Migration } from '@mikro-orm/migrations';

/**
 * Report summaries (see README "Reports"). Facts are defined once, as views over the raw tables
 * (report_fact: additive measures; report_person_fact: who was served when); the summaries are aggregates
 * of those views, recomputed per dirty (project, day) key by report_flush() (next migration).
 *
 * A fact counts only when its own row and the rows it hangs off are live (deleted_at is null): attendance →
 * session → class, enrolment → class, and the person. Projects are NOT filtered here: their liveness,
 * sponsor (hence organization), category and operator are applied at query time from the small project
 * table (additive measures), or kept in report_member by triggers (distinct people).
 *
 * Days are China dates (Asia/Shanghai) of timestamps. gender / age_band / ben_cat are '-' on facts that
 * are not about one person (sessions held, class capacity).
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261201081000_report_summaries extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function report_day_of(t timestamptz) returns date language sql immutable parallel safe
  as $$ select (t at time zone 'Asia/Shanghai')::date $$;`);
    this.addSql(`
create function report_age_band(birth date, on_day date) returns text language sql immutable parallel safe as $$
  select case when birth is null then 'UNKNOWN' else (
    select case when y < 3 then 'A0_2' when y < 6 then 'A3_5' when y < 12 then 'A6_11'
                when y < 18 then 'A12_17' when y < 60 then 'A18_59' else 'A60_PLUS' end
      from (select extract(year from age(on_day, birth))::int as y) a) end $$;`);
    this.addSql(`
create function report_primary_category(cats text[]) returns text language sql immutable parallel safe as $$
  select coalesce((select c from unnest(array['LEFT_BEHIND_CHILD','CHILD_IN_DIFFICULTY','INFANT','CHILD',
    'DIFFICULT_WORKER','NEW_EMPLOYMENT_FORM_WORKER','INDUSTRIAL_WORKER','FULL_TIME_MOTHER','DUAL_EARNER_FAMILY',
    'WORKER','ELDERLY','DISABLED','WOMAN','OTHER']) with ordinality o(c, i) where c = any(cats) order by i limit 1),
    'NONE') $$;`);
    this.addSql(`
create view report_fact as
select c.project_id, s.date as day, b.gender, report_age_band(b.birth_date, s.date) as age_band,
       report_primary_category(b.categories) as ben_cat,
       (a.status in ('PRESENT','LATE'))::int as attended, 1 as att_rows, 0 as records,
       case when a.status in ('PRESENT','LATE') then (extract(epoch from s.ends_at - s.starts_at) / 60)::bigint else 0 end as minutes,
       0 as enrolments, 0::bigint as fee_fen, 0::bigint as subsidy_fen, 0::bigint as payable_fen, 0 as waitlisted,
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
 where c.deleted_at is null and c.status <> 'CANCELLED';`);
    this.addSql(`
create view report_person_fact as
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
 where r.deleted_at is null;`);
    this.addSql(`create table report_day (project_id uuid not null, day date not null, gender text not null,
  age_band text not null, ben_cat text not null, attended int not null default 0, att_rows int not null default 0, records int not null default 0,
  minutes bigint not null default 0, enrolments int not null default 0, fee_fen bigint not null default 0,
  subsidy_fen bigint not null default 0, payable_fen bigint not null default 0, waitlisted int not null default 0,
  sessions_held int not null default 0, capacity bigint not null default 0, class_enrolled int not null default 0,
  primary key (project_id, day, gender, age_band, ben_cat));`);
    this.addSql(`create index report_day_day on report_day (day);`);
    this.addSql(`create table report_month (project_id uuid not null, month date not null, gender text not null,
  age_band text not null, ben_cat text not null, attended int not null default 0, att_rows int not null default 0, records int not null default 0,
  minutes bigint not null default 0, enrolments int not null default 0, fee_fen bigint not null default 0,
  subsidy_fen bigint not null default 0, payable_fen bigint not null default 0, waitlisted int not null default 0,
  sessions_held int not null default 0, capacity bigint not null default 0, class_enrolled int not null default 0,
  primary key (project_id, month, gender, age_band, ben_cat));`);
    this.addSql(`create index report_month_month on report_month (month);`);
    this.addSql(`create table report_person_month (project_id uuid not null, month date not null,
  beneficiary_id uuid not null, age_band text not null, gender text not null, ben_cat text not null,
  primary key (project_id, month, beneficiary_id, age_band, gender, ben_cat));`);
    this.addSql(`create index report_person_month_month on report_person_month (month, project_id);`);
    this.addSql(`create table report_member (node_id uuid not null, kind char(1) not null, start date not null,
  category text not null, beneficiary_id uuid not null, gender text not null, ben_cat text not null,
  refs int not null check (refs > 0),
  primary key (node_id, kind, start, category, beneficiary_id, gender, ben_cat));`);
    this.addSql(`create table report_reach (node_id uuid not null, kind char(1) not null, start date not null,
  category text not null, gender text not null, ben_cat text not null, people int not null,
  primary key (node_id, kind, start, category, gender, ben_cat));`);
    this.addSql(`create table report_dirty (project_id uuid not null, day date not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists report_dirty;`);
    this.addSql(`drop table if exists report_reach;`);
    this.addSql(`drop table if exists report_member;`);
    this.addSql(`drop table if exists report_person_month;`);
    this.addSql(`drop table if exists report_month;`);
    this.addSql(`drop table if exists report_day;`);
    this.addSql(`drop view if exists report_person_fact;`);
    this.addSql(`drop view if exists report_fact;`);
    this.addSql(`drop function if exists report_primary_category(text[]);`);
    this.addSql(`drop function if exists report_age_band(date, date);`);
    this.addSql(`drop function if exists report_day_of(timestamptz);`);
  }
}
