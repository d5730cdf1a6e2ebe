import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../common/crud/scalars';
import { BeneficiaryCategory } from '../beneficiary/beneficiary.enums';
import { CorrectionAction, RoundStatus } from './round.enums';

/** A priority tier of a round: who meets it is drawn before later tiers; everyone else is the last tier. */
@InputType('TierRuleInput')
export class TierRuleInput {
  @Field({ description: 'e.g. 本区在职会员职工' })
  @MaxLength(40, { message: '不能超过40个字符' })
  label!: string;

  @Field(() => [BeneficiaryCategory], { nullable: true, description: 'The applicant has one of these; none: any' })
  @IsOptional()
  @ArrayMaxSize(20)
  categories?: string[] | null;

  @Field(() => ID, { nullable: true, description: '工会关系 in this organization’s subtree; none: anywhere' })
  unionWithinId?: string | null;
}

/** One change of a correction after an upheld objection. */
@InputType('RoundCorrectionChangeInput')
export class RoundCorrectionChangeInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => CorrectionAction)
  action!: CorrectionAction;

  @Field(() => Int, { nullable: true, description: 'The corrected tier (RETIER only)' })
  @IsOptional()
  tier?: number | null;
}

@ObjectType('RoundNoticeApplication', { description: 'One line of the list drawn from: nothing personal' })
export class RoundNoticeApplicationType {
  @Field({ description: 'Application number, unique in the round' })
  number!: string;
  @Field(() => Int)
  tier!: number;
  @Field(() => String, { nullable: true, description: 'Siblings drawn together: G1, G2 … (not the family’s label)' })
  group!: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'A round over several classes: the labels of the classes applied for, first choice first',
  })
  preferences!: string[] | null;
}

@ObjectType('RoundNoticeClass', { description: 'A class of the round, as the notice names it (A, B …)' })
export class RoundNoticeClassType {
  @Field()
  label!: string;
  @Field()
  className!: string;
  @Field(() => Int, { description: 'Its free places when the round opened (its share of the offer)' })
  places!: number;
  @Field(() => Int, { nullable: true, description: 'Its free places drawn at the draw' })
  placesDrawn!: number | null;
}

@ObjectType('RoundNoticeResult', { description: 'One outcome of the draw as the public notice shows it' })
export class RoundNoticeResultType {
  @Field({ description: '张*明' })
  maskedName!: string;
  @Field({ description: 'The last four characters of the application number' })
  numberLast4!: string;
  @Field(() => Int)
  tier!: number;
  @Field({ description: 'WON or WAITLISTED' })
  outcome!: string;
  @Field(() => Int, { description: 'Place among the winners, or on the waitlist (of the class)' })
  position!: number;
  @Field(() => String, { nullable: true, description: 'A round over several classes: the class won or waited on' })
  classLabel!: string | null;
}

@ObjectType('RoundNoticeCorrectionChange', { description: 'One change of a published correction' })
export class RoundNoticeCorrectionChangeType {
  @Field({ description: 'Application number' })
  number!: string;
  @Field(() => CorrectionAction)
  action!: string;
  @Field(() => Int)
  fromTier!: number;
  @Field(() => Int)
  toTier!: number;
}

@ObjectType('RoundNoticeMove', { description: 'An outcome a correction changed' })
export class RoundNoticeMoveType {
  @Field({ description: 'The last four characters of the application number' })
  numberLast4!: string;
  @Field({ description: 'e.g. WON 3, WAITLISTED 1, WITHDRAWN' })
  from!: string;
  @Field({ description: 'e.g. WAITLISTED 2, WON 3, DISQUALIFIED' })
  to!: string;
}

@ObjectType('RoundNoticeCorrection', {
  description:
    '更正: a correction after an upheld objection, with the list before it, so that anyone can recompute the ' +
    'draw before and after (same seed and places)',
})
export class RoundNoticeCorrectionType {
  @Field(() => DateTime)
  correctedAt!: Date;
  @Field(() => [RoundNoticeCorrectionChangeType])
  changes!: RoundNoticeCorrectionChangeType[];
  @Field(() => [RoundNoticeApplicationType], { description: 'The list as drawn before this correction' })
  previousList!: RoundNoticeApplicationType[];
  @Field()
  previousListHash!: string;
  @Field()
  previousResultHash!: string;
  @Field()
  listHash!: string;
  @Field()
  resultHash!: string;
  @Field(() => [RoundNoticeMoveType], { description: 'Shown while the results are' })
  moves!: RoundNoticeMoveType[];
}

@ObjectType('RoundNotice', {
  description:
    '公示: a round’s public notice, readable without signing in. The seed appears once the round is drawn; ' +
    'anyone can check SHA-256(seed) = seedHash and recompute the draw from the list (docs/lottery.md)',
})
export class RoundNoticeType {
  @Field(() => ID)
  roundId!: string;
  @Field()
  className!: string;
  @Field()
  projectName!: string;
  @Field({ description: '主办单位: the organization sponsoring the project, to which objections are made' })
  organizerName!: string;
  @Field(() => RoundStatus)
  status!: string;
  @Field(() => [String], { description: 'The priority tiers by name, tier 1 first; the last is everyone else (其他)' })
  tierLabels!: string[];
  @Field(() => [RoundNoticeClassType], { description: 'The round’s classes: one, or several drawn together' })
  classes!: RoundNoticeClassType[];
  @Field(() => Int)
  places!: number;
  @Field(() => Int, { nullable: true, description: 'Places actually drawn: the offer, or fewer if the class filled' })
  placesDrawn!: number | null;
  @Field(() => DateTime)
  opensAt!: Date;
  @Field(() => DateTime)
  closesAt!: Date;
  @Field({ description: 'SHA-256 of the seed, published when the round opened' })
  seedHash!: string;
  @Field(() => String, { nullable: true })
  seed!: string | null;
  @Field(() => String, { nullable: true })
  listHash!: string | null;
  @Field(() => String, { nullable: true })
  resultHash!: string | null;
  @Field(() => DateTime, { nullable: true })
  drawnAt!: Date | null;
  @Field(() => DateTime, { nullable: true })
  noticeEndsAt!: Date | null;
  @Field({ description: 'Results are shown until noticeEndsAt; the list, seed and hashes stay' })
  resultsShown!: boolean;
  @Field(() => [RoundNoticeApplicationType], { description: 'Empty until the round closes' })
  applications!: RoundNoticeApplicationType[];
  @Field(() => [RoundNoticeResultType])
  results!: RoundNoticeResultType[];
  @Field(() => Int, { description: 'Objections (异议) recorded during the notice period: a count, never their text' })
  objectionsRecorded!: number;
  @Field(() => Int, { description: 'Objections upheld' })
  objectionsUpheld!: number;
  @Field(() => Int, { description: 'Objections dismissed' })
  objectionsDismissed!: number;
  @Field(() => [RoundNoticeCorrectionType], { description: 'Corrections after upheld objections, oldest first' })
  corrections!: RoundNoticeCorrectionType[];
}

/** How applications against places are grouped (round-demand.ts). */
export enum RoundDemandGroup {
  CLASS = 'CLASS',
  AREA = 'AREA',
  CATEGORY = 'CATEGORY',
}
registerEnumType(RoundDemandGroup, {
  name: 'RoundDemandGroup',
  description: 'By class, by area (the organization under the scope on the sponsor’s path), or by category',
});

@ObjectType('RoundDemandRow', { description: '报名需求: applications against places of rounds closed in a period' })
export class RoundDemandRowType {
  @Field(() => ID, { description: 'The class, the area organization, or the category' })
  key!: string;
  @Field()
  label!: string;
  @Field(() => Int)
  rounds!: number;
  @Field(() => Int, { description: 'Places offered' })
  places!: number;
  @Field(() => Int, { description: 'Applications not withdrawn, each for its first choice' })
  applications!: number;
  @Field(() => Int, { description: 'Of which won a place in the draw' })
  won!: number;
  @Field(() => Float, { nullable: true, description: 'Applications per place offered (over-subscription)' })
  ratio!: number | null;
}
