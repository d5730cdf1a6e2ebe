import { declareFunctions } from './declared';

/**
 * The cascade from project summaries to lean totals and node summaries: statement triggers on report_day and
 * report_month keep report_day_total / report_month_total, and those on the totals and on report_need_month
 * keep report_node_day / report_node_month (issue 19 item 3 replaces these triggers with one ordered step).
 */
export const reportCascadeFunctions = declareFunctions([
  `CREATE OR REPLACE FUNCTION public.report_day_total_keep()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if tg_op = 'TRUNCATE' then truncate report_day_total; return null; end if;
  if tg_op = 'DELETE' then
    insert into report_day_total (project_id, day, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
        select project_id, day, -sum(attended), -sum(att_rows), -sum(records), -sum(minutes), -sum(enrollments), -sum(fee_fen), -sum(subsidy_fen), -sum(payable_fen), -sum(waitlisted), -sum(sessions_held), -sum(capacity), -sum(class_enrolled), -sum(evaluations), -sum(score_sum) from old_rows group by 1, 2
        on conflict (project_id, day) do update set attended = report_day_total.attended + excluded.attended, att_rows = report_day_total.att_rows + excluded.att_rows, records = report_day_total.records + excluded.records, minutes = report_day_total.minutes + excluded.minutes, enrollments = report_day_total.enrollments + excluded.enrollments, fee_fen = report_day_total.fee_fen + excluded.fee_fen, subsidy_fen = report_day_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_day_total.payable_fen + excluded.payable_fen, waitlisted = report_day_total.waitlisted + excluded.waitlisted, sessions_held = report_day_total.sessions_held + excluded.sessions_held, capacity = report_day_total.capacity + excluded.capacity, class_enrolled = report_day_total.class_enrolled + excluded.class_enrolled, evaluations = report_day_total.evaluations + excluded.evaluations, score_sum = report_day_total.score_sum + excluded.score_sum;
    delete from report_day_total t using (select distinct project_id, day from old_rows) k
     where t.project_id = k.project_id and t.day = k.day and t.attended = 0 and t.att_rows = 0 and t.records = 0 and t.minutes = 0 and t.enrollments = 0 and t.fee_fen = 0 and t.subsidy_fen = 0 and t.payable_fen = 0 and t.waitlisted = 0 and t.sessions_held = 0 and t.capacity = 0 and t.class_enrolled = 0 and t.evaluations = 0 and t.score_sum = 0;
  else insert into report_day_total (project_id, day, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
        select project_id, day, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrollments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum) from new_rows group by 1, 2
        on conflict (project_id, day) do update set attended = report_day_total.attended + excluded.attended, att_rows = report_day_total.att_rows + excluded.att_rows, records = report_day_total.records + excluded.records, minutes = report_day_total.minutes + excluded.minutes, enrollments = report_day_total.enrollments + excluded.enrollments, fee_fen = report_day_total.fee_fen + excluded.fee_fen, subsidy_fen = report_day_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_day_total.payable_fen + excluded.payable_fen, waitlisted = report_day_total.waitlisted + excluded.waitlisted, sessions_held = report_day_total.sessions_held + excluded.sessions_held, capacity = report_day_total.capacity + excluded.capacity, class_enrolled = report_day_total.class_enrolled + excluded.class_enrolled, evaluations = report_day_total.evaluations + excluded.evaluations, score_sum = report_day_total.score_sum + excluded.score_sum; end if;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_month_total_keep()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if tg_op = 'TRUNCATE' then truncate report_month_total; return null; end if;
  if tg_op = 'DELETE' then
    insert into report_month_total (project_id, month, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
        select project_id, month, -sum(attended), -sum(att_rows), -sum(records), -sum(minutes), -sum(enrollments), -sum(fee_fen), -sum(subsidy_fen), -sum(payable_fen), -sum(waitlisted), -sum(sessions_held), -sum(capacity), -sum(class_enrolled), -sum(evaluations), -sum(score_sum) from old_rows group by 1, 2
        on conflict (project_id, month) do update set attended = report_month_total.attended + excluded.attended, att_rows = report_month_total.att_rows + excluded.att_rows, records = report_month_total.records + excluded.records, minutes = report_month_total.minutes + excluded.minutes, enrollments = report_month_total.enrollments + excluded.enrollments, fee_fen = report_month_total.fee_fen + excluded.fee_fen, subsidy_fen = report_month_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_month_total.payable_fen + excluded.payable_fen, waitlisted = report_month_total.waitlisted + excluded.waitlisted, sessions_held = report_month_total.sessions_held + excluded.sessions_held, capacity = report_month_total.capacity + excluded.capacity, class_enrolled = report_month_total.class_enrolled + excluded.class_enrolled, evaluations = report_month_total.evaluations + excluded.evaluations, score_sum = report_month_total.score_sum + excluded.score_sum;
    delete from report_month_total t using (select distinct project_id, month from old_rows) k
     where t.project_id = k.project_id and t.month = k.month and t.attended = 0 and t.att_rows = 0 and t.records = 0 and t.minutes = 0 and t.enrollments = 0 and t.fee_fen = 0 and t.subsidy_fen = 0 and t.payable_fen = 0 and t.waitlisted = 0 and t.sessions_held = 0 and t.capacity = 0 and t.class_enrolled = 0 and t.evaluations = 0 and t.score_sum = 0;
  else insert into report_month_total (project_id, month, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
        select project_id, month, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrollments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum) from new_rows group by 1, 2
        on conflict (project_id, month) do update set attended = report_month_total.attended + excluded.attended, att_rows = report_month_total.att_rows + excluded.att_rows, records = report_month_total.records + excluded.records, minutes = report_month_total.minutes + excluded.minutes, enrollments = report_month_total.enrollments + excluded.enrollments, fee_fen = report_month_total.fee_fen + excluded.fee_fen, subsidy_fen = report_month_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_month_total.payable_fen + excluded.payable_fen, waitlisted = report_month_total.waitlisted + excluded.waitlisted, sessions_held = report_month_total.sessions_held + excluded.sessions_held, capacity = report_month_total.capacity + excluded.capacity, class_enrolled = report_month_total.class_enrolled + excluded.class_enrolled, evaluations = report_month_total.evaluations + excluded.evaluations, score_sum = report_month_total.score_sum + excluded.score_sum; end if;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_node_keep_day()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if tg_op = 'TRUNCATE' then truncate report_node_day; return null; end if;
  if tg_op = 'INSERT' then 
  insert into report_node_day as t (node_id, day, category, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum) select x.node_id, r.day, p.category, sum(r.sign)::int, sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrollments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum)
    from (select *, 1 as sign from new_rows) r join service_project p on p.id = r.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x where true group by 1, 2, 3
    on conflict (node_id, day, category) do update set n = t.n + excluded.n,
      attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrollments = t.enrollments + excluded.enrollments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day where n = 0;
  elsif tg_op = 'DELETE' then 
  insert into report_node_day as t (node_id, day, category, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum) select x.node_id, r.day, p.category, sum(r.sign)::int, sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrollments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum)
    from (select *, -1 as sign from old_rows) r join service_project p on p.id = r.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x where true group by 1, 2, 3
    on conflict (node_id, day, category) do update set n = t.n + excluded.n,
      attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrollments = t.enrollments + excluded.enrollments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day where n = 0;
  else 
  insert into report_node_day as t (node_id, day, category, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum) select x.node_id, r.day, p.category, sum(r.sign)::int, sum(r.sign * r.attended), sum(r.sign * r.att_rows), sum(r.sign * r.records), sum(r.sign * r.minutes), sum(r.sign * r.enrollments), sum(r.sign * r.fee_fen), sum(r.sign * r.subsidy_fen), sum(r.sign * r.payable_fen), sum(r.sign * r.waitlisted), sum(r.sign * r.sessions_held), sum(r.sign * r.capacity), sum(r.sign * r.class_enrolled), sum(r.sign * r.evaluations), sum(r.sign * r.score_sum)
    from (select * from (select *, -1 as sign from old_rows) o union all select * from (select *, 1 as sign from new_rows) n) r join service_project p on p.id = r.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x where true group by 1, 2, 3
    on conflict (node_id, day, category) do update set n = t.n + excluded.n,
      attended = t.attended + excluded.attended, att_rows = t.att_rows + excluded.att_rows, records = t.records + excluded.records, minutes = t.minutes + excluded.minutes, enrollments = t.enrollments + excluded.enrollments, fee_fen = t.fee_fen + excluded.fee_fen, subsidy_fen = t.subsidy_fen + excluded.subsidy_fen, payable_fen = t.payable_fen + excluded.payable_fen, waitlisted = t.waitlisted + excluded.waitlisted, sessions_held = t.sessions_held + excluded.sessions_held, capacity = t.capacity + excluded.capacity, class_enrolled = t.class_enrolled + excluded.class_enrolled, evaluations = t.evaluations + excluded.evaluations, score_sum = t.score_sum + excluded.score_sum;
  delete from report_node_day where n = 0;
  end if;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_node_keep_month()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  perform report_t2_init();
  if tg_op in ('UPDATE', 'DELETE') then insert into report_t2_node (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled) select x.node_id, d.dim, r.month, p.category, d.val, sum(-1)::int,
    sum(-1 * r.attended), sum(-1 * r.att_rows), sum(-1 * r.records), sum(-1 * r.minutes), sum(-1 * r.enrollments), sum(-1 * r.fee_fen), sum(-1 * r.subsidy_fen), sum(-1 * r.payable_fen), sum(-1 * r.waitlisted), sum(-1 * r.sessions_held), sum(-1 * r.capacity), sum(-1 * r.class_enrolled), sum(-1 * r.evaluations), sum(-1 * r.score_sum), 0, 0
    from old_rows r join service_project p on p.id = r.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x
    cross join lateral (values ('T', ''), ('G', r.gender), ('A', r.age_band), ('B', r.ben_cat)) d(dim, val)
   where (d.dim = 'T' or r.gender <> '-') and true
   group by 1, 2, 3, 4, 5; end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_t2_node (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled) select x.node_id, d.dim, r.month, p.category, d.val, sum(1)::int,
    sum(1 * r.attended), sum(1 * r.att_rows), sum(1 * r.records), sum(1 * r.minutes), sum(1 * r.enrollments), sum(1 * r.fee_fen), sum(1 * r.subsidy_fen), sum(1 * r.payable_fen), sum(1 * r.waitlisted), sum(1 * r.sessions_held), sum(1 * r.capacity), sum(1 * r.class_enrolled), sum(1 * r.evaluations), sum(1 * r.score_sum), 0, 0
    from new_rows r join service_project p on p.id = r.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x
    cross join lateral (values ('T', ''), ('G', r.gender), ('A', r.age_band), ('B', r.ben_cat)) d(dim, val)
   where (d.dim = 'T' or r.gender <> '-') and true
   group by 1, 2, 3, 4, 5; end if;
  perform report_node_apply();
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_node_keep_need()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  perform report_t2_init();
  if tg_op in ('UPDATE', 'DELETE') then insert into report_t2_node (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled) select x.node_id, 'T', r.month, r.category, '', sum(-1)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    sum(-1 * r.needs_open), sum(-1 * r.needs_fulfilled)
    from old_rows r join organization o on o.id = r.org_id cross join lateral report_nodes_of(o.path) x where true group by 1, 2, 3, 4, 5; end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_t2_node (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrollments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled) select x.node_id, 'T', r.month, r.category, '', sum(1)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    sum(1 * r.needs_open), sum(1 * r.needs_fulfilled)
    from new_rows r join organization o on o.id = r.org_id cross join lateral report_nodes_of(o.path) x where true group by 1, 2, 3, 4, 5; end if;
  perform report_node_apply();
  return null;
end $function$`,
]);
