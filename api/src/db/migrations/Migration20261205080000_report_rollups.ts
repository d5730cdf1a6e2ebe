import { Migration } from '@mikro-orm/migrations';

/**
 * Rollups of the two node summaries the dashboard reads most, for reads that need no finer key:
 * - report_node_month_all: report_node_month summed over project categories (node × dim × month × val), for
 *   every read without a category filter or grouping;
 * - report_reach_all: report_reach summed over gender and beneficiary category (node × kind × start ×
 *   category), for every people count not grouped by gender or beneficiary category nor filtered by the
 *   latter. Summing there is exact: a person's row in report_member has one gender and one beneficiary
 *   category, so those split the distinct people of a key without overlap (the reads already summed them).
 *
 * Why: a city's year read 144 rows of report_node_month per total or month set (12 months × 12 categories)
 * and 1,440 for its ten districts (3 ms of a 7 ms statement on the benchmark's dataset), 27 rows of
 * report_reach per count, and 10 years by quarter 1,440 rows per set; here they read a twelfth of that.
 *
 * Kept by statement triggers (transition tables) on the base tables, like report_node_day, so every writer
 * (report_flush's keyed refresh, report_member_shift, report_rebuild's truncate and insert) keeps them as a
 * side effect: each statement adds its new rows and takes off its old ones; a rollup row at zero (no base
 * row behind it) is deleted through a partial index. test/report-exact.test.ts compares them with a rebuild.
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261205080000_report_rollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table report_node_month_all (node_id uuid not null, dim char(1) not null, month date not null,
  val text not null, n int not null, attended bigint not null default 0, att_rows bigint not null default 0, records bigint not null default 0, minutes bigint not null default 0, enrolments bigint not null default 0, fee_fen bigint not null default 0, subsidy_fen bigint not null default 0, payable_fen bigint not null default 0, waitlisted bigint not null default 0, sessions_held bigint not null default 0, capacity bigint not null default 0, class_enrolled bigint not null default 0, evaluations bigint not null default 0, score_sum bigint not null default 0, needs_open bigint not null default 0, needs_fulfilled bigint not null default 0,
  primary key (node_id, dim, month, val)) with (fillfactor = 80, parallel_workers = 0);`);
    this.addSql(`create index report_node_month_all_zero on report_node_month_all (node_id) where n = 0;`);
    this.addSql(`create table report_reach_all (node_id uuid not null, kind char(1) not null, start date not null,
  category text not null, people int not null,
  primary key (node_id, kind, start, category)) with (fillfactor = 80, parallel_workers = 0);`);
    this.addSql(`create index report_reach_all_zero on report_reach_all (node_id) where people = 0;`);
    this.addSql(`create function report_node_month_roll() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate report_node_month_all; return null; end if;
  if tg_op = 'INSERT' then 
  insert into report_node_month_all as t (node_id, dim, month, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled)
  select r.node_id, r.dim, r.month, r.val, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrolments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum), sum(r.sign * r.needs_open), sum(r.sign * r.needs_fulfilled) from (select *, 1 as sign from new_rows) r group by 1, 2, 3, 4
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrolments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0 or sum(r.sign * r.needs_open) <> 0 or sum(r.sign * r.needs_fulfilled) <> 0
  on conflict (node_id, dim, month, val) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrolments = t.enrolments + excluded.enrolments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum, needs_open = t.needs_open + excluded.needs_open, needs_fulfilled = t.needs_fulfilled + excluded.needs_fulfilled;
  delete from report_node_month_all where n = 0;
  elsif tg_op = 'DELETE' then 
  insert into report_node_month_all as t (node_id, dim, month, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled)
  select r.node_id, r.dim, r.month, r.val, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrolments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum), sum(r.sign * r.needs_open), sum(r.sign * r.needs_fulfilled) from (select *, -1 as sign from old_rows) r group by 1, 2, 3, 4
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrolments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0 or sum(r.sign * r.needs_open) <> 0 or sum(r.sign * r.needs_fulfilled) <> 0
  on conflict (node_id, dim, month, val) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrolments = t.enrolments + excluded.enrolments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum, needs_open = t.needs_open + excluded.needs_open, needs_fulfilled = t.needs_fulfilled + excluded.needs_fulfilled;
  delete from report_node_month_all where n = 0;
  else 
  insert into report_node_month_all as t (node_id, dim, month, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled)
  select r.node_id, r.dim, r.month, r.val, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrolments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum), sum(r.sign * r.needs_open), sum(r.sign * r.needs_fulfilled) from (select *, -1 as sign from old_rows union all select *, 1 as sign from new_rows) r group by 1, 2, 3, 4
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrolments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0 or sum(r.sign * r.needs_open) <> 0 or sum(r.sign * r.needs_fulfilled) <> 0
  on conflict (node_id, dim, month, val) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrolments = t.enrolments + excluded.enrolments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum, needs_open = t.needs_open + excluded.needs_open, needs_fulfilled = t.needs_fulfilled + excluded.needs_fulfilled;
  delete from report_node_month_all where n = 0;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger report_node_month_roll_ins after insert on report_node_month
  referencing new table as new_rows for each statement execute function report_node_month_roll();`);
    this.addSql(`create trigger report_node_month_roll_upd after update on report_node_month
  referencing old table as old_rows new table as new_rows for each statement execute function report_node_month_roll();`);
    this.addSql(`create trigger report_node_month_roll_del after delete on report_node_month
  referencing old table as old_rows for each statement execute function report_node_month_roll();`);
    this.addSql(
      `create trigger report_node_month_roll_trunc after truncate on report_node_month for each statement execute function report_node_month_roll();`,
    );
    this.addSql(`create function report_reach_roll() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate report_reach_all; return null; end if;
  if tg_op = 'INSERT' then 
  insert into report_reach_all as t (node_id, kind, start, category, people)
  select r.node_id, r.kind, r.start, r.category, sum(r.sign * r.people) from (select *, 1 as sign from new_rows) r group by 1, 2, 3, 4
    having sum(r.sign * r.people) <> 0
  on conflict (node_id, kind, start, category) do update set people = t.people + excluded.people;
  delete from report_reach_all where people = 0;
  elsif tg_op = 'DELETE' then 
  insert into report_reach_all as t (node_id, kind, start, category, people)
  select r.node_id, r.kind, r.start, r.category, sum(r.sign * r.people) from (select *, -1 as sign from old_rows) r group by 1, 2, 3, 4
    having sum(r.sign * r.people) <> 0
  on conflict (node_id, kind, start, category) do update set people = t.people + excluded.people;
  delete from report_reach_all where people = 0;
  else 
  insert into report_reach_all as t (node_id, kind, start, category, people)
  select r.node_id, r.kind, r.start, r.category, sum(r.sign * r.people) from (select *, -1 as sign from old_rows union all select *, 1 as sign from new_rows) r group by 1, 2, 3, 4
    having sum(r.sign * r.people) <> 0
  on conflict (node_id, kind, start, category) do update set people = t.people + excluded.people;
  delete from report_reach_all where people = 0;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger report_reach_roll_ins after insert on report_reach
  referencing new table as new_rows for each statement execute function report_reach_roll();`);
    this.addSql(`create trigger report_reach_roll_upd after update on report_reach
  referencing old table as old_rows new table as new_rows for each statement execute function report_reach_roll();`);
    this.addSql(`create trigger report_reach_roll_del after delete on report_reach
  referencing old table as old_rows for each statement execute function report_reach_roll();`);
    this.addSql(
      `create trigger report_reach_roll_trunc after truncate on report_reach for each statement execute function report_reach_roll();`,
    );
    this.addSql(`set local work_mem = '256MB';`);
    this
      .addSql(`insert into report_node_month_all (node_id, dim, month, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled)
  select node_id, dim, month, val, sum(n), sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum), sum(needs_open), sum(needs_fulfilled) from report_node_month
  group by 1, 2, 3, 4 having sum(n) <> 0 order by 1, 2, 3, 4;`);
    this.addSql(`insert into report_reach_all (node_id, kind, start, category, people)
  select node_id, kind, start, category, sum(people) from report_reach group by 1, 2, 3, 4
  having sum(people) <> 0 order by 1, 2, 3, 4;`);
    this.addSql(`analyze report_node_month_all;`);
    this.addSql(`analyze report_reach_all;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger report_node_month_roll_ins on report_node_month;`);
    this.addSql(`drop trigger report_node_month_roll_upd on report_node_month;`);
    this.addSql(`drop trigger report_node_month_roll_del on report_node_month;`);
    this.addSql(`drop trigger report_node_month_roll_trunc on report_node_month;`);
    this.addSql(`drop function report_node_month_roll();`);
    this.addSql(`drop trigger report_reach_roll_ins on report_reach;`);
    this.addSql(`drop trigger report_reach_roll_upd on report_reach;`);
    this.addSql(`drop trigger report_reach_roll_del on report_reach;`);
    this.addSql(`drop trigger report_reach_roll_trunc on report_reach;`);
    this.addSql(`drop function report_reach_roll();`);
    this.addSql(`drop table report_reach_all;`);
    this.addSql(`drop table report_node_month_all;`);
  }
}
