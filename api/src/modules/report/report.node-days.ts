import type { EntityManager } from '@mikro-orm/postgresql';
import { FACT_MEASURES } from './report.measures';
import { executePrepared } from '../../common/prepared';
import type { ReportGrouping } from './report.enums';
import { addSelf, components, rootsSql, type Row } from './report.nodes';
import type { Period } from './report.period';
import { addCell, SET, withoutAsOf, type AsOf, type Buckets, type ReportQuery } from './report.queries';
import { pgArray, type ReportScope } from './report.scope';

/**
 * The edge days of a period from report_node_day (migration report_node_days): activity sums per
 * organization subtree × day × category, for the total and the groupings by month, quarter, organization
 * (children, and SELF = the total less the children) and category. Person groupings, beneficiary-category
 * filters and needs are not kept per node and day: those stay with the project summaries.
 */
const DAY_GROUPINGS: readonly ReportGrouping[] = ['MONTH', 'QUARTER', 'ORGANIZATION', 'CATEGORY'];
const FACTS = FACT_MEASURES;

/** Which of `sets` (-1 = the total) the node days answer for an organization-scope query; empty when none. */
export function nodeDaySets(q: ReportQuery, sets: number[]): number[] {
  if (q.scope.kind === 'partner' || q.filter.beneficiaryCategories?.length) return [];
  if (q.filter.projectIds?.length || q.filter.socialGroupIds?.length) return [];
  const out = sets.filter((i) => i < 0 || DAY_GROUPINGS.includes(q.groupings[i]));
  return out.includes(-1) ? out : []; // SELF is the total less the children
}

const keyOf = (g: ReportGrouping | null): string =>
  g === 'MONTH'
    ? `to_char(day, 'YYYY-MM')`
    : g === 'QUARTER'
      ? `to_char(day, 'YYYY-"Q"Q')`
      : g === 'ORGANIZATION'
        ? 'node_id'
        : g === 'CATEGORY'
          ? 'category'
          : `''`;

/**
 * One statement: the sums of `sets` (from nodeDaySets) over the days of `periods` (the edges, disjoint);
 * `asOf` notes what its snapshot is complete to (report_as_of_ms()). The scope node's
 * rows are read once for the total and every non-organization grouping (grouping sets), the children's
 * once for the organization grouping: a scan per set and period made a custom-period dashboard's node days
 * 5.9 ms on the benchmark's dataset, eight scans of the same few hundred rows. Without a category filter,
 * all but the category grouping read report_node_day_all (migration report_node_day_rollup).
 */
export async function readNodeDays(
  em: EntityManager,
  q: ReportQuery,
  periods: Period[],
  sets: number[],
  asOf: AsOf,
): Promise<Buckets> {
  const scope = q.scope as Exclude<ReportScope, { kind: 'partner' }>;
  const cats = q.filter.categories?.length ? q.filter.categories : null;
  const params: unknown[] = [];
  const bind = (v: unknown) => {
    params.push(v);
    return '?';
  };
  const sums = `sum(n)::bigint n, ${FACTS.map((m) => `sum(${m})::bigint ${m}`).join(', ')}`;
  // Without a category filter, what needs no category reads the rollup over categories (a fifth of the rows).
  const base = 'report_node_day';
  const lean = cats ? base : 'report_node_day_all';
  /** The rows of the nodes `nodes` on the days of every period (one index range each). */
  const days = (table: string, nodes: () => string) =>
    periods
      .map((period) => {
        const where = [nodes(), `day between '${period.from}' and '${period.to}'`];
        if (cats) where.push(`category = any(${bind(pgArray(cats))}::text[])`);
        const cols = table === base ? `category, n, ${FACTS.join(', ')}` : `n, ${FACTS.join(', ')}`;
        return `select node_id, day, ${cols} from ${table} where ${where.join(' and ')}`;
      })
      .join(' union all ');
  /** The scope node's sums of `part` (-1 = the total) from `table`, one scan with grouping sets. */
  const ownPart = (table: string, part: number[]) => {
    // grouping(e1, …, em) is 2^m − 1 for the total and has only bit m−1−j clear for the j-th grouping.
    const keyed = part.filter((set) => set >= 0);
    const exprs = keyed.map((set) => keyOf(q.groupings[set]));
    const all = 2 ** exprs.length - 1;
    const setOf = exprs.length
      ? `case grouping(${exprs.join(', ')}) ${keyed.map((set, j) => `when ${all - 2 ** (exprs.length - 1 - j)} then ${set}`).join(' ')} else -1 end`
      : '-1';
    const key = exprs.length ? `coalesce(${exprs.map((e) => `(${e})::text`).join(', ')}, '')` : `''`;
    const groups = [...(part.includes(-1) ? ['()'] : []), ...exprs.map((e) => `(${e})`)];
    return `select (${setOf})::int s, ${key} k, ${sums}
      from (${days(table, () => `node_id = ${bind(scope.nodeId)}`)}) r group by grouping sets (${groups.join(', ')})`;
  };
  const parts: string[] = [];
  const own = sets.filter((set) => set < 0 || q.groupings[set] !== 'ORGANIZATION');
  const byCategory = cats ? [] : own.filter((set) => set >= 0 && q.groupings[set] === 'CATEGORY');
  const rest = own.filter((set) => !byCategory.includes(set));
  if (rest.length) parts.push(ownPart(lean, rest));
  if (byCategory.length) parts.push(ownPart(base, byCategory));
  const orgSet = sets.find((set) => set >= 0 && q.groupings[set] === 'ORGANIZATION');
  if (orgSet !== undefined) {
    const children = () =>
      scope.kind === 'org'
        ? `node_id in (select id from organization where parent_id = ${bind(scope.nodeId)})`
        : `node_id in ${rootsSql}`;
    parts.push(`select ${orgSet}::int s, node_id::text k, ${sums} from (${days(lean, children)}) r group by node_id`);
  }
  const nulls = FACTS.map((m) => `null::bigint ${m}`).join(', ');
  parts.push(`select ${SET.AS_OF}::int s, null::text k, report_as_of_ms() n, ${nulls}`);
  const rows = await executePrepared<Row>(em, parts.join('\nunion all\n'), params);
  const out: Buckets = new Map();
  for (const r of withoutAsOf(rows, (x) => x.n, asOf)) {
    const { needsOpen: _open, needsFulfilled: _fulfilled, ...c } = components(r); // needs: from need_request
    addCell(out, Number(r.s), r.k ?? '', c);
  }
  const org = q.groupings.indexOf('ORGANIZATION');
  if (org >= 0 && sets.includes(org)) addSelf(out, org);
  return out;
}
