"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261202080000_report_node_tables = exports.NODE_MEASURES = void 0;
const migrations_1 = require("@mikro-orm/migrations");
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
exports.NODE_MEASURES = [
    'attended',
    'att_rows',
    'records',
    'minutes',
    'enrolments',
    'fee_fen',
    'subsidy_fen',
    'payable_fen',
    'waitlisted',
    'sessions_held',
    'capacity',
    'class_enrolled',
    'evaluations',
    'score_sum',
    'needs_open',
    'needs_fulfilled',
];
/** Statement-level triggers (insert, update, delete) on `table` running `fn` with the transition tables. */
function markTriggers(table, fn) {
    return [
        `create trigger ${fn}_ins after insert on ${table} referencing new table as new_rows
      for each statement execute function ${fn}();`,
        `create trigger ${fn}_upd after update on ${table} referencing old table as old_rows new table as new_rows
      for each statement execute function ${fn}();`,
        `create trigger ${fn}_del after delete on ${table} referencing old table as old_rows
      for each statement execute function ${fn}();`,
    ];
}
class Migration20261202080000_report_node_tables extends migrations_1.Migration {
    async up() {
        for (const t of ['report_day', 'report_month'])
            this.addSql(`alter table ${t} add column evaluations int not null default 0,
        add column score_sum bigint not null default 0;`);
        for (const t of ['report_day_total', 'report_month_total'])
            this.addSql(`alter table ${t} add column evaluations bigint not null default 0,
        add column score_sum bigint not null default 0;`);
        // The activity facts stay as defined; report_fact adds the evaluations (not about one person: '-').
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
        for (const sql of markTriggers('evaluation', 'report_mark_evaluation'))
            this.addSql(sql);
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
        for (const sql of markTriggers('need_request', 'report_mark_need'))
            this.addSql(sql);
        this.addSql(`create table report_node_month (node_id uuid not null, dim char(1) not null, month date not null,
  category text not null, val text not null, n int not null check (n >= 0),
  ${exports.NODE_MEASURES.map((m) => `${m} bigint not null default 0`).join(', ')},
  primary key (node_id, dim, month, category, val));`);
        this.addSql(`create table report_member_age (node_id uuid not null, kind char(1) not null, start date not null,
  age_band text not null, beneficiary_id uuid not null, refs int not null check (refs > 0),
  primary key (node_id, kind, start, age_band, beneficiary_id));`);
        this.addSql(`create table report_reach_age (node_id uuid not null, kind char(1) not null, start date not null,
  age_band text not null, people int not null, primary key (node_id, kind, start, age_band));`);
    }
    async down() {
        for (const t of ['report_reach_age', 'report_member_age', 'report_node_month', 'report_dirty_need', 'report_need_month'])
            this.addSql(`drop table if exists ${t};`);
        for (const [table, fn] of [
            ['need_request', 'report_mark_need'],
            ['evaluation', 'report_mark_evaluation'],
        ]) {
            for (const op of ['ins', 'upd', 'del'])
                this.addSql(`drop trigger if exists ${fn}_${op} on ${table};`);
            this.addSql(`drop function if exists ${fn}();`);
        }
        this.addSql(`drop view if exists report_fact;`);
        this.addSql(`alter view report_activity_fact rename to report_fact;`);
        for (const t of ['report_day', 'report_month', 'report_day_total', 'report_month_total'])
            this.addSql(`alter table ${t} drop column evaluations, drop column score_sum;`);
    }
}
exports.Migration20261202080000_report_node_tables = Migration20261202080000_report_node_tables;
//# sourceMappingURL=Migration20261202080000_report_node_tables.js.map