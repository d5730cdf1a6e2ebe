import { FACT_MEASURES, NODE_MEASURES } from '../../modules/report/report.measures';
import { declareFunctions } from './declared';

/**
 * The derived summaries, kept by one explicit, ordered step (issue 19 item 3; it replaced 28 statement
 * triggers that cascaded from one summary table to the next). A writer of the first-level summaries
 * (report_day, report_month, report_need_month, report_reach: the fold, a project or organization move)
 * records what it changed in the session's delta tables (report_t2_init), then calls report_apply_derived(),
 * which derives every level from the one before it, in order: the node summaries, their "all" twins.
 * report_counts_rebuild builds the same levels in the same order from scratch.
 */
const M = FACT_MEASURES;
/** The node months carry the needs as well. */
const NM = NODE_MEASURES;
const list = (cols: readonly string[], f: (c: string) => string) => cols.map(f).join(', ');
const sums = (cols: readonly string[], sign = '') => list(cols, (c) => `${sign}sum(r.${c})`);
const add = (cols: readonly string[]) => list(cols, (c) => `${c} = t.${c} + excluded.${c}`);
const nonzero = (cols: readonly string[]) => cols.map((c) => `sum(${c}) <> 0`).join(' or ');
/**
 * One row per project-day of `rows` (report_day's rows, or those a fold removed or added) with its sums:
 * a node day's n counts its project-days.
 */
export const projectDays = (rows: string): string =>
  `select project_id, day, ${list(M, (c) => `sum(${c}) ${c}`)} from ${rows} group by 1, 2`;
/** Where a project's sums land: every node above its sponsor, under its category, while the project is live. */
export const NODES_OF_PROJECT = `join service_project p on p.id = r.project_id and p.deleted_at is null
    join organization o on o.id = p.sponsor_id cross join lateral report_nodes_of(o.path) x`;

export const reportDerivedFunctions = declareFunctions([
  `CREATE OR REPLACE FUNCTION public.report_apply_derived()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  -- 1. Node summaries. report_node_day from the project-days' change the writer recorded (report_t2_nday);
  -- report_node_month from the project
  -- months' and need months' rows removed (sign -1) and added (+1), per dimension (T: all, G/A/B: by
  -- gender, age band, beneficiary category, for rows about people), added to what a move put there.
  insert into report_node_day as t (node_id, day, category, n, ${M.join(', ')})
  select node_id, day, category, sum(n), ${list(M, (c) => `sum(${c})`)} from report_t2_nday group by 1, 2, 3
  having ${nonzero(['n', ...M])}
  on conflict (node_id, day, category) do update set n = t.n + excluded.n, ${add(M)};
  delete from report_node_day where n = 0;
  insert into report_t2_node (node_id, dim, month, category, val, n, ${NM.join(', ')})
  select x.node_id, d.dim, r.month, p.category, d.val, sum(r.sign)::int, ${list(M, (c) => `sum(r.sign * r.${c})`)}, 0, 0
    from report_t2_month_d r ${NODES_OF_PROJECT}
   cross join lateral (values ('T', ''), ('G', r.gender), ('A', r.age_band), ('B', r.ben_cat)) d(dim, val)
   where d.dim = 'T' or r.gender <> '-'
   group by 1, 2, 3, 4, 5;
  insert into report_t2_node (node_id, dim, month, category, val, n, ${NM.join(', ')})
  select x.node_id, 'T', r.month, r.category, '', sum(r.sign)::int, ${list(M, () => '0')},
         sum(r.sign * r.needs_open), sum(r.sign * r.needs_fulfilled)
    from report_t2_need_d r join organization o on o.id = r.org_id cross join lateral report_nodes_of(o.path) x
   group by 1, 2, 3, 4, 5;
  perform report_node_apply();

  -- 2. The "all" twins, from the same changes summed over categories (node days and months) or over gender
  -- and beneficiary category (report_reach, whose change report_member_counts_apply recorded).
  insert into report_node_day_all as t (node_id, day, n, ${M.join(', ')})
  select node_id, day, sum(n), ${list(M, (c) => `sum(${c})`)} from report_t2_nday group by 1, 2
  having ${nonzero(['n', ...M])}
  on conflict (node_id, day) do update set n = t.n + excluded.n, ${add(M)};
  delete from report_node_day_all where n = 0;
  insert into report_node_month_all as t (node_id, dim, month, val, n, ${NM.join(', ')})
  select node_id, dim, month, val, sum(n), ${list(NM, (c) => `sum(${c})`)} from report_t2_node group by 1, 2, 3, 4
  having ${nonzero(['n', ...NM])}
  on conflict (node_id, dim, month, val) do update set n = t.n + excluded.n, ${add(NM)};
  delete from report_node_month_all where n = 0;
  insert into report_reach_all as t (node_id, kind, start, category, people)
  select node_id, kind, start, category, sum(people) from report_t2_reach group by 1, 2, 3, 4 having sum(people) <> 0
  on conflict (node_id, kind, start, category) do update set people = t.people + excluded.people;
  delete from report_reach_all where people = 0;
  delete from report_t2_nday; delete from report_t2_month_d; delete from report_t2_need_d; delete from report_t2_node;
  delete from report_t2_reach;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_node_apply()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  -- Update the keys that exist, insert the others: an INSERT … ON CONFLICT would check n >= 0 on the
  -- proposed (negative) row before it finds the conflict.
  with a as (
    select node_id, dim, month, category, val, sum(n) n, ${list(NM, (c) => `sum(${c}) ${c}`)}
      from report_t2_node group by 1, 2, 3, 4, 5
    having ${nonzero(['n', ...NM])}
  ), u as (
    update report_node_month t set n = t.n + a.n, ${list(NM, (c) => `${c} = t.${c} + a.${c}`)}
      from a where t.node_id = a.node_id and t.dim = a.dim and t.month = a.month and t.category = a.category
       and t.val = a.val
    returning t.node_id, t.dim, t.month, t.category, t.val
  )
  insert into report_node_month (node_id, dim, month, category, val, n, ${NM.join(', ')})
  select a.* from a where not exists (select 1 from u where u.node_id = a.node_id and u.dim = a.dim
     and u.month = a.month and u.category = a.category and u.val = a.val);
  delete from report_node_month t using (select distinct node_id, dim, month, category, val from report_t2_node) k
   where t.node_id = k.node_id and t.dim = k.dim and t.month = k.month and t.category = k.category
     and t.val = k.val and t.n = 0;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_day_levels_build()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  -- The rebuild's step 1 after report_day, on empty tables: the same levels report_apply_derived keeps.
  insert into report_node_day (node_id, day, category, n, ${M.join(', ')})
  select x.node_id, r.day, p.category, count(*)::int, ${sums(M)}
    from (${projectDays('report_day')}) r ${NODES_OF_PROJECT} group by 1, 2, 3;
  insert into report_node_day_all (node_id, day, n, ${M.join(', ')})
  select node_id, day, sum(n), ${list(M, (c) => `sum(${c})`)} from report_node_day group by 1, 2;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_month_levels_build()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  -- The rebuild's step 3 after report_month and report_need_month, on empty tables.
  insert into report_node_month (node_id, dim, month, category, val, n, ${NM.join(', ')})
  select node_id, dim, month, category, val, count(*)::int, ${list(NM, (c) => `sum(${c})`)} from (
    select x.node_id, d.dim, r.month, p.category, d.val, ${list(M, (c) => `r.${c}`)}, 0 needs_open, 0 needs_fulfilled
      from report_month r ${NODES_OF_PROJECT}
     cross join lateral (values ('T', ''), ('G', r.gender), ('A', r.age_band), ('B', r.ben_cat)) d(dim, val)
     where d.dim = 'T' or r.gender <> '-'
    union all
    select x.node_id, 'T', r.month, r.category, '', ${list(M, () => '0')}, r.needs_open, r.needs_fulfilled
      from report_need_month r join organization o on o.id = r.org_id cross join lateral report_nodes_of(o.path) x) f
   group by 1, 2, 3, 4, 5;
  insert into report_node_month_all (node_id, dim, month, val, n, ${NM.join(', ')})
  select node_id, dim, month, val, sum(n), ${list(NM, (c) => `sum(${c})`)} from report_node_month group by 1, 2, 3, 4;
end $function$`,
]);
