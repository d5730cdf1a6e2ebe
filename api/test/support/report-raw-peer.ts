import type { Context } from '../../src/graphql/context';
import { additive, needs, peopleExact, type RowSource } from '../../src/modules/report/report.queries';
import {
  assembleReport,
  type Gatherer,
  type ReportArgs,
  type ReportResult,
} from '../../src/modules/report/report.service';

/**
 * The report computed from the raw tables: the benchmark's peer (bench/report) and the tests' second
 * opinion (report-exact.test.ts). It reads the fact views (joins over attendance, sessions, classes,
 * enrollments, people, service records) for the period instead of any summary, through the same statements
 * builders, scope, labels and suppression as the API; the API's own path knows nothing of it.
 */
const FACT_ROWS: RowSource = {
  sums: (period, cols) =>
    `select ${cols.replaceAll('$d', 'day')} from report_fact where day between '${period.from}' and '${period.to}'`,
  people: (period, cols) =>
    `select ${cols.replaceAll('$d', 'day')} from report_person_fact where day between '${period.from}' and '${period.to}'`,
  stamped: false,
};

const fromFacts: Gatherer = async (em, q, _scope, noClassLevel, asOf) => ({
  sources: await Promise.all([
    additive(em, q, asOf, FACT_ROWS),
    peopleExact(em, q, asOf, FACT_ROWS),
    noClassLevel ? new Map() : needs(em, q),
  ]),
  names: new Map(),
  fast: false,
});

export const buildRawReport = (ctx: Pick<Context, 'em' | 'principal'>, args: ReportArgs): Promise<ReportResult> =>
  assembleReport(ctx, args, fromFacts, { deferName: false, waitForFold: false });
