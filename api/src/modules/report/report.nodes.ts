import type { EntityManager } from '@mikro-orm/postgresql';
import { measuresOf, NODE_MEASURES } from './report.measures';
import { executePrepared } from '../../common/prepared';
import type { Components } from './model/components';
import type { ReportGrouping } from './report.enums';
import { SET, type Buckets, type ReportQuery } from './report.queries';
import { pgArray, type ReportScope } from './report.scope';

/**
 * The dashboard path: one statement over the node summaries (report_node_month: sums per organization
 * subtree × month × category [× gender / age band / beneficiary category]; report_reach and
 * report_reach_age: exact distinct people per subtree × month / quarter / year / all time; their rollups
 * report_node_month_all over categories and report_reach_all over gender and beneficiary category, for
 * the reads that need neither, see migration report_rollups). It answers every
 * grouping it can for an organization scope (or everything) over whole months; what it cannot (social
 * groups, some filter combinations, people over periods the counts are not kept for) is planned out and
 * answered from the project summaries instead (report.queries.ts). The same statement tells what its
 * snapshot is complete to (report_as_of_ms()), so a read is one round trip.
 */
type Kind = 'M' | 'Q' | 'Y' | 'A';
export interface NodePlan {
  /** Grouping indexes whose sums come from the node summaries (the total always does). */
  additive: number[];
  /** Grouping indexes (-1 = the total) whose distinct people come from the maintained counts. */
  people: number[];
  /** The kind of count for the period; A (all time) holds only if the period covers every month with data. */
  kind: { kind: Kind; start: string };
}

const ALL_TIME = '1900-01-01';
// The columns of report_node_month, as the migration that made the table names them.
const MEASURES = NODE_MEASURES;

/** Null when the node summaries cannot answer the query at all (partners, project or social-group filters, edge days). */
export function planNodes(q: ReportQuery): NodePlan | null {
  const { scope, filter, period, groupings } = q;
  if (scope.kind === 'partner' || !period.whole) return null;
  if (filter.projectIds?.length || filter.socialGroupIds?.length) return null;
  const ben = Boolean(filter.beneficiaryCategories?.length);
  const cats = filter.categories?.length ?? 0;
  const additive: number[] = [];
  // A run of whole months that is not one calendar month, quarter or year: its people come from the visits
  // (report.visits.ts), read alongside, except per month / quarter (kept per bucket) and age band (all-time
  // counts when the run covers every month with data, else exactly).
  const run = !period.exact;
  const people: number[] = cats > 1 || run ? [] : [-1];
  for (const [i, g] of groupings.entries()) {
    if (g !== 'SOCIAL_GROUP' && !(ben && (g === 'GENDER' || g === 'AGE_BAND'))) additive.push(i);
    if (cats > 1 || g === 'SOCIAL_GROUP') continue;
    if (run && g !== 'MONTH' && g !== 'QUARTER' && g !== 'AGE_BAND') continue;
    if (g === 'QUARTER' && !period.quarters) continue;
    if ((g === 'CATEGORY' && cats) || (g === 'AGE_BAND' && (cats || ben))) continue;
    people.push(i);
  }
  const kind = period.exact ?? { kind: 'A' as const, start: ALL_TIME };
  return { additive, people, kind };
}

/** The sets whose people the plan takes from all-time counts (which hold only if the period covers all data). */
export const allTimeSets = (q: ReportQuery, plan: NodePlan): number[] =>
  plan.kind.kind !== 'A' ? [] : plan.people.filter((i) => i < 0 || !['MONTH', 'QUARTER'].includes(q.groupings[i]));

export interface NodeAnswer {
  /** What the statement's snapshot is complete to (epoch ms). */
  asOf: number;
  additive: Buckets;
  people: Buckets;
  /** Sets whose people need the exact path after all (all-time counts, but the period does not cover all data). */
  peopleMissing: number[];
  names: Map<string, string>;
  scopeName: string | null;
}

const dimOf = (g: ReportGrouping | null, ben: boolean): string =>
  g === 'GENDER' ? 'G' : g === 'AGE_BAND' ? 'A' : g === 'BENEFICIARY_CATEGORY' || ben ? 'B' : 'T';

/** Runs the plan's statement: sums, people, child labels, the scope's name (when asked) and its as-of time. */
export async function readNodes(
  em: EntityManager,
  q: ReportQuery,
  plan: NodePlan,
  options: { scopeName: boolean },
): Promise<NodeAnswer> {
  const { filter, period, groupings } = q;
  const scope = q.scope as Exclude<ReportScope, { kind: 'partner' }>;
  const ben = filter.beneficiaryCategories?.length ? filter.beneficiaryCategories : null;
  const cats = filter.categories?.length ? filter.categories : null;
  const params: unknown[] = [];
  const bind = (v: unknown) => {
    params.push(v);
    return '?';
  };
  const children = () =>
    scope.kind === 'org' ? `(select id from organization where parent_id = ${bind(scope.nodeId)})` : rootsSql;
  const parts: string[] = [];
  const row = (set: number, key: string, n: string, measures: string, people: string, label: string, from: string) =>
    `select ${set}::int s, (${key})::text k, ${n}::bigint n, ${measures}, ${people}::bigint people, ${label}::text label ${from}`;
  const nulls = MEASURES.map((m) => `null::bigint ${m}`).join(', ');
  const sums = MEASURES.map((m) => `sum(${m})::bigint ${m}`).join(', ');

  // Sums: the total, then each grouping the plan gives the node summaries.
  const add = (set: number, g: ReportGrouping | null) => {
    const dim = dimOf(g, Boolean(ben));
    const where = [
      g === 'ORGANIZATION' ? `node_id in ${children()}` : `node_id = ${bind(scope.nodeId)}`,
      `dim = '${dim}'`,
      `month between '${period.firstMonth}' and '${period.lastMonth}'`,
    ];
    if (cats) where.push(`category = any(${bind(pgArray(cats))}::text[])`);
    if (ben) where.push(`val = any(${bind(pgArray(ben))}::text[])`);
    const key = addKey(g);
    // Without a category filter or grouping the category rollup answers (a twelfth of the rows).
    const table = cats || g === 'CATEGORY' ? 'report_node_month' : 'report_node_month_all';
    parts.push(row(set, key, 'sum(n)', sums, 'null', 'null', `from ${table} where ${where.join(' and ')} group by 2`));
  };
  add(-1, null);
  for (const i of plan.additive) add(i, groupings[i]);

  // Distinct people from the maintained counts.
  const { kind, start } = plan.kind;
  const cat = cats?.[0] ?? '';
  const reach = (set: number, g: ReportGrouping | null) => {
    const age = g === 'AGE_BAND';
    const where: string[] = [];
    let key = `''`;
    let k = `kind = '${kind}' and start = '${start}'`;
    if (g === 'MONTH') {
      key = `to_char(start, 'YYYY-MM')`;
      k = `kind = 'M' and start between '${period.firstMonth}' and '${period.lastMonth}'`;
    } else if (g === 'QUARTER') {
      key = `to_char(start, 'YYYY-"Q"Q')`;
      k = `kind = 'Q' and start between '${period.quarters!.first}' and '${period.quarters!.last}'`;
    }
    where.push(g === 'ORGANIZATION' ? `node_id in ${children()}` : `node_id = ${bind(scope.nodeId)}`, k);
    if (!age) where.push(g === 'CATEGORY' ? `category <> ''` : `category = ${bind(cat)}`);
    if (ben) where.push(`ben_cat = any(${bind(pgArray(ben))}::text[])`);
    if (g === 'ORGANIZATION') key = 'node_id';
    else if (g === 'CATEGORY') key = 'category';
    else if (g === 'GENDER') key = 'gender';
    else if (g === 'BENEFICIARY_CATEGORY') key = 'ben_cat';
    else if (age) key = 'age_band';
    const having = set < 0 ? '' : ' having sum(people) > 0';
    // Counts not split or filtered by gender or beneficiary category come from their rollup.
    const split = ben || g === 'GENDER' || g === 'BENEFICIARY_CATEGORY';
    const table = age ? 'report_reach_age' : split ? 'report_reach' : 'report_reach_all';
    const from = `from ${table} where ${where.join(' and ')} group by 2${having}`;
    parts.push(row(set, key, 'null', nulls, 'sum(people)', 'null', from));
    if (g === 'ORGANIZATION' && scope.kind === 'org') {
      const own = `node_id = ${bind(scope.nodeId)} and kind = '${kind.toLowerCase()}' and start = '${start}' and category = ${bind(cat)}`;
      const benOwn = ben ? ` and ben_cat = any(${bind(pgArray(ben))}::text[])` : '';
      parts.push(
        row(
          set,
          `'SELF'`,
          'null',
          nulls,
          'sum(people)',
          'null',
          `from ${ben ? 'report_reach' : 'report_reach_all'} where ${own}${benOwn} having sum(people) > 0`,
        ),
      );
    }
  };
  for (const i of plan.people) reach(i, i < 0 ? null : groupings[i]);

  if (groupings.includes('ORGANIZATION'))
    parts.push(
      row(SET.CHILD_NAMES, 'id', 'null', nulls, 'null', 'name', `from organization where id in ${children()}`),
    );
  if (options.scopeName)
    parts.push(
      row(
        SET.SCOPE_NAME,
        'id',
        'null',
        nulls,
        'null',
        'name',
        `from organization where id = ${bind(scope.nodeId)} and deleted_at is null`,
      ),
    );
  parts.push(row(SET.AS_OF, `''`, 'report_as_of_ms()', nulls, 'null', 'null', ''));
  if (allTimeSets(q, plan).length)
    parts.push(
      row(
        SET.DATA_MONTHS,
        `(select to_char(min(month), 'YYYY-MM-DD') from report_person_month)`,
        'null',
        nulls,
        'null',
        `(select to_char(max(month), 'YYYY-MM-DD') from report_person_month)`,
        '',
      ),
    );

  const rows = await executePrepared<Row>(em, parts.join('\nunion all\n'), params);
  return answer(rows, q, plan);
}

export const rootsSql = '(select id from organization where parent_id is null)';

function addKey(g: ReportGrouping | null): string {
  switch (g) {
    case null:
      return `''`;
    case 'MONTH':
      return `to_char(month, 'YYYY-MM')`;
    case 'QUARTER':
      return `to_char(month, 'YYYY-"Q"Q')`;
    case 'ORGANIZATION':
      return 'node_id';
    case 'CATEGORY':
      return 'category';
    default:
      return 'val';
  }
}

export type Row = {
  s: number;
  k: string | null;
  n: string | null;
  people: string | null;
  label: string | null;
} & Record<(typeof MEASURES)[number], string | null>;

const num = (v: string | null): number => Number(v ?? 0);
/** A node summary row's measures (named as report.measures.ts names them) as components, and its `n`. */
export function components(r: Row): Partial<Components> & { n: number } {
  return { n: num(r.n), ...measuresOf(r, NODE_MEASURES) };
}

function answer(rows: Row[], q: ReportQuery, plan: NodePlan): NodeAnswer {
  const out: NodeAnswer = {
    asOf: Infinity,
    additive: new Map(),
    people: new Map(),
    peopleMissing: [],
    names: new Map(),
    scopeName: null,
  };
  let bounds: { min: string | null; max: string | null } | null = null;
  const put = (b: Buckets, set: number, key: string, part: Partial<Components>) => {
    if (!b.has(set)) b.set(set, new Map());
    b.get(set)!.set(key, part);
  };
  for (const r of rows) {
    const s = Number(r.s);
    if (s === SET.AS_OF) out.asOf = Number(r.n);
    else if (s === SET.SCOPE_NAME) out.scopeName = r.label;
    else if (s === SET.CHILD_NAMES) out.names.set(r.k!, r.label!);
    else if (s === SET.DATA_MONTHS) bounds = { min: r.k, max: r.label };
    else if (r.n === null) put(out.people, s, r.k ?? '', { people: num(r.people) });
    else put(out.additive, s, r.k ?? '', components(r));
  }
  const org = q.groupings.indexOf('ORGANIZATION');
  if (org >= 0 && plan.additive.includes(org)) addSelf(out.additive, org);
  // All-time counts answer a period only if no person was served outside it.
  const p = q.period;
  if (bounds?.min && (bounds.min < p.firstMonth! || bounds.max! > p.lastMonth!)) {
    out.peopleMissing = allTimeSets(q, plan);
    for (const i of out.peopleMissing) out.people.delete(i);
  }
  return out;
}

/** The scope's own projects and needs: the total less its children's subtrees (sums add up exactly). */
export function addSelf(b: Buckets, set: number): void {
  const total = b.get(-1)?.get('') as (Partial<Components> & { n: number }) | undefined;
  if (!total) return;
  const self: Record<string, number> = { ...(total as Record<string, number>) };
  for (const child of b.get(set)?.values() ?? [])
    for (const [k, v] of Object.entries(child as Record<string, number>)) self[k] -= v;
  if (self.n > 0) {
    if (!b.has(set)) b.set(set, new Map());
    b.get(set)!.set('SELF', self);
  }
}
