import { addMonths, type Period } from './report.period';
import type { ReportGrouping } from './report.enums';
import type { ReportScope } from './report.scope';

/**
 * SQL pieces shared by the report queries: one grouping-sets query per source answers the total and every
 * requested grouping in one statement. Group keys: MONTH 'YYYY-MM', QUARTER 'YYYY-Qn', ORGANIZATION the child
 * organization's id under the scope ('SELF' = projects of the scope organization itself), CATEGORY the
 * project category, SOCIAL_GROUP the operator's id ('NONE' = no operator), and the person's attributes.
 */
export interface Columns {
  day: string;
  path: string;
  category: string;
  operator: string;
  benCat?: string;
  ageBand?: string;
  gender?: string;
}

export function groupExpr(g: ReportGrouping, c: Columns, scope: ReportScope): string {
  const person = (col: string | undefined) => (col ? `nullif(${col}, '-')` : 'null::text');
  switch (g) {
    case 'MONTH':
      return `to_char(${c.day}, 'YYYY-MM')`;
    case 'QUARTER':
      return `to_char(${c.day}, 'YYYY-"Q"Q')`;
    case 'ORGANIZATION':
      return `coalesce(nullif(split_part(substr(${c.path}, ${scope.path.length + 1}), '/', 1), ''), 'SELF')`;
    case 'CATEGORY':
      return c.category;
    case 'SOCIAL_GROUP':
      return `coalesce(${c.operator}::text, 'NONE')`;
    case 'BENEFICIARY_CATEGORY':
      return person(c.benCat);
    case 'AGE_BAND':
      return person(c.ageBand);
    case 'GENDER':
      return person(c.gender);
  }
}

/** `select grouping(...) gs, g0.., <aggregates> from (<inner>) x group by grouping sets ((), (g0), …)`. */
export function groupingSets(
  groupings: readonly ReportGrouping[],
  exprs: string[],
  inner: string,
  aggregates: string,
): string {
  const gs = groupings.length ? `grouping(${groupings.map((_, i) => `g${i}`).join(', ')})` : '0';
  const keys = groupings.map((_, i) => `, g${i}`).join('');
  const sets = ['()', ...groupings.map((_, i) => `(g${i})`)].join(', ');
  const cols = exprs.map((e, i) => `, ${e} as g${i}`).join('');
  return `select ${gs} as gs${keys}, ${aggregates} from (select *${cols} from (${inner}) src) x group by grouping sets (${sets})`;
}

/** Which grouping a grouping-sets row belongs to: -1 for the total, else the index of the grouping. */
export function setOf(gs: number, count: number): number {
  for (let i = 0; i < count; i++) if ((gs & (1 << (count - 1 - i))) === 0) return i;
  return -1;
}

/** Rows of a summary (month grain for whole months, day grain for the edges) in the period. */
export function periodSource(period: Period, monthTable: string, dayTable: string, cols: string): string {
  // Plain date literals only: `date + interval` is a timestamp, and comparing the day column with it would
  // defeat the index on it.
  const ranges: string[] = [];
  if (!period.firstMonth) ranges.push(`day between '${period.from}' and '${period.to}'`);
  else {
    if (period.from < period.firstMonth) ranges.push(`(day >= '${period.from}' and day < '${period.firstMonth}')`);
    const afterLast = addMonths(period.lastMonth!, 1);
    if (afterLast <= period.to) ranges.push(`(day >= '${afterLast}' and day <= '${period.to}')`);
  }
  const parts = ranges.map((r) => `select ${cols.replaceAll('$d', 'day')} from ${dayTable} where ${r}`);
  if (period.firstMonth)
    parts.unshift(`select ${cols.replaceAll('$d', 'month')} from ${monthTable}
    where month between '${period.firstMonth}' and '${period.lastMonth}'`);
  return parts.join(' union all ');
}
