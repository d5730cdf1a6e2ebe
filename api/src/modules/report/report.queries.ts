import type { EntityManager } from '@mikro-orm/postgresql';
import { executePrepared } from '../../common/prepared';
import type { Components } from './model/components';
import { FACT_MEASURES, measuresOf } from './report.measures';
import { PERSON_GROUPINGS, type ReportGrouping } from './report.enums';
import type { Period } from './report.period';
import { pathLike, pgArray, projectsSql, type ReportFilter, type ReportScope } from './report.scope';
import { groupExpr, groupingSets, periodSource, setOf } from './report.sql';

/** Partial components per grouping (-1 = the total) and group key. */
export type Buckets = Map<number, Map<string, Partial<Components>>>;

/** Adds `part` into the cell (set, key) of `b`, measure by measure (a missing cell starts at zero). */
export function addCell(b: Buckets, set: number, key: string, part: Partial<Components>): void {
  if (!b.has(set)) b.set(set, new Map());
  const t = b.get(set)!;
  const cell = (t.get(key) ?? {}) as Record<string, number>;
  for (const [k, v] of Object.entries(part as Record<string, number>)) cell[k] = (cell[k] ?? 0) + v;
  t.set(key, cell);
}

/**
 * What a read's figures are complete to (epoch ms): every write committed before it is folded in. Each
 * summary statement reports its snapshot's `report_as_of_ms()` (the oldest key still queued, else the
 * statement's start); a read keeps the earliest. Infinity until a statement reports.
 */
export interface AsOf {
  ms: number;
}
export const newAsOf = (): AsOf => ({ ms: Infinity });
const noteAsOf = (asOf: AsOf, value: unknown) => {
  if (value !== null && value !== undefined) asOf.ms = Math.min(asOf.ms, Number(value));
};

/**
 * Set numbers of a multiplexed statement's rows: 0, 1, … are its groupings; these are the rest. TOTAL is a
 * real set (the totals); the others carry what the statement also answers besides figures.
 */
export const SET = {
  TOTAL: -1,
  /** Names of the scope's child organizations (k = id, label = name). */
  CHILD_NAMES: -2,
  /** The scope organization's name, when asked (k = id, label = name). */
  SCOPE_NAME: -3,
  /** report_as_of_ms() as the statement's snapshot saw it. */
  AS_OF: -4,
  /** The first and last month with anyone served (k, label): whether all-time counts answer the period. */
  DATA_MONTHS: -5,
} as const;

/** A statement's rows without its SET.AS_OF row, whose `value` is noted in `asOf`. */
export function withoutAsOf<R extends { s: number | string }>(rows: R[], value: (r: R) => unknown, asOf: AsOf): R[] {
  return rows.filter((r) => {
    if (Number(r.s) !== SET.AS_OF) return true;
    noteAsOf(asOf, value(r));
    return false;
  });
}

export interface ReportQuery {
  scope: ReportScope;
  filter: ReportFilter;
  period: Period;
  groupings: readonly ReportGrouping[];
}

/**
 * Where additive() and peopleExact() read their rows. The one source the API uses is the summaries
 * (SUMMARY_ROWS); the benchmark's and tests' peer passes the fact views over the raw tables instead
 * (test/support/report-raw-peer.ts), so no production code asks which of the two it is serving.
 */
export interface RowSource {
  /** Rows of additive measures in the period (`$d` in `cols` = the row's day or month). */
  sums(period: Period, cols: string): string;
  /** Person rows (project, day or month, person, attributes) in the period. */
  people(period: Period, cols: string): string;
  /** Whether statements over these rows report what they are complete to (report_as_of_ms). */
  stamped: boolean;
}

/** The summaries: whole months from the month grain, edge days from the day grain (periodSource). */
export const SUMMARY_ROWS: RowSource = {
  sums: (period, cols) => periodSource(period, 'report_month', 'report_day', cols),
  people: (period, cols) => periodSource(period, 'report_person_month', 'report_person_fact', cols),
  stamped: true,
};

type Row = Record<string, unknown> & { gs: number | null; as_of?: string };

/**
 * `sql` with its snapshot's report_as_of_ms() on every row, and one row of nulls when it has none: so a
 * read of the project summaries tells, in the same round trip, what its figures are complete to.
 */
const withAsOf = (sql: string): string =>
  `select p.as_of, r.* from (select report_as_of_ms() as_of) p left join lateral (${sql}) r on true`;

/** Runs a statement over `rows` and notes in `asOf` what its snapshot is complete to. */
async function run(em: EntityManager, rows: RowSource, sql: string, params: unknown[], asOf: AsOf) {
  if (!rows.stamped) return executePrepared<Row>(em, sql, params);
  const out = await executePrepared<Row>(em, withAsOf(sql), params);
  noteAsOf(asOf, out[0]?.as_of);
  return out.filter((r) => r.gs !== null);
}

function collect(rows: Row[], q: ReportQuery, map: (r: Row) => Partial<Components>): Buckets {
  const out: Buckets = new Map();
  for (const r of rows) {
    const set = setOf(Number(r.gs), q.groupings.length);
    const key = set < 0 ? '' : (r[`g${set}`] as string | null);
    if (key === null) continue; // facts not about one person, in a person grouping
    if (!out.has(set)) out.set(set, new Map());
    out.get(set)!.set(key, map(r));
  }
  return out;
}

const n = (v: unknown): number => Number(v ?? 0);

/**
 * Additive measures (evaluations included) per project from report_month (whole months) and report_day (edge
 * days); without a person grouping or a beneficiary-category filter only the measures are taken from them.
 * Used where the node summaries do not answer (report.nodes.ts).
 */
export async function additive(
  em: EntityManager,
  q: ReportQuery,
  asOf: AsOf,
  rows: RowSource = SUMMARY_ROWS,
): Promise<Buckets> {
  const proj = projectsSql(q.scope, q.filter);
  const lean = !q.filter.beneficiaryCategories?.length && !q.groupings.some(isPersonGrouping);
  const measures = FACT_MEASURES.join(', ');
  const cols = lean
    ? `project_id, $d as d, ${measures}`
    : `project_id, $d as d, gender, age_band, ben_cat, ${measures}`;
  const params: unknown[] = [...proj.params];
  let benFilter = '';
  if (q.filter.beneficiaryCategories?.length) {
    benFilter = `where s.ben_cat = any(?::text[])`;
    params.push(pgArray(q.filter.beneficiaryCategories));
  }
  const c = {
    day: 'd',
    path: 'path',
    category: 'category',
    operator: 'operator_id',
    benCat: 'ben_cat',
    ageBand: 'age_band',
    gender: 'gender',
  };
  const inner = `select s.*, p.category, p.operator_id, p.path from (${rows.sums(q.period, cols)}) s
    join (${proj.sql}) p on p.id = s.project_id ${benFilter}`;
  const sql = groupingSets(
    q.groupings,
    q.groupings.map((g) => groupExpr(g, c, q.scope)),
    inner,
    FACT_MEASURES.map((m) => `sum(${m}) ${m}`).join(', '),
  );
  return collect(await run(em, rows, sql, params, asOf), q, (r) => measuresOf(r, FACT_MEASURES));
}

/** Distinct people, exactly: person-month rows for whole months, the raw facts for the edge days. */
export async function peopleExact(
  em: EntityManager,
  q: ReportQuery,
  asOf: AsOf,
  rows: RowSource = SUMMARY_ROWS,
): Promise<Buckets> {
  const proj = projectsSql(q.scope, q.filter);
  const cols = `project_id, $d as d, beneficiary_id, age_band, gender, ben_cat`;
  const params: unknown[] = [...proj.params];
  let benFilter = '';
  if (q.filter.beneficiaryCategories?.length) {
    benFilter = `where s.ben_cat = any(?::text[])`;
    params.push(pgArray(q.filter.beneficiaryCategories));
  }
  const c = {
    day: 'd',
    path: 'path',
    category: 'category',
    operator: 'operator_id',
    benCat: 'ben_cat',
    ageBand: 'age_band',
    gender: 'gender',
  };
  const inner = `select s.*, p.category, p.operator_id, p.path
    from (${rows.people(q.period, cols)}) s
    join (${proj.sql}) p on p.id = s.project_id ${benFilter}`;
  const sql = groupingSets(
    q.groupings,
    q.groupings.map((g) => groupExpr(g, c, q.scope)),
    inner,
    'count(distinct beneficiary_id) people',
  );
  return collect(await run(em, rows, sql, params, asOf), q, (r) => ({ people: n(r.people) }));
}

/**
 * Needs raised in the period (or in the disjoint `ranges`, e.g. a period's edge days): by the scope's
 * organizations, or matched to the partner's (or filtered) projects.
 */
export async function needs(em: EntityManager, q: ReportQuery, ranges: Period[] = [q.period]): Promise<Buckets> {
  const proj = projectsSql(q.scope, q.filter);
  const within = ranges.map(
    (r) => `n.created_at >= (date '${r.from}'::timestamp at time zone 'Asia/Shanghai')
      and n.created_at < ((date '${r.to}' + 1)::timestamp at time zone 'Asia/Shanghai')`,
  );
  const where = ['n.deleted_at is null'];
  const params: unknown[] = [];
  if (q.scope.kind === 'partner' || q.filter.projectIds?.length || q.filter.socialGroupIds?.length) {
    where.push(`n.matched_project_id in (select id from (${proj.sql}) pj)`);
    params.push(...proj.params);
  }
  if (q.filter.categories?.length) {
    where.push('n.category = any(?::text[])');
    params.push(pgArray(q.filter.categories));
  }
  // One select per range (union all), not one `or`: each range is then an index-only scan of
  // need_request_created_at (its included columns), where an `or` of ranges took a bitmap scan of the heap.
  // The conditions' parameters repeat per range, in order; the organizations are joined once, after.
  const raised = within
    .map(
      (range) => `select n.created_at, n.raised_by_id, n.category, n.matched_project_id, n.status
    from need_request n where ${[range, ...where].join(' and ')}`,
    )
    .join(' union all ');
  const bound = within.flatMap(() => params);
  const inScope = q.scope.kind === 'org' ? `where ${pathLike('o.path', q.scope.path)}` : '';
  const inner = `select report_day_of(n.created_at) d, o.path, n.category, mp.operator_id, n.status
    from (${raised}) n join organization o on o.id = n.raised_by_id
    left join service_project mp on mp.id = n.matched_project_id ${inScope}`;
  const c = { day: 'd', path: 'path', category: 'category', operator: 'operator_id' };
  const sql = groupingSets(
    q.groupings,
    q.groupings.map((g) => groupExpr(g, c, q.scope)),
    inner,
    `count(*) filter (where status in ('OPEN','MATCHED','IN_PROGRESS')) open, count(*) filter (where status = 'FULFILLED') fulfilled`,
  );
  return collect(await executePrepared<Row>(em, sql, bound), q, (r) => ({
    needsOpen: n(r.open),
    needsFulfilled: n(r.fulfilled),
  }));
}

export const isPersonGrouping = (g: ReportGrouping): boolean => PERSON_GROUPINGS.includes(g);
