import type { EntityManager } from '@mikro-orm/postgresql';
import { enumValues } from '../../common/enums';
import { executePrepared } from '../../common/prepared';
import { ProjectCategory } from '../project/project.enums';
import type { ReportGrouping } from './report.enums';
import { addDays, addMonths, parsePeriod, type Period } from './report.period';
import { addCell, SET, withoutAsOf, type AsOf, type Buckets, type ReportQuery } from './report.queries';
import { pgArray, type ReportScope } from './report.scope';

/**
 * Distinct people of any period, to the day, from report_visit / report_visit_gap (migration report_visits,
 * which explains why the sums below are exact): whole months from the gap counts, a partial first and last
 * month from the counts of visit rows by last and first day (migration report_visit_edges), a period inside
 * one month from that month's visit rows and their day masks. One statement for the total and every grouping it
 * answers: month and quarter (each bucket is a period of its own: the period's days in that month or
 * quarter), organization (children, and SELF = the scope's own projects), category, gender and beneficiary
 * category, for an organization scope (or everything) with at most one category filter and no project or
 * social-group filter. Other sets stay with the exact path (report.queries.ts peopleExact).
 */
const VISIT_GROUPINGS: readonly ReportGrouping[] = [
  'MONTH',
  'QUARTER',
  'ORGANIZATION',
  'CATEGORY',
  'GENDER',
  'BENEFICIARY_CATEGORY',
];

/** Which of `sets` (-1 = the total) the visits answer for the query; empty when none. */
export function visitSets(q: ReportQuery, sets: number[]): number[] {
  const f = q.filter;
  if (q.scope.kind === 'partner' || f.projectIds?.length || f.socialGroupIds?.length) return [];
  if ((f.categories?.length ?? 0) > 1) return [];
  return sets.filter((i) => i < 0 || VISIT_GROUPINGS.includes(q.groupings[i]));
}

/** Days `from`…`to` (1–31) of a month as the visit rows' bit mask. */
const mask = (from: number, to: number): number => 2 ** to - 2 ** (from - 1);
const dayOf = (d: string): number => Number(d.slice(8, 10));
const monthOf = (d: string): string => `${d.slice(0, 7)}-01`;

/**
 * A partial month of the period: its days a…end ('tail': counted by last day, report_visit_tail), 1…b
 * ('head': by first day, report_visit_head), or a…b strictly inside (only a period within one month: the
 * visit rows' day masks).
 */
type Piece =
  | { kind: 'tail'; month: string; a: number }
  | { kind: 'head'; month: string; b: number }
  | { kind: 'inside'; month: string; a: number; b: number };

/** The period as whole months [m1, m2] (or none) and partial first / last months. */
interface Parts {
  whole: { m1: string; m2: string } | null;
  first: Piece | null;
  last: Piece | null;
}

function parts(p: Period): Parts {
  const whole = p.firstMonth ? { m1: p.firstMonth, m2: p.lastMonth! } : null;
  const [a, b, month] = [dayOf(p.from), dayOf(p.to), monthOf(p.from)];
  if (!whole && month === monthOf(p.to)) {
    const toEnd = dayOf(addDays(p.to, 1)) === 1;
    const piece: Piece =
      a === 1 ? { kind: 'head', month, b } : toEnd ? { kind: 'tail', month, a } : { kind: 'inside', month, a, b };
    return { whole, first: piece, last: null };
  }
  // Without whole months the period spans the end of one month and the start of the next.
  const first: Piece | null = !whole || p.from < whole.m1 ? { kind: 'tail', month, a } : null;
  const last: Piece | null = !whole || monthOf(p.to) > whole.m2 ? { kind: 'head', month: monthOf(p.to), b } : null;
  return { whole, first, last };
}

/** The period cut at month (step 1) or quarter (step 3) boundaries, each piece with its group key. */
function buckets(p: Period, step: 1 | 3): { key: string; period: Period }[] {
  const out: { key: string; period: Period }[] = [];
  const m = Number(p.from.slice(5, 7)) - 1;
  let start = addMonths(monthOf(p.from), -(m % step));
  while (start <= p.to) {
    const end = addDays(addMonths(start, step), -1);
    const from = start < p.from ? p.from : start;
    const to = end > p.to ? p.to : end;
    const q = Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1;
    out.push({ key: step === 1 ? start.slice(0, 7) : `${start.slice(0, 4)}-Q${q}`, period: parsePeriod(from, to) });
    start = addMonths(start, step);
  }
  return out;
}

/**
 * The statement's rows (set, key, people) for `sets`, in one round trip; `asOf` notes what its snapshot is
 * complete to (report_as_of_ms()).
 */
export async function readVisits(em: EntityManager, q: ReportQuery, sets: number[], asOf: AsOf): Promise<Buckets> {
  const scope = q.scope as Exclude<ReportScope, { kind: 'partner' }>;
  const cats = q.filter.categories?.length ? q.filter.categories : null;
  const ben = q.filter.beneficiaryCategories?.length ? q.filter.beneficiaryCategories : null;
  const params: unknown[] = [];
  const bind = (v: unknown) => {
    params.push(v);
    return '?';
  };
  const selects: string[] = [];

  // Each (set, node condition, key) reads the three parts of the period; their people add up exactly. The
  // conditions are functions: each use binds its own parameters, in the order they appear in the text.
  const read = (set: number, nodes: () => string, key: string, category: () => string, period = q.period) => {
    const { whole, first, last } = parts(period);
    // Reads that need neither gender nor beneficiary category take the gap counts without them and the
    // edge counts' rollup rows (gender = ben_cat = '*').
    const detail = Boolean(ben) || key === 'gender' || key === 'ben_cat';
    const select = (table: string, n: string, extra: string[]) => {
      const where = [nodes(), category()]; // bound in this order, as they appear
      if (ben) where.push(`ben_cat = any(${bind(pgArray(ben))}::text[])`);
      if (table === 'report_visit_tail' || table === 'report_visit_head')
        where.push(detail ? `gender <> '*'` : `gender = '*' and ben_cat = '*'`);
      return `select ${key} k, ${n} n from ${table} where ${[...where, ...extra].join(' and ')}`;
    };
    const part: string[] = [];
    if (whole) {
      const range = [`month between '${whole.m1}' and '${whole.m2}'`, `prev_month < '${whole.m1}'`];
      part.push(select(detail ? 'report_visit_gap' : 'report_visit_gap_all', 'people::bigint', range));
    }
    if (first?.kind === 'inside') {
      const m = mask(first.a, first.b);
      part.push(select('report_visit', '1::bigint', [`month = '${first.month}'`, `days & ${m} <> 0`]));
    } else if (first?.kind === 'tail') {
      const on = [`month = '${first.month}'`, `last_day >= ${first.a}`];
      if (whole) on.push(`next_month > '${whole.m2}'`); // not counted again in the whole months
      part.push(select('report_visit_tail', 'people::bigint', on));
    } else if (first?.kind === 'head')
      part.push(select('report_visit_head', 'people::bigint', [`month = '${first.month}'`, `first_day <= ${first.b}`]));
    if (last?.kind === 'head') {
      // Not counted already: the previous month is neither one of the whole months nor a counted first month.
      const on = [`month = '${last.month}'`, `first_day <= ${last.b}`];
      if (whole) on.push(`prev_month < '${whole.m1}'`);
      if (first?.kind === 'tail') on.push(`not (prev_month = '${first.month}' and prev_last_day >= ${first.a})`);
      part.push(select('report_visit_head', 'people::bigint', on));
    }
    const having = set < 0 ? '' : ' having sum(n) > 0';
    selects.push(`select ${set}::int s, k::text, sum(n)::bigint people
      from (${part.join(' union all ')}) p${selects.length} group by k${having}`);
  };

  const node = () => `node_id = ${bind(scope.nodeId)} and own = false`;
  const cat = () => (cats ? `category = ${bind(cats[0])}` : `category = ''`);
  // Every category but the rollup '' as a list, not `<> ''`: the key continues after the category (month,
  // days), and only an equality (one index descent per category) lets the read use those columns as bounds.
  const everyCategory = () => `category = any(${bind(pgArray(enumValues(ProjectCategory)))}::text[])`;
  for (const set of sets) {
    const g = set < 0 ? null : q.groupings[set];
    if (g === null) read(set, node, `''`, cat);
    else if (g === 'MONTH' || g === 'QUARTER')
      for (const b of buckets(q.period, g === 'MONTH' ? 1 : 3)) read(set, node, `'${b.key}'`, cat, b.period);
    else if (g === 'ORGANIZATION') {
      const children = () =>
        scope.kind === 'org'
          ? `node_id in (select id from organization where parent_id = ${bind(scope.nodeId)}) and own = false`
          : 'node_id in (select id from organization where parent_id is null) and own = false';
      read(set, children, 'node_id', cat);
      if (scope.kind === 'org') read(set, () => `node_id = ${bind(scope.nodeId)} and own = true`, `'SELF'`, cat);
    } else if (g === 'CATEGORY') read(set, node, 'category', () => (cats ? cat() : everyCategory()));
    else read(set, node, g === 'GENDER' ? 'gender' : 'ben_cat', cat);
  }
  // report_as_of_ms() is PARALLEL UNSAFE: calling it once also keeps the whole statement serial. A few index
  // ranges of some thousand rows each; the parallel plan the planner picked without it took twice as long
  // (workers' start-up, measured on the benchmark's dataset).
  selects.push(`select ${SET.AS_OF}, null, report_as_of_ms()`);
  const rows = await executePrepared<{ s: number; k: string; people: string }>(
    em,
    selects.join('\nunion all\n'),
    params,
  );
  const out: Buckets = new Map();
  for (const r of withoutAsOf(rows, (x) => x.people, asOf))
    addCell(out, Number(r.s), r.k, { people: Number(r.people) });
  for (const s of sets) if (s < 0 && !out.has(s)) out.set(s, new Map([['', { people: 0 }]]));
  return out;
}
