import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate, SafeInt } from '../../common/crud/scalars';

@ObjectType('SettlementLine', { description: '结算明细: one class of the project in the month' })
export class SettlementLine {
  @Field(() => ID)
  classId!: string;
  @Field()
  className!: string;
  @Field(() => Int, { description: '每日收费 (fen) of the class' })
  feePerDayFen!: number;
  @Field(() => Int, { description: 'Verified sessions in the month (已核验场次)' })
  verifiedSessions!: number;
  @Field(() => Int, { description: 'HELD sessions in the month not yet verified: not paid until verified' })
  pendingSessions!: number;
  @Field(() => Int, { description: 'People with at least one attended day (服务人数)' })
  people!: number;
  @Field(() => Int, { description: 'PRESENT or LATE rows on verified sessions (核验出勤人天)' })
  attendanceDays!: number;
  @Field(() => SafeInt, { description: 'attendance days × each enrollment’s daily price (fen)' })
  feeFen!: number;
  @Field(() => SafeInt, { description: '主办单位承担 (fen): pro rata of each enrollment’s granted subsidy' })
  sponsorFen!: number;
  @Field(() => SafeInt, { description: '家庭承担 (fen) = fee − sponsor' })
  familyFen!: number;
}

@ObjectType('Settlement', {
  description:
    '结算 (职工点菜、工会买单): what the sponsor owes the operator for a month of verified attendance, ' +
    'and what families pay',
})
export class Settlement {
  @Field(() => ID)
  projectId!: string;
  @Field()
  projectName!: string;
  @Field(() => ID, { nullable: true })
  sponsorId!: string | null;
  @Field(() => String, { nullable: true })
  sponsorName!: string | null;
  @Field(() => ID, { nullable: true, description: '承办方: the social group paid' })
  operatorId!: string | null;
  @Field(() => String, { nullable: true })
  operatorName!: string | null;
  @Field({ description: 'YYYY-MM' })
  month!: string;
  @Field(() => LocalDate)
  from!: string;
  @Field(() => LocalDate)
  to!: string;
  @Field(() => [SettlementLine])
  lines!: SettlementLine[];
  @Field(() => SettlementLine, { description: 'The sum of the lines (classId and className are the project’s)' })
  total!: SettlementLine;
}
