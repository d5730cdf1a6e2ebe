import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { LocalDate } from '../../common/crud/scalars';
import { ReportGrouping } from './report.enums';
import { buildReport } from './report.service';
import { Report, ReportFilterInput } from './report.types';

@Resolver()
export class ReportResolver {
  @Query(() => Report, {
    description:
      'Service statistics for an organization subtree (default: your own) and a period (both days included, ' +
      'China dates): people served, enrollments, person-times, sessions, hours, money, rates, waitlist, needs, ' +
      'evaluations; totals plus one row set per grouping. Analysts get small cells (1–4 people) suppressed.',
  })
  report(
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
    @Arg('scopeId', () => ID, { nullable: true, description: 'An organization inside your scope (drill-down)' })
    scopeId: string | null,
    @Arg('filter', () => ReportFilterInput, { nullable: true }) filter: ReportFilterInput | null,
    @Arg('groupBy', () => [ReportGrouping], { nullable: true }) groupBy: string[] | null,
    @Arg('fresh', () => Boolean, {
      nullable: true,
      description:
        'Wait (up to 10 s, else SERVICE_BUSY) until every write committed before the call is in the figures: ' +
        'for a caller that has just written. Without it the figures are as of `asOf`, usually under a second old.',
    })
    fresh: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return buildReport(ctx, { from, to, scopeId, filter, groupBy, fresh });
  }
}
