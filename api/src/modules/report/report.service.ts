import type { Context } from '../../graphql/context';
import { badInput } from '../../common/errors';
import { emptyComponents, type Components } from './model/components';
import { figures, type CellFigures } from './report.cells';
import { ReportGrouping, type PeopleSource } from './report.enums';
import { waitUntilFolded } from './report.fresh';
import { gather } from './report.gather';
import { labelKeys } from './report.labels';
import { calendarKeys, parsePeriod } from './report.period';
import { isPersonGrouping, newAsOf, type AsOf, type Buckets, type ReportQuery } from './report.queries';
import { resolveScope, type ReportFilter, type ReportScope } from './report.scope';
import { newCell, suppressSmallCells, withholdFigures, type SCell } from './report.suppress';

export interface ReportArgs {
  scopeId?: string | null;
  from: string;
  to: string;
  filter?: ReportFilter | null;
  groupBy?: string[] | null;
  /** Wait until every write committed before the call is in the figures (report.fresh.ts). */
  fresh?: boolean | null;
}

export interface ReportResult {
  scope: { organizationId: string | null; name: string };
  from: string;
  to: string;
  generatedAt: Date;
  /** Every write committed before this time is in the figures (the summaries' fold, report.folder.ts). */
  asOf: Date;
  totals: CellFigures;
  groupings: { by: ReportGrouping; rows: { key: string; label: string; cell: CellFigures }[] }[];
  smallCellsSuppressed: boolean;
  peopleSource: PeopleSource;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Arguments checked before any figure is read (the GraphQL types check enums; the export route too). */
export function validateArgs(args: ReportArgs): { groupings: ReportGrouping[]; filter: ReportFilter } {
  const errors: Record<string, string> = {};
  const known = Object.values(ReportGrouping) as string[];
  const groupBy = args.groupBy ?? [];
  const unknown = groupBy.filter((g) => !known.includes(g));
  if (unknown.length) errors.groupBy = `未知的分组：${unknown.join('、')}`;
  const filter = args.filter ?? {};
  for (const key of ['socialGroupIds', 'projectIds'] as const) {
    if (filter[key]?.some((id) => !UUID.test(id))) errors[`filter.${key}`] = '编号格式不正确';
  }
  if (Object.keys(errors).length) throw badInput(errors, '统计参数有误');
  return { groupings: [...new Set(groupBy)] as ReportGrouping[], filter };
}

function merge(target: Map<number, Map<string, Components>>, buckets: Buckets, q: ReportQuery, noClassLevel: boolean) {
  for (const [set, keys] of buckets) {
    const personLevel = noClassLevel || (set >= 0 && isPersonGrouping(q.groupings[set]));
    if (!target.has(set)) target.set(set, new Map());
    const m = target.get(set)!;
    for (const [key, part] of keys) {
      if (!m.has(key)) m.set(key, emptyComponents(personLevel));
      const c = m.get(key)! as unknown as Record<string, number | null>;
      for (const [k, v] of Object.entries(part) as [keyof Components, number][]) {
        if (k in c && (c[k] !== null || k === 'people')) c[k] = v;
      }
    }
  }
}

/** Reads the figures of a query into buckets (report.gather.ts for the API). */
export type Gatherer = (
  em: Context['em'],
  q: ReportQuery,
  scope: ReportScope,
  noClassLevel: boolean,
  asOf: AsOf,
) => Promise<{ sources: Buckets[]; names: Map<string, string>; fast: boolean }>;

type ReportCtx = Pick<Context, 'em' | 'principal'> & { signal?: AbortSignal };

/**
 * The report: validate, resolve the scope (NOT_FOUND outside the caller's), read the figures from the
 * summaries as the report folder keeps them (never writing; `fresh` first waits for the folder to pass the
 * caller's writes), label, and suppress small cells for analysts.
 */
export async function buildReport(ctx: ReportCtx, args: ReportArgs): Promise<ReportResult> {
  // The caller's own organization's name is read with the figures (resolveScope's deferName).
  return assembleReport(ctx, args, gather, { deferName: true, waitForFold: true });
}

/**
 * Everything of a report but where its figures come from: `read` gathers them (the API's gather(), or the
 * benchmark's peer over the raw tables, which has no fold to wait for); validation, scope, labels,
 * suppression and the answer's shape are the same for both.
 */
export async function assembleReport(
  ctx: ReportCtx,
  args: ReportArgs,
  read: Gatherer,
  options: { deferName: boolean; waitForFold: boolean },
): Promise<ReportResult> {
  const { groupings, filter } = validateArgs(args);
  const period = parsePeriod(args.from, args.to);
  const scope: ReportScope = await resolveScope(ctx, args.scopeId, options);
  const em = ctx.em;
  const q: ReportQuery = { scope, filter, period, groupings };
  const noClassLevel = Boolean(filter.beneficiaryCategories?.length);

  if (args.fresh && options.waitForFold) await waitUntilFolded(em, ctx.signal);
  const asOf = newAsOf();
  const started = Date.now();
  const { sources, names, fast } = await read(em, q, scope, noClassLevel, asOf);
  const all = new Map<number, Map<string, Components>>();
  for (const b of sources) merge(all, b, q, noClassLevel);

  const totalC = all.get(-1)?.get('') ?? emptyComponents(noClassLevel);
  // Months and quarters with nothing in them are rows of zeros; other groupings list what has figures.
  const keysOf = (g: ReportGrouping, i: number) => {
    const found = [...(all.get(i)?.keys() ?? [])];
    const calendar = g === 'MONTH' || g === 'QUARTER' ? calendarKeys(g, period) : [];
    return [...new Set([...found, ...calendar])].sort();
  };
  const keys = new Map<ReportGrouping, string[]>(groupings.map((g, i) => [g, keysOf(g, i)]));
  const label = await labelKeys(em, scope, keys, names);
  const total: SCell = newCell('', totalC);
  const groups = groupings.map((g, i) => ({
    by: g,
    cells: (keys.get(g) ?? []).map((key) => newCell(key, all.get(i)?.get(key) ?? emptyComponents(noClassLevel))),
  }));
  const suppress = ctx.principal?.role === 'ANALYST';
  if (suppress) suppressSmallCells(total, groups);
  const show = (cell: SCell) => withholdFigures(cell, figures(cell.c));

  return {
    scope: { organizationId: scope.kind === 'org' ? scope.nodeId : null, name: scope.name ?? '' },
    from: period.from,
    to: period.to,
    generatedAt: new Date(),
    asOf: new Date(Number.isFinite(asOf.ms) ? asOf.ms : started),
    totals: show(total),
    groupings: groups.map((g) => ({
      by: g.by,
      rows: g.cells.map((cell) => ({ key: cell.key, label: label(g.by, cell.key), cell: show(cell) })),
    })),
    smallCellsSuppressed: suppress,
    peopleSource: fast ? 'SUMMARY_COUNTS' : 'PERSON_MONTHS',
  };
}
