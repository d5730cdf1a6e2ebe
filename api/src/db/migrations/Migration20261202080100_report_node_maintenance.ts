import { Migration } from '@mikro-orm/migrations';

/**
 * How the node summaries (previous migration) stay exact; this supersedes the maintenance functions of
 * report_maintenance / report_totals (same names, same rule: writes only mark keys, report_flush() folds
 * them in, one at a time under the advisory lock).
 *
 * - report_node_month follows report_month and report_need_month: statement triggers (transition tables)
 *   add each inserted row to every node on its organization's path (and to "everything"), and take each
 *   deleted row off again; so report_flush and report_rebuild keep it as a side effect of what they do.
 * - A project's sponsor, category or deletion changes (report_project_moved) and an organization's path
 *   changes (report_organization_moved, fired for the moved node and each descendant) shift the project's
 *   rows — distinct-people memberships and node sums alike — from the old path to the new one in the
 *   writer's transaction (report_member_shift); an organization's own needs move with it.
 * - report_flush_keys also recomputes the (organization, month) keys of needs, and the age-band and
 *   all-time memberships (report_member_age, kinds A/a).
 */
// Frozen: the literal statements this migration emitted when it landed (issue 19). Never edit a landed
// migration; the current report functions, views and triggers are declared in src/db/schema/.
export class Migration20261202080100_report_node_maintenance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function report_nodes_of(path text) returns table (node_id uuid) language sql immutable parallel safe as $$
  select x::uuid from unnest(string_to_array(trim(both '/' from path), '/')) x
  union all select '00000000-0000-0000-0000-000000000000'::uuid $$;`);
    this.addSql(`
create or replace function report_member_expand(path text, month date, category text)
  returns table (node_id uuid, kind text, start date, cat text) language sql immutable as $$
  select n.node_id, case when n.own then lower(k.kind) else k.kind end, k.start, c.cat
    from (select x::uuid as node_id, false as own from unnest(string_to_array(trim(both '/' from path), '/')) x
          union all select '00000000-0000-0000-0000-000000000000'::uuid, false
          union all select (regexp_match(path, '([^/]+)/$'))[1]::uuid, true) n
   cross join (values ('M', month), ('Q', date_trunc('quarter', month)::date), ('Y', date_trunc('year', month)::date),
                      ('A', date '1900-01-01')) k(kind, start)
   cross join (values (''), (category)) c(cat) $$;`);
    this.addSql(`
create function report_age_expand(path text, month date) returns table (node_id uuid, kind text, start date)
  language sql immutable as $$
  select x.node_id, k.kind, k.start from report_nodes_of(path) x
   cross join (values ('M', month), ('Q', date_trunc('quarter', month)::date), ('Y', date_trunc('year', month)::date),
                      ('A', date '1900-01-01')) k(kind, start) $$;`);
    this.addSql(`
create function report_t2_init() returns void language plpgsql as $$
begin
  if to_regclass('pg_temp.report_t2_node') is not null then return; end if;
  create temp table report_t2_keys (project_id uuid, day date) on commit delete rows;
  create temp table report_t2_months (project_id uuid, month date) on commit delete rows;
  create temp table report_t2_need_keys (org_id uuid, month date) on commit delete rows;
  create temp table report_t2_new (project_id uuid, month date, beneficiary_id uuid, age_band text, gender text,
    ben_cat text) on commit delete rows;
  create temp table report_t2_pm (project_id uuid, month date, beneficiary_id uuid, age_band text, gender text,
    ben_cat text, path text, category text, delta int) on commit delete rows;
  create temp table report_t2_node (node_id uuid, dim char(1), month date, category text, val text, n int,
    attended bigint, att_rows bigint, records bigint, minutes bigint, enrolments bigint, fee_fen bigint, subsidy_fen bigint, payable_fen bigint, waitlisted bigint, sessions_held bigint, capacity bigint, class_enrolled bigint, evaluations bigint, score_sum bigint, needs_open bigint, needs_fulfilled bigint) on commit delete rows;
end $$;`);
    this.addSql(`
create function report_node_apply() returns void language plpgsql as $$
begin
  -- Update the keys that exist, insert the others: an INSERT … ON CONFLICT would check n >= 0 on the
  -- proposed (negative) row before it finds the conflict.
  with a as (
    select node_id, dim, month, category, val, sum(n) n, sum(attended) attended, sum(att_rows) att_rows, sum(records) records, sum(minutes) minutes, sum(enrolments) enrolments, sum(fee_fen) fee_fen, sum(subsidy_fen) subsidy_fen, sum(payable_fen) payable_fen, sum(waitlisted) waitlisted, sum(sessions_held) sessions_held, sum(capacity) capacity, sum(class_enrolled) class_enrolled, sum(evaluations) evaluations, sum(score_sum) score_sum, sum(needs_open) needs_open, sum(needs_fulfilled) needs_fulfilled
      from report_t2_node group by 1, 2, 3, 4, 5
    having sum(n) <> 0 or sum(attended) <> 0 or sum(att_rows) <> 0 or sum(records) <> 0 or sum(minutes) <> 0 or sum(enrolments) <> 0 or sum(fee_fen) <> 0 or sum(subsidy_fen) <> 0 or sum(payable_fen) <> 0 or sum(waitlisted) <> 0 or sum(sessions_held) <> 0 or sum(capacity) <> 0 or sum(class_enrolled) <> 0 or sum(evaluations) <> 0 or sum(score_sum) <> 0 or sum(needs_open) <> 0 or sum(needs_fulfilled) <> 0
  ), u as (
    update report_node_month t set n = t.n + a.n, attended = t.attended + a.attended, att_rows = t.att_rows + a.att_rows, records = t.records + a.records, minutes = t.minutes + a.minutes, enrolments = t.enrolments + a.enrolments, fee_fen = t.fee_fen + a.fee_fen, subsidy_fen = t.subsidy_fen + a.subsidy_fen, payable_fen = t.payable_fen + a.payable_fen, waitlisted = t.waitlisted + a.waitlisted, sessions_held = t.sessions_held + a.sessions_held, capacity = t.capacity + a.capacity, class_enrolled = t.class_enrolled + a.class_enrolled, evaluations = t.evaluations + a.evaluations, score_sum = t.score_sum + a.score_sum, needs_open = t.needs_open + a.needs_open, needs_fulfilled = t.needs_fulfilled + a.needs_fulfilled
      from a where t.node_id = a.node_id and t.dim = a.dim and t.month = a.month and t.category = a.category
       and t.val = a.val
    returning t.node_id, t.dim, t.month, t.category, t.val
  )
  insert into report_node_month (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled)
  select a.* from a where not exists (select 1 from u where u.node_id = a.node_id and u.dim = a.dim
     and u.month = a.month and u.category = a.category and u.val = a.val);
  delete from report_node_month t using (select distinct node_id, dim, month, category, val from report_t2_node) k
   where t.node_id = k.node_id and t.dim = k.dim and t.month = k.month and t.category = k.category
     and t.val = k.val and t.n = 0;
  delete from report_t2_node;
end $$;`);
    this.addSql(`
create function report_node_keep_month() returns trigger language plpgsql as $$
begin
  perform report_t2_init();
  if tg_op in ('UPDATE', 'DELETE') then insert into report_t2_node (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled) select x.node_id, d.dim, r.month, p.category, d.val, sum(-1)::int,
    sum(-1 * r.attended), sum(-1 * r.att_rows), sum(-1 * r.records), sum(-1 * r.minutes), sum(-1 * r.enrolments), sum(-1 * r.fee_fen), sum(-1 * r.subsidy_fen), sum(-1 * r.payable_fen), sum(-1 * r.waitlisted), sum(-1 * r.sessions_held), sum(-1 * r.capacity), sum(-1 * r.class_enrolled), sum(-1 * r.evaluations), sum(-1 * r.score_sum), 0, 0
    from old_rows r join service_project p on p.id = r.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x
    cross join lateral (values ('T', ''), ('G', r.gender), ('A', r.age_band), ('B', r.ben_cat)) d(dim, val)
   where (d.dim = 'T' or r.gender <> '-') and true
   group by 1, 2, 3, 4, 5; end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_t2_node (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled) select x.node_id, d.dim, r.month, p.category, d.val, sum(1)::int,
    sum(1 * r.attended), sum(1 * r.att_rows), sum(1 * r.records), sum(1 * r.minutes), sum(1 * r.enrolments), sum(1 * r.fee_fen), sum(1 * r.subsidy_fen), sum(1 * r.payable_fen), sum(1 * r.waitlisted), sum(1 * r.sessions_held), sum(1 * r.capacity), sum(1 * r.class_enrolled), sum(1 * r.evaluations), sum(1 * r.score_sum), 0, 0
    from new_rows r join service_project p on p.id = r.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x
    cross join lateral (values ('T', ''), ('G', r.gender), ('A', r.age_band), ('B', r.ben_cat)) d(dim, val)
   where (d.dim = 'T' or r.gender <> '-') and true
   group by 1, 2, 3, 4, 5; end if;
  perform report_node_apply();
  return null;
end $$;`);
    this
      .addSql(`create trigger report_node_keep_month_ins after insert on report_month referencing new table as new_rows
        for each statement execute function report_node_keep_month();`);
    this
      .addSql(`create trigger report_node_keep_month_upd after update on report_month referencing old table as old_rows new table as new_rows
        for each statement execute function report_node_keep_month();`);
    this
      .addSql(`create trigger report_node_keep_month_del after delete on report_month referencing old table as old_rows
        for each statement execute function report_node_keep_month();`);
    this.addSql(`
create function report_node_keep_need() returns trigger language plpgsql as $$
begin
  perform report_t2_init();
  if tg_op in ('UPDATE', 'DELETE') then insert into report_t2_node (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled) select x.node_id, 'T', r.month, r.category, '', sum(-1)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    sum(-1 * r.needs_open), sum(-1 * r.needs_fulfilled)
    from old_rows r join organization o on o.id = r.org_id cross join lateral report_nodes_of(o.path) x where true group by 1, 2, 3, 4, 5; end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_t2_node (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled) select x.node_id, 'T', r.month, r.category, '', sum(1)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    sum(1 * r.needs_open), sum(1 * r.needs_fulfilled)
    from new_rows r join organization o on o.id = r.org_id cross join lateral report_nodes_of(o.path) x where true group by 1, 2, 3, 4, 5; end if;
  perform report_node_apply();
  return null;
end $$;`);
    this
      .addSql(`create trigger report_node_keep_need_ins after insert on report_need_month referencing new table as new_rows
        for each statement execute function report_node_keep_need();`);
    this
      .addSql(`create trigger report_node_keep_need_upd after update on report_need_month referencing old table as old_rows new table as new_rows
        for each statement execute function report_node_keep_need();`);
    this
      .addSql(`create trigger report_node_keep_need_del after delete on report_need_month referencing old table as old_rows
        for each statement execute function report_node_keep_need();`);
    this.addSql(`
create or replace function report_member_apply() returns void language plpgsql as $$
begin
  with contrib as (select x.node_id, x.kind, x.start, x.cat as category, d.beneficiary_id, d.gender, d.ben_cat, sum(d.delta)::int as delta
       from report_t2_pm d cross join lateral report_member_expand(d.path, d.month, d.category) x
      group by 1, 2, 3, 4, 5, 6, 7 having sum(d.delta) <> 0),
  cur as (select c.*, coalesce(m.refs, 0) as old_refs from contrib c left join report_member m using (node_id, kind, start, category, beneficiary_id, gender, ben_cat)),
  gone as (delete from report_member m using cur where cur.old_refs + cur.delta = 0
    and (m.node_id, m.kind, m.start, m.category, m.beneficiary_id, m.gender, m.ben_cat) = (cur.node_id, cur.kind, cur.start, cur.category, cur.beneficiary_id, cur.gender, cur.ben_cat)),
  kept as (insert into report_member (node_id, kind, start, category, beneficiary_id, gender, ben_cat, refs) select node_id, kind, start, category, beneficiary_id, gender, ben_cat, old_refs + delta from cur where old_refs + delta <> 0
    on conflict (node_id, kind, start, category, beneficiary_id, gender, ben_cat) do update set refs = excluded.refs)
  insert into report_reach (node_id, kind, start, category, gender, ben_cat, people) select node_id, kind, start, category, gender, ben_cat, sum(case when old_refs = 0 then 1 when old_refs + delta = 0 then -1 else 0 end) from cur group by node_id, kind, start, category, gender, ben_cat
  having sum(case when old_refs = 0 then 1 when old_refs + delta = 0 then -1 else 0 end) <> 0
  on conflict (node_id, kind, start, category, gender, ben_cat) do update set people = report_reach.people + excluded.people;
  with contrib as (select x.node_id, x.kind, x.start, d.age_band, d.beneficiary_id, sum(d.delta)::int as delta
       from report_t2_pm d cross join lateral report_age_expand(d.path, d.month) x
      group by 1, 2, 3, 4, 5 having sum(d.delta) <> 0),
  cur as (select c.*, coalesce(m.refs, 0) as old_refs from contrib c left join report_member_age m using (node_id, kind, start, age_band, beneficiary_id)),
  gone as (delete from report_member_age m using cur where cur.old_refs + cur.delta = 0
    and (m.node_id, m.kind, m.start, m.age_band, m.beneficiary_id) = (cur.node_id, cur.kind, cur.start, cur.age_band, cur.beneficiary_id)),
  kept as (insert into report_member_age (node_id, kind, start, age_band, beneficiary_id, refs) select node_id, kind, start, age_band, beneficiary_id, old_refs + delta from cur where old_refs + delta <> 0
    on conflict (node_id, kind, start, age_band, beneficiary_id) do update set refs = excluded.refs)
  insert into report_reach_age (node_id, kind, start, age_band, people) select node_id, kind, start, age_band, sum(case when old_refs = 0 then 1 when old_refs + delta = 0 then -1 else 0 end) from cur group by node_id, kind, start, age_band
  having sum(case when old_refs = 0 then 1 when old_refs + delta = 0 then -1 else 0 end) <> 0
  on conflict (node_id, kind, start, age_band) do update set people = report_reach_age.people + excluded.people;
  delete from report_t2_pm;
end $$;`);
    this.addSql(`
create or replace function report_member_shift(p_project uuid, old_path text, old_cat text, new_path text, new_cat text)
  returns void language plpgsql as $$
begin
  perform pg_advisory_xact_lock(7250101);
  perform report_t2_init();
  insert into report_t2_pm
  select pm.project_id, pm.month, pm.beneficiary_id, pm.age_band, pm.gender, pm.ben_cat, v.path, v.cat, v.delta
    from report_person_month pm
   cross join (values (old_path, old_cat, -1), (new_path, new_cat, 1)) v(path, cat, delta)
   where pm.project_id = p_project and v.path is not null;
  perform report_member_apply();
  insert into report_t2_node (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled) select x.node_id, d.dim, r.month, v.cat, d.val, sum(v.sign)::int,
    sum(v.sign * r.attended), sum(v.sign * r.att_rows), sum(v.sign * r.records), sum(v.sign * r.minutes), sum(v.sign * r.enrolments), sum(v.sign * r.fee_fen), sum(v.sign * r.subsidy_fen), sum(v.sign * r.payable_fen), sum(v.sign * r.waitlisted), sum(v.sign * r.sessions_held), sum(v.sign * r.capacity), sum(v.sign * r.class_enrolled), sum(v.sign * r.evaluations), sum(v.sign * r.score_sum), 0, 0
    from report_month r cross join (values (old_path, old_cat, -1), (new_path, new_cat, 1)) v(path, cat, sign) cross join lateral report_nodes_of(v.path) x
    cross join lateral (values ('T', ''), ('G', r.gender), ('A', r.age_band), ('B', r.ben_cat)) d(dim, val)
   where (d.dim = 'T' or r.gender <> '-') and r.project_id = p_project and v.path is not null
   group by 1, 2, 3, 4, 5;
  perform report_node_apply();
end $$;`);
    this.addSql(`
create or replace function report_organization_moved() returns trigger language plpgsql as $$
declare p record;
begin
  for p in select id, category from service_project where sponsor_id = new.id and deleted_at is null loop
    perform report_member_shift(p.id, old.path, p.category, new.path, p.category);
  end loop;
  perform pg_advisory_xact_lock(7250101);
  perform report_t2_init();
  insert into report_t2_node (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled) select x.node_id, 'T', r.month, r.category, '', sum(v.sign)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    sum(v.sign * r.needs_open), sum(v.sign * r.needs_fulfilled)
    from report_need_month r cross join (values (old.path, -1), (new.path, 1)) v(path, sign) cross join lateral report_nodes_of(v.path) x where r.org_id = new.id group by 1, 2, 3, 4, 5;
  perform report_node_apply();
  return null;
end $$;`);
    this.addSql(`
create or replace function report_flush_keys() returns int language plpgsql as $$
declare n int; m int;
begin
  perform pg_advisory_xact_lock(7250101);
  perform report_t2_init();
  with claimed as (delete from report_dirty_need returning org_id, month)
  insert into report_t2_need_keys select distinct org_id, month from claimed;
  get diagnostics m = row_count;
  if m > 0 then
    delete from report_need_month r using report_t2_need_keys k where r.org_id = k.org_id and r.month = k.month;
    insert into report_need_month (org_id, month, category, needs_open, needs_fulfilled, n)
    select k.org_id, k.month, nr.category, count(*) filter (where nr.status in ('OPEN', 'MATCHED', 'IN_PROGRESS')),
           count(*) filter (where nr.status = 'FULFILLED'), count(*)
      from report_t2_need_keys k join need_request nr on nr.raised_by_id = k.org_id and nr.deleted_at is null
       and nr.created_at >= (k.month::timestamp at time zone 'Asia/Shanghai')
       and nr.created_at < ((k.month + interval '1 month') at time zone 'Asia/Shanghai')
     group by 1, 2, 3;
    delete from report_t2_need_keys;
  end if;

  with claimed as (delete from report_dirty returning project_id, day)
  insert into report_t2_keys select distinct project_id, day from claimed;
  get diagnostics n = row_count;
  if n = 0 then return m; end if;
  insert into report_t2_months select distinct project_id, date_trunc('month', day)::date from report_t2_keys;

  delete from report_day r using report_t2_keys k where r.project_id = k.project_id and r.day = k.day;
  insert into report_day (project_id, day, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select f.project_id, f.day, f.gender, f.age_band, f.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum)
    from report_t2_keys k join report_fact f on f.project_id = k.project_id and f.day = k.day
   group by 1, 2, 3, 4, 5;
  delete from report_month r using report_t2_months k where r.project_id = k.project_id and r.month = k.month;
  insert into report_month (project_id, month, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select r.project_id, k.month, r.gender, r.age_band, r.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum)
    from report_t2_months k join report_day r on r.project_id = k.project_id
     and r.day >= k.month and r.day < (k.month + interval '1 month')::date
   group by 1, 2, 3, 4, 5;

  insert into report_t2_new
  select distinct f.project_id, date_trunc('month', f.day)::date, f.beneficiary_id, f.age_band, f.gender, f.ben_cat
    from report_t2_months k join report_person_fact f on f.project_id = k.project_id
     and f.day >= k.month and f.day < (k.month + interval '1 month')::date;
  with old as (select pm.* from report_person_month pm join report_t2_months k using (project_id, month)),
       d as ((select *, 1 as delta from (select * from report_t2_new except select * from old) a)
             union all (select *, -1 from (select * from old except select * from report_t2_new) r))
  insert into report_t2_pm
  select d.project_id, d.month, d.beneficiary_id, d.age_band, d.gender, d.ben_cat, o.path, p.category, d.delta
    from d join service_project p on p.id = d.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id;
  delete from report_person_month pm using report_t2_months k where pm.project_id = k.project_id and pm.month = k.month;
  insert into report_person_month select * from report_t2_new;
  perform report_member_apply();
  delete from report_t2_keys; delete from report_t2_months; delete from report_t2_new;
  return n + m;
end $$;`);
    this.addSql(`
create or replace function report_flush() returns int language plpgsql as $$
begin
  if not exists (select 1 from report_dirty) and not exists (select 1 from report_dirty_need) then return 0; end if;
  return report_flush_keys();
end $$;`);
    this.addSql(`
create or replace function report_rebuild() returns void language plpgsql as $$
begin
  perform pg_advisory_xact_lock(7250101);
  truncate report_day, report_month, report_person_month, report_member, report_reach, report_dirty,
    report_need_month, report_dirty_need, report_node_month, report_member_age, report_reach_age;
  insert into report_day (project_id, day, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select project_id, day, gender, age_band, ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum) from report_fact group by 1, 2, 3, 4, 5;
  insert into report_month (project_id, month, gender, age_band, ben_cat, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
  select project_id, date_trunc('month', day)::date, gender, age_band, ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum) from report_day group by 1, 2, 3, 4, 5;
  insert into report_need_month (org_id, month, category, needs_open, needs_fulfilled, n) select raised_by_id, date_trunc('month', report_day_of(created_at))::date, category,
      count(*) filter (where status in ('OPEN', 'MATCHED', 'IN_PROGRESS')), count(*) filter (where status = 'FULFILLED'),
      count(*) from need_request where deleted_at is null group by 1, 2, 3;
  insert into report_person_month
  select distinct project_id, date_trunc('month', day)::date, beneficiary_id, age_band, gender, ben_cat from report_person_fact;
  
  with ins as (
    insert into report_member (node_id, kind, start, category, beneficiary_id, gender, ben_cat, refs)
    select x.node_id, x.kind, x.start, x.cat, pm.beneficiary_id, pm.gender, pm.ben_cat, count(*)
      from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id
     cross join lateral report_member_expand(o.path, pm.month, p.category) x 
     group by 1, 2, 3, 4, 5, 6, 7 returning node_id, kind, start, category, gender, ben_cat)
  insert into report_reach select node_id, kind, start, category, gender, ben_cat, count(*) from ins group by 1, 2, 3, 4, 5, 6;
  
  with ins as (
    insert into report_member_age (node_id, kind, start, age_band, beneficiary_id, refs)
    select x.node_id, x.kind, x.start, pm.age_band, pm.beneficiary_id, count(*)
      from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id
     cross join lateral report_age_expand(o.path, pm.month) x
     group by 1, 2, 3, 4, 5 returning node_id, kind, start, age_band)
  insert into report_reach_age select node_id, kind, start, age_band, count(*) from ins group by 1, 2, 3, 4;
end $$;`);
    this.addSql(`
create or replace function report_day_total_keep() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate report_day_total; return null; end if;
  if tg_op = 'DELETE' then
    insert into report_day_total (project_id, day, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
        select project_id, day, -sum(attended), -sum(att_rows), -sum(records), -sum(minutes), -sum(enrolments), -sum(fee_fen), -sum(subsidy_fen), -sum(payable_fen), -sum(waitlisted), -sum(sessions_held), -sum(capacity), -sum(class_enrolled), -sum(evaluations), -sum(score_sum) from old_rows group by 1, 2
        on conflict (project_id, day) do update set attended = report_day_total.attended + excluded.attended, att_rows = report_day_total.att_rows + excluded.att_rows, records = report_day_total.records + excluded.records, minutes = report_day_total.minutes + excluded.minutes, enrolments = report_day_total.enrolments + excluded.enrolments, fee_fen = report_day_total.fee_fen + excluded.fee_fen, subsidy_fen = report_day_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_day_total.payable_fen + excluded.payable_fen, waitlisted = report_day_total.waitlisted + excluded.waitlisted, sessions_held = report_day_total.sessions_held + excluded.sessions_held, capacity = report_day_total.capacity + excluded.capacity, class_enrolled = report_day_total.class_enrolled + excluded.class_enrolled, evaluations = report_day_total.evaluations + excluded.evaluations, score_sum = report_day_total.score_sum + excluded.score_sum;
    delete from report_day_total t using (select distinct project_id, day from old_rows) k
     where t.project_id = k.project_id and t.day = k.day and t.attended = 0 and t.att_rows = 0 and t.records = 0 and t.minutes = 0 and t.enrolments = 0 and t.fee_fen = 0 and t.subsidy_fen = 0 and t.payable_fen = 0 and t.waitlisted = 0 and t.sessions_held = 0 and t.capacity = 0 and t.class_enrolled = 0 and t.evaluations = 0 and t.score_sum = 0;
  else insert into report_day_total (project_id, day, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
        select project_id, day, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum) from new_rows group by 1, 2
        on conflict (project_id, day) do update set attended = report_day_total.attended + excluded.attended, att_rows = report_day_total.att_rows + excluded.att_rows, records = report_day_total.records + excluded.records, minutes = report_day_total.minutes + excluded.minutes, enrolments = report_day_total.enrolments + excluded.enrolments, fee_fen = report_day_total.fee_fen + excluded.fee_fen, subsidy_fen = report_day_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_day_total.payable_fen + excluded.payable_fen, waitlisted = report_day_total.waitlisted + excluded.waitlisted, sessions_held = report_day_total.sessions_held + excluded.sessions_held, capacity = report_day_total.capacity + excluded.capacity, class_enrolled = report_day_total.class_enrolled + excluded.class_enrolled, evaluations = report_day_total.evaluations + excluded.evaluations, score_sum = report_day_total.score_sum + excluded.score_sum; end if;
  return null;
end $$;`);
    this.addSql(`
create or replace function report_month_total_keep() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate report_month_total; return null; end if;
  if tg_op = 'DELETE' then
    insert into report_month_total (project_id, month, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
        select project_id, month, -sum(attended), -sum(att_rows), -sum(records), -sum(minutes), -sum(enrolments), -sum(fee_fen), -sum(subsidy_fen), -sum(payable_fen), -sum(waitlisted), -sum(sessions_held), -sum(capacity), -sum(class_enrolled), -sum(evaluations), -sum(score_sum) from old_rows group by 1, 2
        on conflict (project_id, month) do update set attended = report_month_total.attended + excluded.attended, att_rows = report_month_total.att_rows + excluded.att_rows, records = report_month_total.records + excluded.records, minutes = report_month_total.minutes + excluded.minutes, enrolments = report_month_total.enrolments + excluded.enrolments, fee_fen = report_month_total.fee_fen + excluded.fee_fen, subsidy_fen = report_month_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_month_total.payable_fen + excluded.payable_fen, waitlisted = report_month_total.waitlisted + excluded.waitlisted, sessions_held = report_month_total.sessions_held + excluded.sessions_held, capacity = report_month_total.capacity + excluded.capacity, class_enrolled = report_month_total.class_enrolled + excluded.class_enrolled, evaluations = report_month_total.evaluations + excluded.evaluations, score_sum = report_month_total.score_sum + excluded.score_sum;
    delete from report_month_total t using (select distinct project_id, month from old_rows) k
     where t.project_id = k.project_id and t.month = k.month and t.attended = 0 and t.att_rows = 0 and t.records = 0 and t.minutes = 0 and t.enrolments = 0 and t.fee_fen = 0 and t.subsidy_fen = 0 and t.payable_fen = 0 and t.waitlisted = 0 and t.sessions_held = 0 and t.capacity = 0 and t.class_enrolled = 0 and t.evaluations = 0 and t.score_sum = 0;
  else insert into report_month_total (project_id, month, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum)
        select project_id, month, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen), sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled), sum(evaluations), sum(score_sum) from new_rows group by 1, 2
        on conflict (project_id, month) do update set attended = report_month_total.attended + excluded.attended, att_rows = report_month_total.att_rows + excluded.att_rows, records = report_month_total.records + excluded.records, minutes = report_month_total.minutes + excluded.minutes, enrolments = report_month_total.enrolments + excluded.enrolments, fee_fen = report_month_total.fee_fen + excluded.fee_fen, subsidy_fen = report_month_total.subsidy_fen + excluded.subsidy_fen, payable_fen = report_month_total.payable_fen + excluded.payable_fen, waitlisted = report_month_total.waitlisted + excluded.waitlisted, sessions_held = report_month_total.sessions_held + excluded.sessions_held, capacity = report_month_total.capacity + excluded.capacity, class_enrolled = report_month_total.class_enrolled + excluded.class_enrolled, evaluations = report_month_total.evaluations + excluded.evaluations, score_sum = report_month_total.score_sum + excluded.score_sum; end if;
  return null;
end $$;`);
    this
      .addSql(`insert into report_node_month (node_id, dim, month, category, val, n, attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted, sessions_held, capacity, class_enrolled, evaluations, score_sum, needs_open, needs_fulfilled) select x.node_id, d.dim, r.month, p.category, d.val, sum(1)::int,
    sum(1 * r.attended), sum(1 * r.att_rows), sum(1 * r.records), sum(1 * r.minutes), sum(1 * r.enrolments), sum(1 * r.fee_fen), sum(1 * r.subsidy_fen), sum(1 * r.payable_fen), sum(1 * r.waitlisted), sum(1 * r.sessions_held), sum(1 * r.capacity), sum(1 * r.class_enrolled), sum(1 * r.evaluations), sum(1 * r.score_sum), 0, 0
    from report_month r join service_project p on p.id = r.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x
    cross join lateral (values ('T', ''), ('G', r.gender), ('A', r.age_band), ('B', r.ben_cat)) d(dim, val)
   where (d.dim = 'T' or r.gender <> '-') and true
   group by 1, 2, 3, 4, 5;`);
    this
      .addSql(`insert into report_need_month (org_id, month, category, needs_open, needs_fulfilled, n) select raised_by_id, date_trunc('month', report_day_of(created_at))::date, category,
      count(*) filter (where status in ('OPEN', 'MATCHED', 'IN_PROGRESS')), count(*) filter (where status = 'FULFILLED'),
      count(*) from need_request where deleted_at is null group by 1, 2, 3;`);
    this.addSql(`
  with ins as (
    insert into report_member (node_id, kind, start, category, beneficiary_id, gender, ben_cat, refs)
    select x.node_id, x.kind, x.start, x.cat, pm.beneficiary_id, pm.gender, pm.ben_cat, count(*)
      from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id
     cross join lateral report_member_expand(o.path, pm.month, p.category) x where x.kind in ('A', 'a')
     group by 1, 2, 3, 4, 5, 6, 7 returning node_id, kind, start, category, gender, ben_cat)
  insert into report_reach select node_id, kind, start, category, gender, ben_cat, count(*) from ins group by 1, 2, 3, 4, 5, 6;`);
    this.addSql(`
  with ins as (
    insert into report_member_age (node_id, kind, start, age_band, beneficiary_id, refs)
    select x.node_id, x.kind, x.start, pm.age_band, pm.beneficiary_id, count(*)
      from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id
     cross join lateral report_age_expand(o.path, pm.month) x
     group by 1, 2, 3, 4, 5 returning node_id, kind, start, age_band)
  insert into report_reach_age select node_id, kind, start, age_band, count(*) from ins group by 1, 2, 3, 4;`);
    this.addSql(`insert into report_dirty select project_id, evaluated_on from evaluation where deleted_at is null;`);
    this.addSql(`select report_flush();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists report_node_keep_month_ins on report_month;`);
    this.addSql(`drop trigger if exists report_node_keep_month_upd on report_month;`);
    this.addSql(`drop trigger if exists report_node_keep_month_del on report_month;`);
    this.addSql(`drop function if exists report_node_keep_month();`);
    this.addSql(`drop trigger if exists report_node_keep_need_ins on report_need_month;`);
    this.addSql(`drop trigger if exists report_node_keep_need_upd on report_need_month;`);
    this.addSql(`drop trigger if exists report_node_keep_need_del on report_need_month;`);
    this.addSql(`drop function if exists report_node_keep_need();`);
    this.addSql(`
create or replace function report_member_expand(path text, month date, category text)
  returns table (node_id uuid, kind text, start date, cat text) language sql immutable as $$
  select n.node_id, case when n.own then lower(k.kind) else k.kind end, k.start, c.cat
    from (select x::uuid as node_id, false as own from unnest(string_to_array(trim(both '/' from path), '/')) x
          union all select '00000000-0000-0000-0000-000000000000'::uuid, false
          union all select (regexp_match(path, '([^/]+)/$'))[1]::uuid, true) n
   cross join (values ('M', month), ('Q', date_trunc('quarter', month)::date), ('Y', date_trunc('year', month)::date)) k(kind, start)
   cross join (values (''), (category)) c(cat) $$;`);
    this.addSql(`
create or replace function report_member_apply() returns void language plpgsql as $$
begin
  with contrib as (
    select x.node_id, x.kind, x.start, x.cat as category, d.beneficiary_id, d.gender, d.ben_cat, sum(d.delta)::int as delta
      from report_t_pm d cross join lateral report_member_expand(d.path, d.month, d.category) x
     group by 1, 2, 3, 4, 5, 6, 7 having sum(d.delta) <> 0
  ), cur as (
    select c.*, coalesce(m.refs, 0) as old_refs from contrib c left join report_member m using (node_id, kind, start, category, beneficiary_id, gender, ben_cat)
  ), gone as (
    delete from report_member m using cur where cur.old_refs + cur.delta = 0
       and (m.node_id, m.kind, m.start, m.category, m.beneficiary_id, m.gender, m.ben_cat)
         = (cur.node_id, cur.kind, cur.start, cur.category, cur.beneficiary_id, cur.gender, cur.ben_cat)
  ), kept as (
    insert into report_member (node_id, kind, start, category, beneficiary_id, gender, ben_cat, refs)
    select node_id, kind, start, category, beneficiary_id, gender, ben_cat, old_refs + delta from cur where old_refs + delta <> 0
    on conflict (node_id, kind, start, category, beneficiary_id, gender, ben_cat) do update set refs = excluded.refs
  )
  insert into report_reach (node_id, kind, start, category, gender, ben_cat, people)
  select node_id, kind, start, category, gender, ben_cat,
         sum(case when old_refs = 0 then 1 when old_refs + delta = 0 then -1 else 0 end)
    from cur group by 1, 2, 3, 4, 5, 6
  having sum(case when old_refs = 0 then 1 when old_refs + delta = 0 then -1 else 0 end) <> 0
  on conflict (node_id, kind, start, category, gender, ben_cat) do update set people = report_reach.people + excluded.people;
  delete from report_t_pm;
end $$;`);
    this.addSql(`
create or replace function report_flush_keys() returns int language plpgsql as $$
declare n int;
begin
  perform pg_advisory_xact_lock(7250101);
  perform report_t_init();
  with claimed as (delete from report_dirty returning project_id, day)
  insert into report_t_keys select distinct project_id, day from claimed;
  get diagnostics n = row_count;
  if n = 0 then return 0; end if;
  insert into report_t_months select distinct project_id, date_trunc('month', day)::date from report_t_keys;

  delete from report_day r using report_t_keys k where r.project_id = k.project_id and r.day = k.day;
  insert into report_day
  select f.project_id, f.day, f.gender, f.age_band, f.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen),
  sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled)
    from report_t_keys k join report_fact f on f.project_id = k.project_id and f.day = k.day
   group by 1, 2, 3, 4, 5;
  delete from report_month r using report_t_months k where r.project_id = k.project_id and r.month = k.month;
  insert into report_month
  select r.project_id, k.month, r.gender, r.age_band, r.ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen),
  sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled)
    from report_t_months k join report_day r on r.project_id = k.project_id
     and r.day >= k.month and r.day < (k.month + interval '1 month')::date
   group by 1, 2, 3, 4, 5;

  insert into report_t_new
  select distinct f.project_id, date_trunc('month', f.day)::date, f.beneficiary_id, f.age_band, f.gender, f.ben_cat
    from report_t_months k join report_person_fact f on f.project_id = k.project_id
     and f.day >= k.month and f.day < (k.month + interval '1 month')::date;
  with old as (select pm.* from report_person_month pm join report_t_months k using (project_id, month)),
       d as ((select *, 1 as delta from (select * from report_t_new except select * from old) a)
             union all (select *, -1 from (select * from old except select * from report_t_new) r))
  insert into report_t_pm
  select d.project_id, d.month, d.beneficiary_id, d.gender, d.ben_cat, o.path, p.category, d.delta
    from d join service_project p on p.id = d.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id;
  delete from report_person_month pm using report_t_months k where pm.project_id = k.project_id and pm.month = k.month;
  insert into report_person_month select * from report_t_new;
  perform report_member_apply();
  delete from report_t_keys; delete from report_t_months; delete from report_t_new;
  return n;
end $$;`);
    this.addSql(`
create or replace function report_rebuild() returns void language plpgsql as $$
begin
  perform pg_advisory_xact_lock(7250101);
  truncate report_day, report_month, report_person_month, report_member, report_reach, report_dirty;
  insert into report_day select project_id, day, gender, age_band, ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen),
  sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled) from report_fact group by 1, 2, 3, 4, 5;
  insert into report_month select project_id, date_trunc('month', day)::date, gender, age_band, ben_cat, sum(attended), sum(att_rows), sum(records), sum(minutes), sum(enrolments), sum(fee_fen), sum(subsidy_fen),
  sum(payable_fen), sum(waitlisted), sum(sessions_held), sum(capacity), sum(class_enrolled)
    from report_day group by 1, 2, 3, 4, 5;
  insert into report_person_month
  select distinct project_id, date_trunc('month', day)::date, beneficiary_id, age_band, gender, ben_cat from report_person_fact;
  insert into report_member (node_id, kind, start, category, beneficiary_id, gender, ben_cat, refs)
  select x.node_id, x.kind, x.start, x.cat, pm.beneficiary_id, pm.gender, pm.ben_cat, count(*)
    from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id
   cross join lateral report_member_expand(o.path, pm.month, p.category) x
   group by 1, 2, 3, 4, 5, 6, 7;
  insert into report_reach select node_id, kind, start, category, gender, ben_cat, count(*) from report_member group by 1, 2, 3, 4, 5, 6;
end $$;`);
    this.addSql(`
create or replace function report_member_shift(p_project uuid, old_path text, old_cat text, new_path text, new_cat text)
  returns void language plpgsql as $$
begin
  perform pg_advisory_xact_lock(7250101);
  perform report_t_init();
  insert into report_t_pm
  select pm.project_id, pm.month, pm.beneficiary_id, pm.gender, pm.ben_cat, v.path, v.cat, v.delta
    from report_person_month pm
   cross join (values (old_path, old_cat, -1), (new_path, new_cat, 1)) v(path, cat, delta)
   where pm.project_id = p_project and v.path is not null;
  perform report_member_apply();
end $$;`);
    this.addSql(`
create or replace function report_organization_moved() returns trigger language plpgsql as $$
declare p record;
begin
  for p in select id, category from service_project where sponsor_id = new.id and deleted_at is null loop
    perform report_member_shift(p.id, old.path, p.category, new.path, p.category);
  end loop;
  return null;
end $$;`);
    this.addSql(`
create or replace function report_flush() returns int language plpgsql as $$
begin
  if not exists (select 1 from report_dirty) then return 0; end if;
  return report_flush_keys();
end $$;`);
    this.addSql(`
create or replace function report_day_total_keep() returns trigger language plpgsql as $$
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
    this.addSql(`
create or replace function report_month_total_keep() returns trigger language plpgsql as $$
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
    this.addSql(`drop function if exists report_node_apply();`);
    this.addSql(`drop function if exists report_t2_init();`);
    this.addSql(`drop function if exists report_age_expand(text, date);`);
    this.addSql(`drop function if exists report_nodes_of(text);`);
    this.addSql(`delete from report_member where kind in ('A', 'a');`);
    this.addSql(`delete from report_reach where kind in ('A', 'a');`);
  }
}
