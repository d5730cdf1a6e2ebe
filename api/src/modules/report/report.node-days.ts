import type { EntityManager } from '@mikro-orm/postgresql';
import { NODE_MEASURES } from '../../db/migrations/Migration20261202080000_report_node_tables';
import { executePrepared } from '../../db/prepared';
import type { ReportGrouping } from './report.enums';
import { addSelf, components, rootsSql, type Row } from './report.nodes';
import type { Period } from './report.period';
import { addCell, PENDING_SET, withoutPending, type Buckets, type ReportQuery } from './report.queries';
import { pgArray, type ReportScope } from './report.scope';

/**
 * The edge days of a period from report_node_day (migration report_node_days): activity sums per
 * organization subtree × day × category, for the total and the groupings by month, quarter, organization
 * (children, and SELF = the total less the children) and category. Person groupings, beneficiary-category
 * filters and needs are not kept per node and day: those stay with the project summaries.
 */
const DAY_GROUPINGS: readonly ReportGrouping[] = ['MONTH', 'QUARTER', 'ORGANIZATION', 'CATEGORY'];
const FACTS = NODE_MEASURES.slice(0, 14);

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
 * `seen.pending` is set when its snapshot still had writes to fold in (report_pending()).
 */
export async function readNodeDays(
  em: EntityManager,
  q: ReportQuery,
  periods: Period[],
  sets: number[],
  seen?: { pending: boolean },
): Promise<Buckets> {
  const scope = q.scope as Exclude<ReportScope, { kind: 'partner' }>;
  const cats = q.filter.categories?.length ? q.filter.categories : null;
  const params: unknown[] = [];
  const bind = (v: unknown) => {
    params.push(v);
    return '?';
  };
  const sums = FACTS.map((m) => `sum(${m})::bigint ${m}`).join(', ');
  const parts = periods.flatMap((period) =>
    sets.map((set) => {
      const g = set < 0 ? null : q.groupings[set];
      const where = [
        g !== 'ORGANIZATION'
          ? `node_id = ${bind(scope.nodeId)}`
          : scope.kind === 'org'
            ? `node_id in (select id from organization where parent_id = ${bind(scope.nodeId)})`
            : `node_id in ${rootsSql}`,
        `day between '${period.from}' and '${period.to}'`,
      ];
      if (cats) where.push(`category = any(${bind(pgArray(cats))}::text[])`);
      return `select ${set}::int s, (${keyOf(g)})::text k, sum(n)::bigint n, ${sums}
      from report_node_day where ${where.join(' and ')} group by 2`;
    }),
  );
  const nulls = FACTS.map((m) => `null::bigint ${m}`).join(', ');
  parts.push(`select ${PENDING_SET}::int s, null::text k, report_pending()::int::bigint n, ${nulls}`);
  const rows = await executePrepared<Row>(em, parts.join('\nunion all\n'), params);
  const out: Buckets = new Map();
  for (const r of withoutPending(rows, (x) => x.n, seen)) {
    const { needsOpen: _open, needsFulfilled: _fulfilled, ...c } = components(r); // needs: from need_request
    addCell(out, Number(r.s), r.k ?? '', c);
  }
  const org = q.groupings.indexOf('ORGANIZATION');
  if (org >= 0 && sets.includes(org)) addSelf(out, org);
  return out;
}
