import { Migration } from '@mikro-orm/migrations';

/**
 * report_node_day: the activity sums per organization node (its subtree; 00000000-… = everything) × day ×
 * project category, for the edge days of a period that does not start or end on a month boundary.
 *
 * Why: a day-precise dashboard (2025-03-15 … 09-10) reads its whole months from report_node_month, but its
 * edge days came from report_day_total, one index probe per project of the scope (1,000 for a city: 20–30 ms
 * a statement on the benchmark's dataset, two statements a request). Here a city's edge days are a few
 * hundred rows of one node. Only the all-people rows (report_node_month's dim T) are kept: the person
 * groupings and beneficiary-category filters of edge days still read the project summaries, and needs
 * (kept per month) still come from need_request.
 *
 * Kept like report_node_month: statement triggers on report_day_total (transition tables) add each row to
 * every node on its live project's sponsor path and take it off again, so report_flush and report_rebuild
 * keep it as a side effect (a truncate of report_day_total truncates it); report_member_shift, which moves a
 * project's rows when its sponsor, category or deletion changes or its organization moves, is renamed
 * report_member_shift_months and wrapped to move the project's days too. `n` counts the report_day_total
 * rows behind a row; a row whose n falls to 0 is deleted. test/report-exact.test.ts compares the kept rows
 * with a rebuild and the figures with the raw tables.
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261204080100_report_node_days extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table report_node_day (node_id uuid not null, day date not null, category text not null,
  n int not null, attended bigint not null default 0, att_rows bigint not null default 0, records bigint not null default 0, minutes bigint not null default 0, enrolments bigint not null default 0, fee_fen bigint not null default 0, subsidy_fen bigint not null default 0, payable_fen bigint not null default 0, waitlisted bigint not null default 0, sessions_held bigint not null default 0, capacity bigint not null default 0, class_enrolled bigint not null default 0, evaluations bigint not null default 0, score_sum bigint not null default 0,
  primary key (node_id, day, category)) with (fillfactor = 80, parallel_workers = 0);`);
    this.addSql(`create index report_node_day_zero on report_node_day (node_id) where n = 0;`);
    this.addSql(`
create function report_node_keep_day() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate report_node_day; return null; end if;
  if tg_op = 'INSERT' then 
  insert into report_node_day as t (node_id, day, category, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum) select x.node_id, r.day, p.category, sum(r.sign)::int, sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrolments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum)
    from (select *, 1 as sign from new_rows) r join service_project p on p.id = r.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x where true group by 1, 2, 3
    on conflict (node_id, day, category) do update set n = t.n + excluded.n,
      attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrolments = t.enrolments + excluded.enrolments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day where n = 0;
  elsif tg_op = 'DELETE' then 
  insert into report_node_day as t (node_id, day, category, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum) select x.node_id, r.day, p.category, sum(r.sign)::int, sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrolments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum)
    from (select *, -1 as sign from old_rows) r join service_project p on p.id = r.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x where true group by 1, 2, 3
    on conflict (node_id, day, category) do update set n = t.n + excluded.n,
      attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrolments = t.enrolments + excluded.enrolments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day where n = 0;
  else 
  insert into report_node_day as t (node_id, day, category, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum) select x.node_id, r.day, p.category, sum(r.sign)::int, sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrolments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum)
    from (select * from (select *, -1 as sign from old_rows) o union all select * from (select *, 1 as sign from new_rows) n) r join service_project p on p.id = r.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x where true group by 1, 2, 3
    on conflict (node_id, day, category) do update set n = t.n + excluded.n,
      attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrolments = t.enrolments + excluded.enrolments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day where n = 0;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger report_node_keep_day_ins after insert on report_day_total
  referencing new table as new_rows for each statement execute function report_node_keep_day();`);
    this.addSql(`create trigger report_node_keep_day_upd after update on report_day_total
  referencing old table as old_rows new table as new_rows for each statement execute function report_node_keep_day();`);
    this.addSql(`create trigger report_node_keep_day_del after delete on report_day_total
  referencing old table as old_rows for each statement execute function report_node_keep_day();`);
    this.addSql(`create trigger report_node_keep_day_trunc after truncate on report_day_total
  for each statement execute function report_node_keep_day();`);
    this.addSql(
      `alter function report_member_shift(uuid, text, text, text, text) rename to report_member_shift_months;`,
    );
    this.addSql(`
create function report_member_shift(p_project uuid, old_path text, old_cat text, new_path text, new_cat text)
  returns void language plpgsql as $$
begin
  perform report_member_shift_months(p_project, old_path, old_cat, new_path, new_cat);
  
  insert into report_node_day as t (node_id, day, category, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum) select x.node_id, r.day, r.cat, sum(r.sign)::int, sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrolments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum)
    from (select d.*, v.path, v.cat, v.sign from report_day_total d
          cross join (values (old_path, old_cat, -1), (new_path, new_cat, 1)) v(path, cat, sign)) r cross join lateral report_nodes_of(r.path) x where r.project_id = p_project and r.path is not null group by 1, 2, 3
    on conflict (node_id, day, category) do update set n = t.n + excluded.n,
      attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrolments = t.enrolments + excluded.enrolments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day where n = 0;
end $$;`);
    this.addSql(`set local work_mem = '256MB';`);
    this
      .addSql(`insert into report_node_day (node_id, day, category, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum) select * from (select x.node_id, r.day, p.category, sum(r.sign)::int, sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrolments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum)
    from (select *, 1 as sign from report_day_total) r join service_project p on p.id = r.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x where true group by 1, 2, 3) x order by 1, 2, 3;`);
    this.addSql(`analyze report_node_day;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function report_member_shift(uuid, text, text, text, text);`);
    this.addSql(
      `alter function report_member_shift_months(uuid, text, text, text, text) rename to report_member_shift;`,
    );
    this.addSql(`drop trigger report_node_keep_day_ins on report_day_total;`);
    this.addSql(`drop trigger report_node_keep_day_upd on report_day_total;`);
    this.addSql(`drop trigger report_node_keep_day_del on report_day_total;`);
    this.addSql(`drop trigger report_node_keep_day_trunc on report_day_total;`);
    this.addSql(`drop function report_node_keep_day();`);
    this.addSql(`drop table report_node_day;`);
  }
}
