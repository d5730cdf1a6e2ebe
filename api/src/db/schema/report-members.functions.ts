import { FACT_MEASURES, NODE_MEASURES } from '../../modules/report/report.measures';
import { declareFunctions } from './declared';
import { projectDays } from './report-derived.functions';

// The summaries' measure columns, as report.measures.ts lists them (the printed text is what pg prints back).
const FACT_COLS = FACT_MEASURES.join(', ');
const NODE_COLS = NODE_MEASURES.join(', ');
const NEED_ZEROS = NODE_MEASURES.filter((m) => !(FACT_MEASURES as readonly string[]).includes(m))
  .map(() => '0')
  .join(', ');
/** Each project measure of `row` times `sign`'s sign, summed. */
const signed = (sign: string, row: string) => FACT_MEASURES.map((m) => `sum(${sign}.sign * ${row}.${m})`).join(', ');

/**
 * Distinct people per organization subtree and calendar period (report_member / report_reach and their age
 * twins): expanding a person-month to every node above and every period containing it, applying the
 * differences, and moving them when a project or organization moves (a move also records what the node
 * summaries change by, and ends with report_apply_derived).
 */
export const reportMemberFunctions = declareFunctions([
  `CREATE OR REPLACE FUNCTION public.report_member_apply()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
declare ids uuid[];
begin
  ids := array(select beneficiary_id from report_t2_pm union select beneficiary_id from report_t2_new);
  perform report_member_counts_apply();
  if cardinality(ids) > 0 then perform report_visit_refresh(ids); end if;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_member_counts_apply()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  with contrib as (select x.node_id, x.kind, x.start, x.cat as category, d.beneficiary_id, d.gender, d.ben_cat, sum(d.delta)::int as delta
       from report_t2_pm d cross join lateral report_member_expand(d.path, d.month, d.category) x
      group by 1, 2, 3, 4, 5, 6, 7 having sum(d.delta) <> 0),
  cur as (select c.*, coalesce(m.refs, 0) as old_refs from contrib c left join report_member m using (node_id, kind, start, category, beneficiary_id, gender, ben_cat)),
  gone as (delete from report_member m using cur where cur.old_refs + cur.delta = 0
    and (m.node_id, m.kind, m.start, m.category, m.beneficiary_id, m.gender, m.ben_cat) = (cur.node_id, cur.kind, cur.start, cur.category, cur.beneficiary_id, cur.gender, cur.ben_cat)),
  kept as (insert into report_member (node_id, kind, start, category, beneficiary_id, gender, ben_cat, refs) select node_id, kind, start, category, beneficiary_id, gender, ben_cat, old_refs + delta from cur where old_refs + delta <> 0
    on conflict (node_id, kind, start, category, beneficiary_id, gender, ben_cat) do update set refs = excluded.refs),
  reach as (select node_id, kind, start, category, gender, ben_cat, sum(case when old_refs = 0 then 1 when old_refs + delta = 0 then -1 else 0 end)::int as people from cur group by node_id, kind, start, category, gender, ben_cat
    having sum(case when old_refs = 0 then 1 when old_refs + delta = 0 then -1 else 0 end) <> 0),
  counted as (insert into report_reach (node_id, kind, start, category, gender, ben_cat, people) select * from reach
    on conflict (node_id, kind, start, category, gender, ben_cat) do update set people = report_reach.people + excluded.people)
  -- The change of report_reach, for its twin over gender and beneficiary category (report_apply_derived).
  insert into report_t2_reach (node_id, kind, start, category, people) select node_id, kind, start, category, sum(people) from reach group by 1, 2, 3, 4;
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
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_member_expand(path text, month date, category text)
 RETURNS TABLE(node_id uuid, kind text, start date, cat text)
 LANGUAGE sql
 IMMUTABLE
AS $function$
  select n.node_id, case when n.own then lower(k.kind) else k.kind end, k.start, c.cat
    from (select x::uuid as node_id, false as own from unnest(string_to_array(trim(both '/' from path), '/')) x
          union all select '00000000-0000-0000-0000-000000000000'::uuid, false
          union all select (regexp_match(path, '([^/]+)/$'))[1]::uuid, true) n
   cross join (values ('M', month), ('Q', date_trunc('quarter', month)::date), ('Y', date_trunc('year', month)::date),
                      ('A', date '1900-01-01')) k(kind, start)
   cross join (values (''), (category)) c(cat) $function$`,
  `CREATE OR REPLACE FUNCTION public.report_member_shift(p_project uuid, old_path text, old_cat text, new_path text, new_cat text)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  perform report_member_shift_months(p_project, old_path, old_cat, new_path, new_cat);
  
  insert into report_t2_nday (node_id, day, category, n, ${FACT_COLS}) select x.node_id, r.day, r.cat, sum(r.sign)::int, ${signed('r', 'r')}
    from (select d.*, v.path, v.cat, v.sign from (${projectDays('report_day where project_id = p_project')}) d
          cross join (values (old_path, old_cat, -1), (new_path, new_cat, 1)) v(path, cat, sign)) r cross join lateral report_nodes_of(r.path) x where r.path is not null group by 1, 2, 3;
  perform report_apply_derived();
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_member_shift_months(p_project uuid, old_path text, old_cat text, new_path text, new_cat text)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  perform pg_advisory_xact_lock(7250101);
  perform report_t2_init();
  insert into report_t2_pm
  select pm.project_id, pm.month, pm.beneficiary_id, pm.age_band, pm.gender, pm.ben_cat, v.path, v.cat, v.delta
    from report_person_month pm
   cross join (values (old_path, old_cat, -1), (new_path, new_cat, 1)) v(path, cat, delta)
   where pm.project_id = p_project and v.path is not null;
  analyze report_t2_pm; -- temporary: no statistics until analysed (see report_flush_keys)
  perform report_member_apply();
  insert into report_t2_node (node_id, dim, month, category, val, n, ${NODE_COLS}) select x.node_id, d.dim, r.month, v.cat, d.val, sum(v.sign)::int,
    ${signed('v', 'r')}, ${NEED_ZEROS}
    from report_month r cross join (values (old_path, old_cat, -1), (new_path, new_cat, 1)) v(path, cat, sign) cross join lateral report_nodes_of(v.path) x
    cross join lateral (values ('T', ''), ('G', r.gender), ('A', r.age_band), ('B', r.ben_cat)) d(dim, val)
   where (d.dim = 'T' or r.gender <> '-') and r.project_id = p_project and v.path is not null
   group by 1, 2, 3, 4, 5;
end $function$`,
]);
