import { FACT_MEASURES, NODE_MEASURES } from '../../modules/report/report.measures';
import { declareFunctions } from './declared';
import { markedTables, markFunction, needMarkFunction } from './report-marks.sql';

/**
 * Which raw change dirties which report key. Statement-level triggers on the raw tables queue the keys a
 * statement touched: `report_dirty` (project × day) and `report_dirty_need` (organization × month), by
 * functions generated from the facts' model (report-marks.sql.ts); the queue notifies `linli_report` once per
 * statement (report_queued) and remembers when each key was queued, which is what an answer's `asOf` is
 * complete to (report_pending_since, report_as_of_ms).
 */
const NEED_MEASURES = NODE_MEASURES.filter((m) => !(FACT_MEASURES as readonly string[]).includes(m));

export const reportMarkFunctions = declareFunctions([
  ...markedTables().map((t) => markFunction(t)),
  needMarkFunction(),
  `CREATE OR REPLACE FUNCTION public.report_organization_moved()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
declare p record;
begin
  for p in select id, category from service_project where sponsor_id = new.id and deleted_at is null loop
    perform report_member_shift(p.id, old.path, p.category, new.path, p.category);
  end loop;
  perform pg_advisory_xact_lock(7250101);
  perform report_t2_init();
  insert into report_t2_node (node_id, dim, month, category, val, n, ${NODE_MEASURES.join(', ')}) select x.node_id, 'T', r.month, r.category, '', sum(v.sign)::int, ${FACT_MEASURES.map(() => '0').join(', ')},
    ${NEED_MEASURES.map((m) => `sum(v.sign * r.${m})`).join(', ')}
    from report_need_month r cross join (values (old.path, -1), (new.path, 1)) v(path, sign) cross join lateral report_nodes_of(v.path) x where r.org_id = new.id group by 1, 2, 3, 4, 5;
  perform report_apply_derived();
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_project_moved()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  perform report_member_shift(new.id,
    case when old.deleted_at is null then (select path from organization where id = old.sponsor_id) end, old.category,
    case when new.deleted_at is null then (select path from organization where id = new.sponsor_id) end, new.category);
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_queued()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if exists (select 1 from queued) then perform pg_notify('linli_report', ''); end if;
  return null;
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_pending()
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE
AS $function$
begin
  return exists (select 1 from report_dirty) or exists (select 1 from report_dirty_need);
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_pending_since()
 RETURNS timestamp with time zone
 LANGUAGE plpgsql
 STABLE
AS $function$
begin
  return least((select min(at) from report_dirty), (select min(at) from report_dirty_need));
end $function$`,
  `CREATE OR REPLACE FUNCTION public.report_as_of_ms()
 RETURNS bigint
 LANGUAGE plpgsql
 STABLE
AS $function$
begin
  return (extract(epoch from coalesce(report_pending_since(), statement_timestamp())) * 1000)::bigint;
end $function$`,
]);
