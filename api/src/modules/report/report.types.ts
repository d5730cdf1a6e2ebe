import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { LocalDate, DateTime } from '../../common/crud/scalars';
import { BeneficiaryCategory } from '../beneficiary/beneficiary.enums';
import { ProjectCategory } from '../project/project.enums';
import { FIGURES, type FigureDef } from './model/figures';
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
      'figures that need it: a small waitlist hides `waitlisted`, small enrollments hide enrollments and their money',
  })
  withheld!: ReportWithheld[];
}

/** Declares each figure of `list` as a nullable GraphQL field of `cell` (null: suppressed, or not applicable). */
export function declareFigureFields(cell: { prototype: object }, list: readonly FigureDef[]): void {
  const scalars = { Int, SafeInt: SafeIntResolver, Float } as const;
  for (const f of list)
    Field(() => scalars[f.scalar], { nullable: true, description: f.description })(cell.prototype, f.name);
}
declareFigureFields(ReportCell, FIGURES);

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
