import type { EntityManager } from '@mikro-orm/postgresql';
import type { Buckets, ReportQuery } from './report.queries';
import type { ReportGrouping } from './report.enums';
import { monthsOf } from './report.period';
import { pgArray } from './report.scope';

/**
 * Distinct people from report_reach, the maintained exact counts per (organization subtree or own projects,
 * calendar month / quarter / year, category, gender, beneficiary category). Usable when the period is one
 * whole month, quarter or year, the scope is an organization (or everything), at most one project category
 * is filtered, no project or social-group filter is set, and every grouping is one the counts are kept by.
 * Returns null otherwise: the caller then counts exactly over report_person_month (report.queries.ts).
 */
const FAST: readonly ReportGrouping[] = [
  'MONTH',
  'QUARTER',
  'ORGANIZATION',
  'CATEGORY',
  'GENDER',
  'BENEFICIARY_CATEGORY',
];

export async function peopleFast(
  em: EntityManager,
  q: ReportQuery,
  childIds: () => Promise<string[]>,
): Promise<Buckets | null> {
  const { period, scope, filter, groupings } = q;
  const exact = period.exact;
  if (!exact || scope.kind === 'partner') return null;
  if (filter.projectIds?.length || filter.socialGroupIds?.length || (filter.categories?.length ?? 0) > 1) return null;
  if (!groupings.every((g) => FAST.includes(g))) return null;
  if (groupings.includes('MONTH') && exact.kind === 'M') return null;
  if (groupings.includes('QUARTER') && exact.kind !== 'Y') return null;
  if (groupings.includes('CATEGORY') && filter.categories?.length) return null;

  const cat = filter.categories?.[0] ?? '';
  const params: unknown[] = [];
  let ben = '';
  if (filter.beneficiaryCategories?.length) {
    ben = ' and ben_cat = any(?::text[])';
  }
  const branch = (set: number, key: string, where: string, args: unknown[]) => {
    params.push(...args);
    if (ben) params.push(pgArray(filter.beneficiaryCategories!));
    return `select ${set} as s, ${key}::text as k, sum(people)::bigint as people from report_reach where ${where}${ben} group by 2`;
  };
  const base = (kind: string, starts: string[], category = '= ?') =>
    `node_id = ? and kind = '${kind}' and start = any(?::date[]) and category ${category}`;
  const parts = [branch(-1, `''`, base(exact.kind, [exact.start]), [scope.nodeId, pgArray([exact.start]), cat])];
  for (const [i, g] of groupings.entries()) {
    if (g === 'MONTH') {
      const months = monthsOf(exact.start, exact.kind === 'Y' ? 12 : 3);
      parts.push(branch(i, `to_char(start, 'YYYY-MM')`, base('M', months), [scope.nodeId, pgArray(months), cat]));
    } else if (g === 'QUARTER') {
      const quarters = monthsOf(exact.start, 4, 3);
      parts.push(branch(i, `to_char(start, 'YYYY-"Q"Q')`, base('Q', quarters), [scope.nodeId, pgArray(quarters), cat]));
    } else if (g === 'ORGANIZATION') {
      const ids = await childIds();
      const where = `node_id = any(?::uuid[]) and kind = '${exact.kind}' and start = ? and category = ?`;
      parts.push(branch(i, 'node_id', where, [pgArray(ids), exact.start, cat]));
      if (scope.kind === 'org') {
        const own = `node_id = ? and kind = '${exact.kind.toLowerCase()}' and start = ? and category = ?`;
        parts.push(branch(i, `'SELF'`, own, [scope.nodeId, exact.start, cat]));
      }
    } else if (g === 'CATEGORY') {
      parts.push(
        branch(i, 'category', base(exact.kind, [exact.start], `<> ''`), [scope.nodeId, pgArray([exact.start])]),
      );
    } else {
      const col = g === 'GENDER' ? 'gender' : 'ben_cat';
      parts.push(branch(i, col, base(exact.kind, [exact.start]), [scope.nodeId, pgArray([exact.start]), cat]));
    }
  }
  const rows = await em.execute<{ s: number; k: string; people: string }[]>(parts.join(' union all '), params);
  const out: Buckets = new Map();
  for (const r of rows) {
    const set = Number(r.s);
    if (!out.has(set)) out.set(set, new Map());
    out.get(set)!.set(r.k, { people: Number(r.people) });
  }
  return out;
}
