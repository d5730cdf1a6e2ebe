import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { LocalDate, DateTime } from '../../common/crud/scalars';
import { BeneficiaryCategory } from '../beneficiary/beneficiary.enums';
import { ProjectCategory } from '../project/project.enums';
import { PeopleSource, ReportGrouping, WithheldReason } from './report.enums';

@InputType({ description: 'Optional filters; each list means "any of these"' })
export class ReportFilterInput {
  @Field(() => [ProjectCategory], { nullable: true, description: 'Project categories' })
  categories?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Operating social groups (承办)' })
  socialGroupIds?: string[] | null;
  @Field(() => [ID], { nullable: true })
  projectIds?: string[] | null;
  @Field(() => [BeneficiaryCategory], {
    nullable: true,
    description: "The person's report category (the most specific category they hold, see docs/report-api.md)",
  })
  beneficiaryCategories?: string[] | null;
}

const d = (description: string) => ({ nullable: true, description });

@ObjectType({ description: 'A figure withheld from an analyst, and why', simpleResolvers: true })
export class ReportWithheld {
  @Field({ description: 'The ReportCell field withheld (null in the cell)' })
  figure!: string;
  @Field(() => WithheldReason, {
    description:
      'SMALL_COUNT: it counts 1–4 people (show "<5"); COMPLEMENTARY: hidden so that a small count ' +
      'elsewhere cannot be worked out by subtraction (show 已隐藏)',
  })
  reason!: string;
}

// simpleResolvers: plain data, no field resolvers, middlewares or auth on these fields; graphql-js's default
// resolver reads them instead of a type-graphql wrapper per field (a dashboard answer has 600–800 of them).
@ObjectType({
  description: 'The figures of one cell. Null: suppressed, or not applicable to this grouping.',
  simpleResolvers: true,
})
export class ReportCell {
  @Field({
    description:
      'The whole cell is withheld (analysts): it counts 1–4 people served, or hides to protect such a cell; ' +
      '`withheld` says which and why',
  })
  suppressed!: boolean;
  @Field(() => [ReportWithheld], {
    description:
      'Figures withheld from an analyst (null above), each with its reason. A row is withheld only in the ' +
      'figures that need it: a small waitlist hides `waitlisted`, small enrolments hide enrolments and their money',
  })
  withheld!: ReportWithheld[];
  @Field(() => Int, d('服务人数: distinct people with at least one person-time in the period. Not additive'))
  peopleServed!: number | null;
  @Field(
    () => Int,
    d('报名数: live ENROLLED/COMPLETED enrolments whose enrolment day (enrolledAt, China date) is in the period'),
  )
  enrollments!: number | null;
  @Field(() => Int, d('服务人次: attendancePersonTimes + serviceRecordPersonTimes'))
  personTimes!: number | null;
  @Field(() => Int, d('Attendance rows PRESENT or LATE on sessions (not cancelled) dated in the period'))
  attendancePersonTimes!: number | null;
  @Field(() => Int, d('Service records (one-to-one work) that occurred in the period'))
  serviceRecordPersonTimes!: number | null;
  @Field(() => Int, d('场次: sessions with status HELD dated in the period. Null in person groupings'))
  sessionsHeld!: number | null;
  @Field(
    () => SafeIntResolver,
    d('服务时长 (person-minutes): session length per attended person-time + service record minutes'),
  )
  serviceMinutes!: number | null;
  @Field(() => SafeIntResolver, d('费用合计 (fen) of the counted enrolments'))
  feeTotalFen!: number | null;
  @Field(() => SafeIntResolver, d('补贴合计 (fen) of the counted enrolments'))
  subsidyTotalFen!: number | null;
  @Field(() => SafeIntResolver, d('家庭自付 (fen) of the counted enrolments'))
  familyPaidFen!: number | null;
  @Field(
    () => SafeIntResolver,
    d('Places of live, not cancelled classes starting in the period. Null in person groupings'),
  )
  capacity!: number | null;
  @Field(() => Int, d('Current live ENROLLED/COMPLETED enrolments of those classes'))
  enrolledInClasses!: number | null;
  @Field(() => Int, d('满班率 (bp): enrolledInClasses / capacity'))
  fillRateBp!: number | null;
  @Field(() => Int, d('Attendance rows of any status (the base of the attendance rate)'))
  attendanceRows!: number | null;
  @Field(() => Int, d('出勤率 (bp): attendancePersonTimes / attendanceRows'))
  attendanceRateBp!: number | null;
  @Field(() => Int, d('候补: enrolments now WAITLISTED that were requested in the period'))
  waitlisted!: number | null;
  @Field(() => Int, d('Needs raised in the period that are OPEN, MATCHED or IN_PROGRESS. Null in person groupings'))
  needsOpen!: number | null;
  @Field(() => Int, d('Needs raised in the period that are FULFILLED'))
  needsFulfilled!: number | null;
  @Field(() => Int, d('Evaluations dated in the period'))
  evaluations!: number | null;
  @Field(() => Float, d('Average evaluation score (0–100, two decimals)'))
  averageScore!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class ReportRow {
  @Field({ description: "Group key: 'YYYY-MM', 'YYYY-Qn', an id, 'SELF', 'NONE' or an enum value" })
  key!: string;
  @Field()
  label!: string;
  @Field(() => ReportCell)
  cell!: ReportCell;
}

@ObjectType({ simpleResolvers: true })
export class ReportGroup {
  @Field(() => ReportGrouping)
  by!: string;
  @Field(() => [ReportRow])
  rows!: ReportRow[];
}

@ObjectType()
export class ReportScopeInfo {
  @Field(() => ID, { nullable: true, description: 'The organization; null for everything or a partner' })
  organizationId!: string | null;
  @Field()
  name!: string;
}

@ObjectType({ description: 'Aggregates only: no personal data' })
export class Report {
  @Field(() => ReportScopeInfo)
  scope!: ReportScopeInfo;
  @Field(() => LocalDate)
  from!: string;
  @Field(() => LocalDate)
  to!: string;
  @Field(() => DateTime)
  generatedAt!: Date;
  @Field(() => DateTime, {
    description:
      'Every write committed before this time is in the figures. Summaries are folded in the background, ' +
      'usually within a second of a write; ask with `fresh: true` to wait for your own writes.',
  })
  asOf!: Date;
  @Field(() => ReportCell)
  totals!: ReportCell;
  @Field(() => [ReportGroup])
  groupings!: ReportGroup[];
  @Field({ description: 'Small-cell suppression was applied (analysts)' })
  smallCellsSuppressed!: boolean;
  @Field(() => PeopleSource)
  peopleSource!: string;
}
