import { Migration } from '@mikro-orm/migrations';

/**
 * Lean summaries without the person dimensions: one row per (project, day) and (project, month) instead of
 * one per (project, day, gender, age band, beneficiary category). Reports without a person grouping or a
 * beneficiary-category filter — most dashboard tiles — read these (tens of times fewer rows). Kept from
 * report_day / report_month by statement-level triggers (transition tables), so report_flush and
 * report_rebuild stay as they are and both levels always agree.
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261201081200_report_totals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create or replace function report_age_band(birth date, on_day date) returns text language sql immutable parallel safe as $$
  select case when birth is null then 'UNKNOWN'
    when extract(year from age(on_day, birth)) < 3 then 'A0_2' when extract(year from age(on_day, birth)) < 6 then 'A3_5'
    when extract(year from age(on_day, birth)) < 12 then 'A6_11' when extract(year from age(on_day, birth)) < 18 then 'A12_17'
    when extract(year from age(on_day, birth)) < 60 then 'A18_59' else 'A60_PLUS' end $$;`);
    this.addSql(`
create or replace function report_primary_category(cats text[]) returns text language sql immutable parallel safe as $$
  select case when 'LEFT_BEHIND_CHILD' = any(cats) then 'LEFT_BEHIND_CHILD' when 'CHILD_IN_DIFFICULTY' = any(cats) then 'CHILD_IN_DIFFICULTY' when 'INFANT' = any(cats) then 'INFANT' when 'CHILD' = any(cats) then 'CHILD' when 'DIFFICULT_WORKER' = any(cats) then 'DIFFICULT_WORKER' when 'NEW_EMPLOYMENT_FORM_WORKER' = any(cats) then 'NEW_EMPLOYMENT_FORM_WORKER' when 'INDUSTRIAL_WORKER' = any(cats) then 'INDUSTRIAL_WORKER' when 'FULL_TIME_MOTHER' = any(cats) then 'FULL_TIME_MOTHER' when 'DUAL_EARNER_FAMILY' = any(cats) then 'DUAL_EARNER_FAMILY' when 'WORKER' = any(cats) then 'WORKER' when 'ELDERLY' = any(cats) then 'ELDERLY' when 'DISABLED' = any(cats) then 'DISABLED' when 'WOMAN' = any(cats) then 'WOMAN' when 'OTHER' = any(cats) then 'OTHER' else 'NONE' end $$;`);
    this.addSql(`alter function report_flush() rename to report_flush_keys;`);
    this.addSql(`
create function report_flush() returns int language plpgsql as $$
begin
  if not exists (select 1 from report_dirty) then return 0; end if;
  return report_flush_keys();
end $$;`);
    this
      .addSql(`create table report_day_total (project_id uuid not null, day date not null, attended bigint not null default 0, att_rows bigint not null default 0, records bigint not null default 0, minutes bigint not null default 0, enrolments bigint not null default 0, fee_fen bigint not null default 0, subsidy_fen bigint not null default 0, payable_fen bigint not null default 0, waitlisted bigint not null default 0, sessions_held bigint not null default 0, capacity bigint not null default 0, class_enrolled bigint not null default 0,
        primary key (project_id, day));`);
    this.addSql(`create index report_day_total_day on report_day_total (day);`);
    this.addSql(`
create function report_day_total_keep() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate report_day_total; return null; end if;
  if tg_op = 'DELETE' then
    insert into report_day_total (project_id, day, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled)
        select project_id, day, -sum(attended), -sum(att_rows), -sum(records), -sum(minutes), -sum(enrolments), -sum(fee_fen), -sum(subsidy_fen), -sum(payable_fen), -sum(waitlisted), -sum(sessions_held), -sum(capacity), -sum(class_enrolled) from old_rows group by 1, 2
        on conflict (project_id, day) do update set attended = report_day_total.attended + excluded.attended, att_rows = report_day_total.att_rows + excluded.att_rows, records = report_day_total.records + excluded.records, minutes = report_day_total.minutes + excluded.minutes, enrolments = report_day_total.enrolments + excluded.enrolments, fee_fen = report_day_total.fee_fen + excluded.fee_fen, subsidy_fen = report_day_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_day_total.payable_fen + excluded.payable_fen, waitlisted = report_day_total.waitlisted + excluded.waitlisted, sessions_held = report_day_total.sessions_held + excluded.sessions_held, capacity = report_day_total.capacity + excluded.capacity, class_enrolled = report_day_total.class_enrolled + excluded.class_enrolled;
    -- a key whose facts are all gone leaves no row behind (as a rebuild would not have one)
    delete from report_day_total t using (select distinct project_id, day from old_rows) k
     where t.project_id = k.project_id and t.day = k.day and t.attended = 0 and t.att_rows = 0 and t.records = 0 and t.minutes = 0 and t.enrolments = 0 and t.fee_fen = 0 and t.subsidy_fen = 0 and t.payable_fen = 0 and t.waitlisted = 0 and t.sessions_held = 0 and t.capacity = 0 and t.class_enrolled = 0;
  else insert into report_day_total (project_id, day, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled)
        select project_id, day, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled) from new_rows group by 1, 2
        on conflict (project_id, day) do update set attended = report_day_total.attended + excluded.attended, att_rows = report_day_total.att_rows + excluded.att_rows, records = report_day_total.records + excluded.records, minutes = report_day_total.minutes + excluded.minutes, enrolments = report_day_total.enrolments + excluded.enrolments, fee_fen = report_day_total.fee_fen + excluded.fee_fen, subsidy_fen = report_day_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_day_total.payable_fen + excluded.payable_fen, waitlisted = report_day_total.waitlisted + excluded.waitlisted, sessions_held = report_day_total.sessions_held + excluded.sessions_held, capacity = report_day_total.capacity + excluded.capacity, class_enrolled = report_day_total.class_enrolled + excluded.class_enrolled; end if;
  return null;
end $$;`);
    this.addSql(`create trigger report_day_total_ins after insert on report_day referencing new table as new_rows
        for each statement execute function report_day_total_keep();`);
    this.addSql(`create trigger report_day_total_del after delete on report_day referencing old table as old_rows
        for each statement execute function report_day_total_keep();`);
    this.addSql(
      `create trigger report_day_total_trunc after truncate on report_day for each statement execute function report_day_total_keep();`,
    );
    this
      .addSql(`insert into report_day_total (project_id, day, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled)
        select project_id, day, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled) from report_day group by 1, 2;`);
    this
      .addSql(`create table report_month_total (project_id uuid not null, month date not null, attended bigint not null default 0, att_rows bigint not null default 0, records bigint not null default 0, minutes bigint not null default 0, enrolments bigint not null default 0, fee_fen bigint not null default 0, subsidy_fen bigint not null default 0, payable_fen bigint not null default 0, waitlisted bigint not null default 0, sessions_held bigint not null default 0, capacity bigint not null default 0, class_enrolled bigint not null default 0,
        primary key (project_id, month));`);
    this.addSql(`create index report_month_total_month on report_month_total (month);`);
    this.addSql(`
create function report_month_total_keep() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate report_month_total; return null; end if;
  if tg_op = 'DELETE' then
    insert into report_month_total (project_id, month, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled)
        select project_id, month, -sum(attended), -sum(att_rows), -sum(records), -sum(minutes), -sum(enrolments), -sum(fee_fen), -sum(subsidy_fen), -sum(payable_fen), -sum(waitlisted), -sum(sessions_held), -sum(capacity), -sum(class_enrolled) from old_rows group by 1, 2
        on conflict (project_id, month) do update set attended = report_month_total.attended + excluded.attended, att_rows = report_month_total.att_rows + excluded.att_rows, records = report_month_total.records + excluded.records, minutes = report_month_total.minutes + excluded.minutes, enrolments = report_month_total.enrolments + excluded.enrolments, fee_fen = report_month_total.fee_fen + excluded.fee_fen, subsidy_fen = report_month_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_month_total.payable_fen + excluded.payable_fen, waitlisted = report_month_total.waitlisted + excluded.waitlisted, sessions_held = report_month_total.sessions_held + excluded.sessions_held, capacity = report_month_total.capacity + excluded.capacity, class_enrolled = report_month_total.class_enrolled + excluded.class_enrolled;
    -- a key whose facts are all gone leaves no row behind (as a rebuild would not have one)
    delete from report_month_total t using (select distinct project_id, month from old_rows) k
     where t.project_id = k.project_id and t.month = k.month and t.attended = 0 and t.att_rows = 0 and t.records = 0 and t.minutes = 0 and t.enrolments = 0 and t.fee_fen = 0 and t.subsidy_fen = 0 and t.payable_fen = 0 and t.waitlisted = 0 and t.sessions_held = 0 and t.capacity = 0 and t.class_enrolled = 0;
  else insert into report_month_total (project_id, month, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled)
        select project_id, month, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled) from new_rows group by 1, 2
        on conflict (project_id, month) do update set attended = report_month_total.attended + excluded.attended, att_rows = report_month_total.att_rows + excluded.att_rows, records = report_month_total.records + excluded.records, minutes = report_month_total.minutes + excluded.minutes, enrolments = report_month_total.enrolments + excluded.enrolments, fee_fen = report_month_total.fee_fen + excluded.fee_fen, subsidy_fen = report_month_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_month_total.payable_fen + excluded.payable_fen, waitlisted = report_month_total.waitlisted + excluded.waitlisted, sessions_held = report_month_total.sessions_held + excluded.sessions_held, capacity = report_month_total.capacity + excluded.capacity, class_enrolled = report_month_total.class_enrolled + excluded.class_enrolled; end if;
  return null;
end $$;`);
    this.addSql(`create trigger report_month_total_ins after insert on report_month referencing new table as new_rows
        for each statement execute function report_month_total_keep();`);
    this.addSql(`create trigger report_month_total_del after delete on report_month referencing old table as old_rows
        for each statement execute function report_month_total_keep();`);
    this.addSql(
      `create trigger report_month_total_trunc after truncate on report_month for each statement execute function report_month_total_keep();`,
    );
    this
      .addSql(`insert into report_month_total (project_id, month, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled)
        select project_id, month, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled) from report_month group by 1, 2;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists report_flush();`);
    this.addSql(`alter function report_flush_keys() rename to report_flush;`);
    this.addSql(`drop trigger if exists report_day_total_ins on report_day;`);
    this.addSql(`drop trigger if exists report_day_total_del on report_day;`);
    this.addSql(`drop trigger if exists report_day_total_trunc on report_day;`);
    this.addSql(`drop function if exists report_day_total_keep();`);
    this.addSql(`drop table if exists report_day_total;`);
    this.addSql(`drop trigger if exists report_month_total_ins on report_month;`);
    this.addSql(`drop trigger if exists report_month_total_del on report_month;`);
    this.addSql(`drop trigger if exists report_month_total_trunc on report_month;`);
    this.addSql(`drop function if exists report_month_total_keep();`);
    this.addSql(`drop table if exists report_month_total;`);
  }
}
