import { Migration } from '@mikro-orm/migrations';

/**
 * report_node_day_all: report_node_day summed over project categories (node × day), for the edge days of
 * reads without a category filter: the total, month and quarter sets of the scope node and the children of
 * the organization grouping (the category grouping still reads report_node_day).
 *
 * Why: a custom-period dashboard (2025-03-15 … 09-10 by month, district and category) read 1,294
 * report_node_day rows for the ten districts' 27 edge days and 321 for the city's, each summed over 15
 * measures; per node and day there are about five categories, so this reads a fifth of that.
 *
 * Kept like report_node_month_all (migration report_rollups): statement triggers with transition tables on
 * report_node_day, so the triggers that keep report_node_day (from report_day_total), report_member_shift and
 * report_rebuild's truncate keep this as a side effect; a row at zero is deleted through a partial index.
 * test/report-exact.test.ts compares it with a rebuild.
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261206080000_report_node_day_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table report_node_day_all (node_id uuid not null, day date not null, n int not null,
  attended bigint not null default 0, att_rows bigint not null default 0, records bigint not null default 0, minutes bigint not null default 0, enrolments bigint not null default 0, fee_fen bigint not null default 0, subsidy_fen bigint not null default 0, payable_fen bigint not null default 0, waitlisted bigint not null default 0, sessions_held bigint not null default 0, capacity bigint not null default 0, class_enrolled bigint not null default 0, evaluations bigint not null default 0, score_sum bigint not null default 0,
  primary key (node_id, day)) with (fillfactor = 80, parallel_workers = 0);`);
    this.addSql(`create index report_node_day_all_zero on report_node_day_all (node_id) where n = 0;`);
    this.addSql(`create function report_node_day_roll() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate report_node_day_all; return null; end if;
  if tg_op = 'INSERT' then 
  insert into report_node_day_all as t (node_id, day, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select r.node_id, r.day, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrolments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum) from (select *, 1 as sign from new_rows) r group by 1, 2
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrolments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0
  on conflict (node_id, day) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrolments = t.enrolments + excluded.enrolments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day_all where n = 0;
  elsif tg_op = 'DELETE' then 
  insert into report_node_day_all as t (node_id, day, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select r.node_id, r.day, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrolments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum) from (select *, -1 as sign from old_rows) r group by 1, 2
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrolments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0
  on conflict (node_id, day) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrolments = t.enrolments + excluded.enrolments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day_all where n = 0;
  else 
  insert into report_node_day_all as t (node_id, day, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select r.node_id, r.day, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrolments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum) from (select *, -1 as sign from old_rows union all select *, 1 as sign from new_rows) r group by 1, 2
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrolments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0
  on conflict (node_id, day) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrolments = t.enrolments + excluded.enrolments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day_all where n = 0;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger report_node_day_roll_ins after insert on report_node_day
  referencing new table as new_rows for each statement execute function report_node_day_roll();`);
    this.addSql(`create trigger report_node_day_roll_upd after update on report_node_day
  referencing old table as old_rows new table as new_rows for each statement execute function report_node_day_roll();`);
    this.addSql(`create trigger report_node_day_roll_del after delete on report_node_day
  referencing old table as old_rows for each statement execute function report_node_day_roll();`);
    this.addSql(
      `create trigger report_node_day_roll_trunc after truncate on report_node_day for each statement execute function report_node_day_roll();`,
    );
    this.addSql(`set local work_mem = '256MB';`);
    this
      .addSql(`insert into report_node_day_all (node_id, day, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select node_id, day, sum(n), sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum) from report_node_day
  group by 1, 2 having sum(n) <> 0 order by 1, 2;`);
    this.addSql(`analyze report_node_day_all;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger report_node_day_roll_ins on report_node_day;`);
    this.addSql(`drop trigger report_node_day_roll_upd on report_node_day;`);
    this.addSql(`drop trigger report_node_day_roll_del on report_node_day;`);
    this.addSql(`drop trigger report_node_day_roll_trunc on report_node_day;`);
    this.addSql(`drop function report_node_day_roll();`);
    this.addSql(`drop table report_node_day_all;`);
  }
}
