import {
  DashboardReportDocument,
  RoundDemandDocument,
  type DashboardCellFieldsFragment,
  type DashboardReportQuery,
  type ReportGrouping,
  type RoundDemandGroup,
  type RoundDemandQuery,
} from '../../generated-api/operations';
import { runQuery } from './call';

/**
 * 统计报表: the one `report` query every dashboard figure comes from (docs/report-api.md). The document is in
 * operations/report.graphql; the types below name parts of its generated result.
 */
export type { ReportGrouping, RoundDemandGroup } from '../../generated-api/operations';

/** A cell: every figure the API declares, and why any is withheld. */
export type ReportCell = DashboardCellFieldsFragment;
/** `asOf`: every write committed before this time is in the figures. */
export type Report = DashboardReportQuery['report'];
export type ReportRow = Report['groupings'][number]['rows'][number];
export interface ReportArgs {
  from: string;
  to: string;
  scopeId?: string | null;
  groupBy: ReportGrouping[];
  /** Wait until the caller's own writes are in the figures (after a roll call, an enrollment…). */
  fresh?: boolean;
}

/** 报名需求: one row per class, area or category. */
export type DemandRow = RoundDemandQuery['rows'][number];
export interface DemandArgs {
  from: string;
  to: string;
  scopeId?: string | null;
  groupBy: RoundDemandGroup;
}

export const reportQueries = {
  async roundDemand(args: DemandArgs): Promise<DemandRow[]> {
    return (await runQuery(RoundDemandDocument, { ...args, scopeId: args.scopeId ?? null })).rows;
  },

  async report(args: ReportArgs): Promise<Report> {
    const r = await runQuery(DashboardReportDocument, {
      ...args,
      scopeId: args.scopeId ?? null,
      fresh: args.fresh ?? false,
    });
    return r.report;
  },
};
