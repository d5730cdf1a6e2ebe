import { declareFunctions } from './declared';

/**
 * The "all categories" rollups: statement triggers on report_node_day, report_node_month and report_reach keep
 * their `_all` twins, so that a question over every category reads one row per node and period.
 */
export const reportRollupFunctions = declareFunctions([
  `CREATE OR REPLACE FUNCTION public.report_node_day_roll()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if tg_op = 'TRUNCATE' then truncate report_node_day_all; return null; end if;
  if tg_op = 'INSERT' then 
  insert into report_node_day_all as t (node_id, day, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select r.node_id, r.day, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrollments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum) from (select *, 1 as sign from new_rows) r group by 1, 2
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrollments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0
  on conflict (node_id, day) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrollments = t.enrollments + excluded.enrollments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day_all where n = 0;
  elsif tg_op = 'DELETE' then 
  insert into report_node_day_all as t (node_id, day, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select r.node_id, r.day, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrollments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum) from (select *, -1 as sign from old_rows) r group by 1, 2
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrollments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0
  on conflict (node_id, day) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrollments = t.enrollments + excluded.enrollments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day_all where n = 0;
  else 
  insert into report_node_day_all as t (node_id, day, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select r.node_id, r.day, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrollments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum) from (select *, -1 as sign from old_rows union all select *, 1 as sign from new_rows) r group by 1, 2
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrollments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0
  on conflict (node_id, day) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrollments = t.enrollments + excluded.enrollments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day_all where n = 0;
  end if;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_node_month_roll()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if tg_op = 'TRUNCATE' then truncate report_node_month_all; return null; end if;
  if tg_op = 'INSERT' then 
  insert into report_node_month_all as t (node_id, dim, month, val, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled)
  select r.node_id, r.dim, r.month, r.val, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrollments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum), sum(r.sign * r.needs_open), sum(r.sign * r.needs_fulfilled) from (select *, 1 as sign from new_rows) r group by 1, 2, 3, 4
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrollments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0 or sum(r.sign * r.needs_open) <> 0 or sum(r.sign * r.needs_fulfilled) <> 0
  on conflict (node_id, dim, month, val) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrollments = t.enrollments + excluded.enrollments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum, needs_open = t.needs_open + excluded.needs_open, needs_fulfilled = t.needs_fulfilled + excluded.needs_fulfilled;
  delete from report_node_month_all where n = 0;
  elsif tg_op = 'DELETE' then 
  insert into report_node_month_all as t (node_id, dim, month, val, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled)
  select r.node_id, r.dim, r.month, r.val, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrollments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum), sum(r.sign * r.needs_open), sum(r.sign * r.needs_fulfilled) from (select *, -1 as sign from old_rows) r group by 1, 2, 3, 4
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrollments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0 or sum(r.sign * r.needs_open) <> 0 or sum(r.sign * r.needs_fulfilled) <> 0
  on conflict (node_id, dim, month, val) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrollments = t.enrollments + excluded.enrollments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum, needs_open = t.needs_open + excluded.needs_open, needs_fulfilled = t.needs_fulfilled + excluded.needs_fulfilled;
  delete from report_node_month_all where n = 0;
  else 
  insert into report_node_month_all as t (node_id, dim, month, val, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled)
  select r.node_id, r.dim, r.month, r.val, sum(r.sign * r.n), sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrollments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum), sum(r.sign * r.needs_open), sum(r.sign * r.needs_fulfilled) from (select *, -1 as sign from old_rows union all select *, 1 as sign from new_rows) r group by 1, 2, 3, 4
    having sum(r.sign * r.n) <> 0 or sum(r.sign * r.attended) <> 0 or sum(r.sign * r.att_rows) <> 0 or sum(r.sign * r.records) <> 0 or sum(r.sign * r.minutes) <> 0 or sum(r.sign * r.enrollments) <> 0 or sum(r.sign * r.fee_fen) <> 0 or sum(r.sign * r.subsidy_fen) <> 0 or sum(r.sign * r.payable_fen) <> 0 or sum(r.sign * r.waitlisted) <> 0 or sum(r.sign * r.sessions_held) <> 0 or sum(r.sign * r.capacity) <> 0 or sum(r.sign * r.class_enrolled) <> 0 or sum(r.sign * r.evaluations) <> 0 or sum(r.sign * r.score_sum) <> 0 or sum(r.sign * r.needs_open) <> 0 or sum(r.sign * r.needs_fulfilled) <> 0
  on conflict (node_id, dim, month, val) do update set n = t.n + excluded.n,
    attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrollments = t.enrollments + excluded.enrollments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum, needs_open = t.needs_open + excluded.needs_open, needs_fulfilled = t.needs_fulfilled + excluded.needs_fulfilled;
  delete from report_node_month_all where n = 0;
  end if;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_reach_roll()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
end $function$`,
]);
