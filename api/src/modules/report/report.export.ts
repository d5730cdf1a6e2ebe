import type { RequestHandler } from 'express';
import { listParam, oneParam, type LedgerColumn, type QueryParams } from '../../common/export';
import { xlsxExportRoute } from '../../http/http-route';
import type { RequestContextDeps } from '../../graphql/request-context';
import { badInput } from '../../common/errors';
import { BeneficiaryCategory } from '../beneficiary/beneficiary.enums';
import { ProjectCategory } from '../project/project.enums';
import type { CellFigures } from './report.cells';
import { FIGURES, type FigureDef, type FigureKind } from './model/figures';
import { enumLabels } from '../../common/enums';
import { ReportGrouping } from './report.enums';
import { buildReport, type ReportArgs, type ReportResult } from './report.service';

/**
 * GET /exports/report.xlsx?from=YYYY-MM-DD&to=YYYY-MM-DD[&scopeId=][&groupBy=MONTH,ORGANIZATION…]
 *   [&category=…][&socialGroupId=…][&projectId=…][&beneficiaryCategory=…]   (lists: repeat or comma-separate)
 * The same report as the GraphQL `report` query (same scope, figures and small-cell rule) as a 台账: a 汇总
 * sheet and one sheet per grouping (all groupings when groupBy is absent). Everything is computed and checked
 * before the first byte is sent, so bad input answers JSON with 400/404.
 */
export type Row = { label: string; cell: CellFigures };

/** A withheld figure as the ledger shows it: "<5" for a small count, 已隐藏 where it protects another cell. */
const SHOWN_AS = { SMALL_COUNT: '<5', COMPLEMENTARY: '已隐藏' } as const;
const withheldAs = (cell: CellFigures, figure: string): string | null => {
  const w = cell.withheld.find((x) => x.figure === figure);
  return w ? SHOWN_AS[w.reason] : null;
};
/** A figure as the ledger shows it: minutes as whole hours, scores with two decimals, the rest as kept. */
function shown(kind: FigureKind, value: number | null): number | string | null {
  if (value === null) return null;
  if (kind === 'minutes') return Math.round(value / 60);
  if (kind === 'score') return value.toFixed(2);
  return value;
}

/** The ledger's columns: the row's label, then every figure of `list` that has a ledger column. */
export const ledgerColumnsOf = (list: readonly FigureDef[]): LedgerColumn<Row>[] => [
  { header: '项目', type: 'text', value: (r) => r.label, width: 28 },
  ...list.flatMap((f): LedgerColumn<Row>[] =>
    f.ledger
      ? [
          {
            header: f.ledger.header,
            type: f.ledger.type,
            value: (r) =>
              withheldAs(r.cell, f.name) ?? shown(f.kind, (r.cell as Record<string, number | null>)[f.name]),
          },
        ]
      : [],
  ),
];
const COLUMNS = ledgerColumnsOf(FIGURES);

function checkEnum(values: string[], allowed: object, field: string): string[] {
  const bad = values.filter((x) => !(x in allowed));
  if (bad.length) throw badInput({ [field]: `未知的取值：${bad.join('、')}` }, '统计参数有误');
  return values;
}

export function parseReportParams(q: QueryParams): ReportArgs {
  const from = oneParam(q, 'from');
  const to = oneParam(q, 'to');
  if (!from || !to)
    throw badInput({ ...(from ? {} : { from: '必填' }), ...(to ? {} : { to: '必填' }) }, '统计期间有误');
  const groupBy = listParam(q, 'groupBy');
  return {
    from,
    to,
    scopeId: oneParam(q, 'scopeId') ?? null,
    groupBy: groupBy.length ? groupBy : Object.values(ReportGrouping),
    filter: {
      categories: checkEnum(listParam(q, 'category'), ProjectCategory, 'category'),
      socialGroupIds: listParam(q, 'socialGroupId'),
      projectIds: listParam(q, 'projectId'),
      beneficiaryCategories: checkEnum(listParam(q, 'beneficiaryCategory'), BeneficiaryCategory, 'beneficiaryCategory'),
    },
  };
}

const chinaTime = (d: Date, length = 16) =>
  new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, length).replace('T', ' ') + '（北京时间）';

export function reportExportRoute(deps: RequestContextDeps): RequestHandler {
  return xlsxExportRoute<ReportResult>(deps, {
    name: 'report-export',
    // A ledger is a record: it waits until every write made before it was asked for is in its figures.
    parse: (q, ctx) => buildReport(ctx, { ...parseReportParams(q), fresh: true }),
    filename: (r) => `服务统计台账_${r.scope.name}_${r.from}_${r.to}.xlsx`,
    write: async (wb, r) => {
      const meta: [string, string][] = [
        ['统计范围', r.scope.name],
        ['统计期间', `${r.from} 至 ${r.to}`],
        ['生成时间', chinaTime(r.generatedAt)],
        ['数据截至', chinaTime(r.asOf, 19)],
        ['口径', '服务人数为去重人数，各行不可相加；服务人次 = 出勤人次 + 个案服务人次；金额单位为元'],
      ];
      if (r.smallCellsSuppressed)
        meta.push([
          '小样本保护',
          '涉及 1–4 人的数字显示为“<5”；为防止通过相减推算出这些数字而一并隐去的数字显示为“已隐藏”',
        ]);
      const title = `${r.scope.name}服务统计台账`;
      const total = wb.sheet<Row>({ name: '汇总', title, meta, columns: COLUMNS });
      total.addRow({ label: '合计', cell: r.totals }, { bold: true });
      total.commit();
      for (const g of r.groupings) {
        const name = enumLabels.get('ReportGrouping')?.[g.by]?.[0] ?? g.by;
        const sheet = wb.sheet<Row>({ name, title: `${title}（${name}）`, meta, columns: COLUMNS });
        await sheet.addRows(g.rows);
        sheet.addRow({ label: '合计', cell: r.totals }, { bold: true });
        sheet.commit();
      }
    },
  });
}
