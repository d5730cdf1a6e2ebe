"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261202080100_report_node_maintenance = void 0;
const migrations_1 = require("@mikro-orm/migrations");
const Migration20261202080000_report_node_tables_1 = require("./Migration20261202080000_report_node_tables");
const Migration20261201081100_report_maintenance_1 = require("./Migration20261201081100_report_maintenance");
const Migration20261201081200_report_totals_1 = require("./Migration20261201081200_report_totals");
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
const LOCK = 7_250_101;
const FACT = Migration20261202080000_report_node_tables_1.NODE_MEASURES.slice(0, 14);
const FACT_COLS = FACT.join(', ');
const SUMS = FACT.map((m) => `sum(${m})`).join(', ');
const NODE_COLS = `node_id, dim, month, category, val, n, ${Migration20261202080000_report_node_tables_1.NODE_MEASURES.join(', ')}`;
const KEY = 'node_id, kind, start, category, beneficiary_id, gender, ben_cat';
const AGE_KEY = 'node_id, kind, start, age_band, beneficiary_id';
/** Node contributions of summary rows `r` (report_month shaped) on `path`, signed, grouped by node key. */
function nodeFacts(from, path, category, sign, where = 'true') {
    return `select x.node_id, d.dim, r.month, ${category}, d.val, sum(${sign})::int,
    ${FACT.map((m) => `sum(${sign} * r.${m})`).join(', ')}, 0, 0
    from ${from} cross join lateral report_nodes_of(${path}) x
    cross join lateral (values ('T', ''), ('G', r.gender), ('A', r.age_band), ('B', r.ben_cat)) d(dim, val)
   where (d.dim = 'T' or r.gender <> '-') and ${where}
   group by 1, 2, 3, 4, 5`;
}
/** Node contributions of report_need_month rows `r` on `path`, signed. */
function nodeNeeds(from, path, sign, where = 'true') {
    return `select x.node_id, 'T', r.month, r.category, '', sum(${sign})::int, ${FACT.map(() => '0').join(', ')},
    sum(${sign} * r.needs_open), sum(${sign} * r.needs_fulfilled)
    from ${from} cross join lateral report_nodes_of(${path}) x where ${where} group by 1, 2, 3, 4, 5`;
}
/** Exact distinct-people memberships (and their counts) of the signed person-month rows in report_t2_pm. */
function applyMembers(table, reach, key, contrib) {
    const cols = key.split(', ');
    const group = key.replace('beneficiary_id, ', '').replace(', beneficiary_id', '');
    const change = 'sum(case when old_refs = 0 then 1 when old_refs + delta = 0 then -1 else 0 end)';
    return `with contrib as (${contrib}),
  cur as (select c.*, coalesce(m.refs, 0) as old_refs from contrib c left join ${table} m using (${key})),
  gone as (delete from ${table} m using cur where cur.old_refs + cur.delta = 0
    and (${cols.map((c) => `m.${c}`).join(', ')}) = (${cols.map((c) => `cur.${c}`).join(', ')})),
  kept as (insert into ${table} (${key}, refs) select ${key}, old_refs + delta from cur where old_refs + delta <> 0
    on conflict (${key}) do update set refs = excluded.refs)
  insert into ${reach} (${group}, people) select ${group}, ${change} from cur group by ${group}
  having ${change} <> 0
  on conflict (${group}) do update set people = ${reach}.people + excluded.people`;
}
class Migration20261202080100_report_node_maintenance extends migrations_1.Migration {
    async up() {
        this.addSql(`
create function report_nodes_of(path text) returns table (node_id uuid) language sql immutable parallel safe as $$
  select x::uuid from unnest(string_to_array(trim(both '/' from path), '/')) x
  union all select '00000000-0000-0000-0000-000000000000'::uuid $$;`);
        // As before, plus kind A (all time) for the subtree and a for the node's own projects.
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
        // Work tables of one transaction (new names: a pooled session may still hold the old report_t_* shapes).
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
    ${Migration20261202080000_report_node_tables_1.NODE_MEASURES.map((m) => `${m} bigint`).join(', ')}) on commit delete rows;
end $$;`);
        this.addSql(`
create function report_node_apply() returns void language plpgsql as $$
begin
  -- Update the keys that exist, insert the others: an INSERT … ON CONFLICT would check n >= 0 on the
  -- proposed (negative) row before it finds the conflict.
  with a as (
    select node_id, dim, month, category, val, sum(n) n, ${Migration20261202080000_report_node_tables_1.NODE_MEASURES.map((m) => `sum(${m}) ${m}`).join(', ')}
      from report_t2_node group by 1, 2, 3, 4, 5
    having sum(n) <> 0 or ${Migration20261202080000_report_node_tables_1.NODE_MEASURES.map((m) => `sum(${m}) <> 0`).join(' or ')}
  ), u as (
    update report_node_month t set n = t.n + a.n, ${Migration20261202080000_report_node_tables_1.NODE_MEASURES.map((m) => `${m} = t.${m} + a.${m}`).join(', ')}
      from a where t.node_id = a.node_id and t.dim = a.dim and t.month = a.month and t.category = a.category
       and t.val = a.val
    returning t.node_id, t.dim, t.month, t.category, t.val
  )
  insert into report_node_month (${NODE_COLS})
  select a.* from a where not exists (select 1 from u where u.node_id = a.node_id and u.dim = a.dim
     and u.month = a.month and u.category = a.category and u.val = a.val);
  delete from report_node_month t using (select distinct node_id, dim, month, category, val from report_t2_node) k
   where t.node_id = k.node_id and t.dim = k.dim and t.month = k.month and t.category = k.category
     and t.val = k.val and t.n = 0;
  delete from report_t2_node;
end $$;`);
        const liveProject = `join service_project p on p.id = r.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id`;
        for (const [table, fn, contrib] of [
            ['report_month', 'report_node_keep_month', (rows, sign) => nodeFacts(`${rows} r ${liveProject}`, 'o.path', 'p.category', sign)],
            ['report_need_month', 'report_node_keep_need', (rows, sign) => nodeNeeds(`${rows} r join organization o on o.id = r.org_id`, 'o.path', sign)],
        ]) {
            this.addSql(`
create function ${fn}() returns trigger language plpgsql as $$
begin
  perform report_t2_init();
  if tg_op in ('UPDATE', 'DELETE') then insert into report_t2_node (${NODE_COLS}) ${contrib('old_rows', '-1')}; end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_t2_node (${NODE_COLS}) ${contrib('new_rows', '1')}; end if;
  perform report_node_apply();
  return null;
end $$;`);
            this.addSql(`create trigger ${fn}_ins after insert on ${table} referencing new table as new_rows
        for each statement execute function ${fn}();`);
            this.addSql(`create trigger ${fn}_upd after update on ${table} referencing old table as old_rows new table as new_rows
        for each statement execute function ${fn}();`);
            this.addSql(`create trigger ${fn}_del after delete on ${table} referencing old table as old_rows
        for each statement execute function ${fn}();`);
        }
        this.addSql(`
create or replace function report_member_apply() returns void language plpgsql as $$
begin
  ${applyMembers('report_member', 'report_reach', KEY, `select x.node_id, x.kind, x.start, x.cat as category, d.beneficiary_id, d.gender, d.ben_cat, sum(d.delta)::int as delta
       from report_t2_pm d cross join lateral report_member_expand(d.path, d.month, d.category) x
      group by 1, 2, 3, 4, 5, 6, 7 having sum(d.delta) <> 0`)};
  ${applyMembers('report_member_age', 'report_reach_age', AGE_KEY, `select x.node_id, x.kind, x.start, d.age_band, d.beneficiary_id, sum(d.delta)::int as delta
       from report_t2_pm d cross join lateral report_age_expand(d.path, d.month) x
      group by 1, 2, 3, 4, 5 having sum(d.delta) <> 0`)};
  delete from report_t2_pm;
end $$;`);
        // A project's rows from one (path, category) to another; a null path = nowhere (deleted project).
        this.addSql(`
create or replace function report_member_shift(p_project uuid, old_path text, old_cat text, new_path text, new_cat text)
  returns void language plpgsql as $$
begin
  perform pg_advisory_xact_lock(${LOCK});
  perform report_t2_init();
  insert into report_t2_pm
  select pm.project_id, pm.month, pm.beneficiary_id, pm.age_band, pm.gender, pm.ben_cat, v.path, v.cat, v.delta
    from report_person_month pm
   cross join (values (old_path, old_cat, -1), (new_path, new_cat, 1)) v(path, cat, delta)
   where pm.project_id = p_project and v.path is not null;
  perform report_member_apply();
  insert into report_t2_node (${NODE_COLS}) ${nodeFacts(`report_month r cross join (values (old_path, old_cat, -1), (new_path, new_cat, 1)) v(path, cat, sign)`, 'v.path', 'v.cat', 'v.sign', 'r.project_id = p_project and v.path is not null')};
  perform report_node_apply();
end $$;`);
        this.addSql(`
create or replace function report_organization_moved() returns trigger language plpgsql as $$
declare p record;
begin
  for p in select id, category from service_project where sponsor_id = new.id and deleted_at is null loop
    perform report_member_shift(p.id, old.path, p.category, new.path, p.category);
  end loop;
  perform pg_advisory_xact_lock(${LOCK});
  perform report_t2_init();
  insert into report_t2_node (${NODE_COLS}) ${nodeNeeds('report_need_month r cross join (values (old.path, -1), (new.path, 1)) v(path, sign)', 'v.path', 'v.sign', 'r.org_id = new.id')};
  perform report_node_apply();
  return null;
end $$;`);
        this.addSql(`
create or replace function report_flush_keys() returns int language plpgsql as $$
declare n int; m int;
begin
  perform pg_advisory_xact_lock(${LOCK});
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
  insert into report_day (project_id, day, gender, age_band, ben_cat, ${FACT_COLS})
  select f.project_id, f.day, f.gender, f.age_band, f.ben_cat, ${SUMS}
    from report_t2_keys k join report_fact f on f.project_id = k.project_id and f.day = k.day
   group by 1, 2, 3, 4, 5;
  delete from report_month r using report_t2_months k where r.project_id = k.project_id and r.month = k.month;
  insert into report_month (project_id, month, gender, age_band, ben_cat, ${FACT_COLS})
  select r.project_id, k.month, r.gender, r.age_band, r.ben_cat, ${SUMS}
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
        const needMonths = `select raised_by_id, date_trunc('month', report_day_of(created_at))::date, category,
      count(*) filter (where status in ('OPEN', 'MATCHED', 'IN_PROGRESS')), count(*) filter (where status = 'FULFILLED'),
      count(*) from need_request where deleted_at is null group by 1, 2, 3`;
        const members = (kinds) => `
  with ins as (
    insert into report_member (${KEY}, refs)
    select x.node_id, x.kind, x.start, x.cat, pm.beneficiary_id, pm.gender, pm.ben_cat, count(*)
      from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id
     cross join lateral report_member_expand(o.path, pm.month, p.category) x ${kinds}
     group by 1, 2, 3, 4, 5, 6, 7 returning node_id, kind, start, category, gender, ben_cat)
  insert into report_reach select node_id, kind, start, category, gender, ben_cat, count(*) from ins group by 1, 2, 3, 4, 5, 6`;
        const ageMembers = `
  with ins as (
    insert into report_member_age (${AGE_KEY}, refs)
    select x.node_id, x.kind, x.start, pm.age_band, pm.beneficiary_id, count(*)
      from report_person_month pm join service_project p on p.id = pm.project_id and p.deleted_at is null
      join organization o on o.id = p.sponsor_id
     cross join lateral report_age_expand(o.path, pm.month) x
     group by 1, 2, 3, 4, 5 returning node_id, kind, start, age_band)
  insert into report_reach_age select node_id, kind, start, age_band, count(*) from ins group by 1, 2, 3, 4`;
        this.addSql(`
create or replace function report_rebuild() returns void language plpgsql as $$
begin
  perform pg_advisory_xact_lock(${LOCK});
  truncate report_day, report_month, report_person_month, report_member, report_reach, report_dirty,
    report_need_month, report_dirty_need, report_node_month, report_member_age, report_reach_age;
  insert into report_day (project_id, day, gender, age_band, ben_cat, ${FACT_COLS})
  select project_id, day, gender, age_band, ben_cat, ${SUMS} from report_fact group by 1, 2, 3, 4, 5;
  insert into report_month (project_id, month, gender, age_band, ben_cat, ${FACT_COLS})
  select project_id, date_trunc('month', day)::date, gender, age_band, ben_cat, ${SUMS} from report_day group by 1, 2, 3, 4, 5;
  insert into report_need_month (org_id, month, category, needs_open, needs_fulfilled, n) ${needMonths};
  insert into report_person_month
  select distinct project_id, date_trunc('month', day)::date, beneficiary_id, age_band, gender, ben_cat from report_person_fact;
  ${members('')};
  ${ageMembers};
end $$;`);
        this.keepTotals();
        // Fill the new summaries from the existing ones (a full report_rebuild() would do the same, slower).
        this.addSql(`insert into report_node_month (${NODE_COLS}) ${nodeFacts(`report_month r ${liveProject}`, 'o.path', 'p.category', '1')};`);
        this.addSql(`insert into report_need_month (org_id, month, category, needs_open, needs_fulfilled, n) ${needMonths};`);
        this.addSql(`${members(`where x.kind in ('A', 'a')`)};`);
        this.addSql(`${ageMembers};`);
        // Evaluations are facts now: their keys are recomputed by the flush.
        this.addSql(`insert into report_dirty select project_id, evaluated_on from evaluation where deleted_at is null;`);
        this.addSql(`select report_flush();`);
    }
    /** The lean totals (report_totals) kept with the evaluation columns too. */
    keepTotals() {
        for (const [table, key] of [
            ['report_day', 'day'],
            ['report_month', 'month'],
        ]) {
            const total = `${table}_total`;
            const upsert = (rows, sign) => `insert into ${total} (project_id, ${key}, ${FACT_COLS})
        select project_id, ${key}, ${FACT.map((m) => `${sign}sum(${m})`).join(', ')} from ${rows} group by 1, 2
        on conflict (project_id, ${key}) do update set ${FACT.map((m) => `${m} = ${total}.${m} + excluded.${m}`).join(', ')}`;
            this.addSql(`
create or replace function ${total}_keep() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate ${total}; return null; end if;
  if tg_op = 'DELETE' then
    ${upsert('old_rows', '-')};
    delete from ${total} t using (select distinct project_id, ${key} from old_rows) k
     where t.project_id = k.project_id and t.${key} = k.${key} and ${FACT.map((m) => `t.${m} = 0`).join(' and ')};
  else ${upsert('new_rows', '')}; end if;
  return null;
end $$;`);
        }
    }
    async down() {
        for (const [table, fn] of [
            ['report_month', 'report_node_keep_month'],
            ['report_need_month', 'report_node_keep_need'],
        ]) {
            for (const op of ['ins', 'upd', 'del'])
                this.addSql(`drop trigger if exists ${fn}_${op} on ${table};`);
            this.addSql(`drop function if exists ${fn}();`);
        }
        // The earlier definitions, replayed from the migrations that made them.
        const earlier = async (m, rename) => {
            await m.up();
            for (const q of m.getQueries()) {
                const sql = typeof q === 'string' ? q : '';
                const name = sql.match(/create function (report_\w+)\(/)?.[1];
                if (!name || !(name in rename))
                    continue;
                this.addSql(sql.replace(`create function ${name}(`, `create or replace function ${rename[name]}(`));
            }
        };
        await earlier(new Migration20261201081100_report_maintenance_1.Migration20261201081100_report_maintenance(this.driver, this.config), {
            report_member_expand: 'report_member_expand',
            report_member_apply: 'report_member_apply',
            report_member_shift: 'report_member_shift',
            report_organization_moved: 'report_organization_moved',
            report_rebuild: 'report_rebuild',
            report_flush: 'report_flush_keys',
        });
        await earlier(new Migration20261201081200_report_totals_1.Migration20261201081200_report_totals(this.driver, this.config), {
            report_flush: 'report_flush',
            report_day_total_keep: 'report_day_total_keep',
            report_month_total_keep: 'report_month_total_keep',
        });
        for (const f of ['report_node_apply()', 'report_t2_init()', 'report_age_expand(text, date)', 'report_nodes_of(text)'])
            this.addSql(`drop function if exists ${f};`);
        this.addSql(`delete from report_member where kind in ('A', 'a');`);
        this.addSql(`delete from report_reach where kind in ('A', 'a');`);
    }
}
exports.Migration20261202080100_report_node_maintenance = Migration20261202080100_report_node_maintenance;
//# sourceMappingURL=Migration20261202080100_report_node_maintenance.js.map