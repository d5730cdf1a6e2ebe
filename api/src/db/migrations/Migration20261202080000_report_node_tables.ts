import { Migration } from '@mikro-orm/migrations';

/**
 * Report summaries per organization node (README "Reports → summaries"), so that a dashboard tile reads a
 * few dozen rows instead of one per project and month. This migration adds the tables and the facts they
 * need; the next one (report_node_maintenance) keeps them and fills them.
 *
 * - Evaluations become facts like the others (report_fact gains `evaluations`, `score_sum`; the day/month
 *   summaries and their lean totals gain the columns), so they are summarized and rolled up too.
 * - Needs are raised by an organization, not within a project: report_need_month holds each organization's
 *   own needs per month and category (open, fulfilled, all), recomputed from need_request for the
 *   (organization, month) keys that writes put into report_dirty_need.
 * - report_node_month: for every organization node (and 00000000-… = everything), the sums of the facts of
 *   the live projects it sponsors or that are sponsored anywhere below it, and of the needs raised in its
 *   subtree, per month and project category; `dim` T = all, G / A / B = per gender / age band /
 *   beneficiary category (`val`), person facts only. `n` counts the summary rows behind a row (a key with
 *   facts whose measures are all zero still exists); a row whose n falls to 0 is deleted.
 * - report_member_age / report_reach_age: like report_member / report_reach, the exact distinct people per
 *   node subtree × period × age band (all categories), for the age-band grouping.
 * - kind 'A' (and 'a' for a node's own projects) in report_member / report_reach and report_member_age /
 *   report_reach_age: all time (start 1900-01-01), for periods that cover every month with data.
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261202080000_report_node_tables extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table report_day add column evaluations int not null default 0,
        add column score_sum bigint not null default 0;`);
    this.addSql(`alter table report_month add column evaluations int not null default 0,
        add column score_sum bigint not null default 0;`);
    this.addSql(`alter table report_day_total add column evaluations bigint not null default 0,
        add column score_sum bigint not null default 0;`);
    this.addSql(`alter table report_month_total add column evaluations bigint not null default 0,
        add column score_sum bigint not null default 0;`);
    this.addSql(`alter view report_fact rename to report_activity_fact;`);
    this.addSql(`
create view report_fact as
select f.*, 0 as evaluations, 0::bigint as score_sum from report_activity_fact f
union all
select e.project_id, e.evaluated_on, '-', '-', '-', 0, 0, 0, 0::bigint, 0, 0::bigint, 0::bigint, 0::bigint, 0, 0,
       0::bigint, 0, 1, e.score::bigint
  from evaluation e where e.deleted_at is null;`);
    this.addSql(`
create function report_mark_evaluation() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then insert into report_dirty select project_id, evaluated_on from old_rows; end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_dirty select project_id, evaluated_on from new_rows; end if;
  return null;
end $$;`);
    this.addSql(`create trigger report_mark_evaluation_ins after insert on evaluation referencing new table as new_rows
      for each statement execute function report_mark_evaluation();`);
    this
      .addSql(`create trigger report_mark_evaluation_upd after update on evaluation referencing old table as old_rows new table as new_rows
      for each statement execute function report_mark_evaluation();`);
    this.addSql(`create trigger report_mark_evaluation_del after delete on evaluation referencing old table as old_rows
      for each statement execute function report_mark_evaluation();`);
    this.addSql(`create table report_need_month (org_id uuid not null, month date not null, category text not null,
  needs_open int not null, needs_fulfilled int not null, n int not null check (n > 0),
  primary key (org_id, month, category));`);
    this.addSql(`create table report_dirty_need (org_id uuid not null, month date not null);`);
    this.addSql(`
create function report_mark_need() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    insert into report_dirty_need select raised_by_id, date_trunc('month', report_day_of(created_at))::date from old_rows;
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into report_dirty_need select raised_by_id, date_trunc('month', report_day_of(created_at))::date from new_rows;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger report_mark_need_ins after insert on need_request referencing new table as new_rows
      for each statement execute function report_mark_need();`);
    this
      .addSql(`create trigger report_mark_need_upd after update on need_request referencing old table as old_rows new table as new_rows
      for each statement execute function report_mark_need();`);
    this.addSql(`create trigger report_mark_need_del after delete on need_request referencing old table as old_rows
      for each statement execute function report_mark_need();`);
    this.addSql(`create table report_node_month (node_id uuid not null, dim char(1) not null, month date not null,
  category text not null, val text not null, n int not null check (n >= 0),
  attended bigint not null default 0, att_rows bigint not null default 0, records bigint not null default 0, minutes bigint not null default 0, enrolments bigint not null default 0, fee_fen bigint not null default 0, subsidy_fen bigint not null default 0, payable_fen bigint not null default 0, waitlisted bigint not null default 0, sessions_held bigint not null default 0, capacity bigint not null default 0, class_enrolled bigint not null default 0, evaluations bigint not null default 0, score_sum bigint not null default 0, needs_open bigint not null default 0, needs_fulfilled bigint not null default 0,
  primary key (node_id, dim, month, category, val));`);
    this.addSql(`create table report_member_age (node_id uuid not null, kind char(1) not null, start date not null,
  age_band text not null, beneficiary_id uuid not null, refs int not null check (refs > 0),
  primary key (node_id, kind, start, age_band, beneficiary_id));`);
    this.addSql(`create table report_reach_age (node_id uuid not null, kind char(1) not null, start date not null,
  age_band text not null, people int not null, primary key (node_id, kind, start, age_band));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists report_reach_age;`);
    this.addSql(`drop table if exists report_member_age;`);
    this.addSql(`drop table if exists report_node_month;`);
    this.addSql(`drop table if exists report_dirty_need;`);
    this.addSql(`drop table if exists report_need_month;`);
    this.addSql(`drop trigger if exists report_mark_need_ins on need_request;`);
    this.addSql(`drop trigger if exists report_mark_need_upd on need_request;`);
    this.addSql(`drop trigger if exists report_mark_need_del on need_request;`);
    this.addSql(`drop function if exists report_mark_need();`);
    this.addSql(`drop trigger if exists report_mark_evaluation_ins on evaluation;`);
    this.addSql(`drop trigger if exists report_mark_evaluation_upd on evaluation;`);
    this.addSql(`drop trigger if exists report_mark_evaluation_del on evaluation;`);
    this.addSql(`drop function if exists report_mark_evaluation();`);
    this.addSql(`drop view if exists report_fact;`);
    this.addSql(`alter view report_activity_fact rename to report_fact;`);
    this.addSql(`alter table report_day drop column evaluations, drop column score_sum;`);
    this.addSql(`alter table report_month drop column evaluations, drop column score_sum;`);
    this.addSql(`alter table report_day_total drop column evaluations, drop column score_sum;`);
    this.addSql(`alter table report_month_total drop column evaluations, drop column score_sum;`);
  }
}
