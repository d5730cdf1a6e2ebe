import { gql } from '@apollo/client';
import { runQuery } from './call';

/** 统计报表: the one `report` query every dashboard figure comes from (README "Reports"). */
export type ReportGrouping =
  'MONTH' | 'QUARTER' | 'ORGANIZATION' | 'CATEGORY' | 'SOCIAL_GROUP' | 'BENEFICIARY_CATEGORY' | 'AGE_BAND' | 'GENDER';

export interface ReportCell {
  suppressed: boolean;
  peopleServed: number | null;
  enrollments: number | null;
  personTimes: number | null;
  attendancePersonTimes: number | null;
  serviceRecordPersonTimes: number | null;
  sessionsHeld: number | null;
  serviceMinutes: number | null;
  feeTotalFen: number | null;
  subsidyTotalFen: number | null;
  familyPaidFen: number | null;
  capacity: number | null;
  enrolledInClasses: number | null;
  fillRateBp: number | null;
  attendanceRows: number | null;
  attendanceRateBp: number | null;
  waitlisted: number | null;
  needsOpen: number | null;
  needsFulfilled: number | null;
  evaluations: number | null;
  averageScore: number | null;
}
export interface ReportRow {
  key: string;
  label: string;
  cell: ReportCell;
}
export interface Report {
  scope: { organizationId: string | null; name: string };
  from: string;
  to: string;
  generatedAt: string;
  smallCellsSuppressed: boolean;
  peopleSource: string;
  totals: ReportCell;
  groupings: { by: ReportGrouping; rows: ReportRow[] }[];
}
export interface ReportArgs {
  from: string;
  to: string;
  scopeId?: string | null;
  groupBy: ReportGrouping[];
}

const CELL = `suppressed peopleServed enrollments personTimes attendancePersonTimes serviceRecordPersonTimes
  sessionsHeld serviceMinutes feeTotalFen subsidyTotalFen familyPaidFen capacity enrolledInClasses fillRateBp
  attendanceRows attendanceRateBp waitlisted needsOpen needsFulfilled evaluations averageScore`;

export const reportQueries = {
  async report(args: ReportArgs): Promise<Report> {
    const r = await runQuery<{ report: Report }>(
      gql`
        query DashboardReport($from: LocalDate!, $to: LocalDate!, $scopeId: ID, $groupBy: [ReportGrouping!]) {
          report(from: $from, to: $to, scopeId: $scopeId, groupBy: $groupBy) {
            scope { organizationId name }
            from to generatedAt smallCellsSuppressed peopleSource
            totals { ${CELL} }
            groupings { by rows { key label cell { ${CELL} } } }
          }
        }
      `,
      { ...args, scopeId: args.scopeId ?? null },
    );
    return r.report;
  },
};
