import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { objectTypeOf } from '../../common/crud/object-type';
import { DateTime, LocalDate } from '../../common/crud/scalars';
import type { ResourceSpec } from '../../common/resource';
import type { Context } from '../../graphql/context';
import { applicationRoundResource } from './application-round.resource';
import { applicationResource } from './application.resource';
import { roundObjectionResource } from './round-objection.resource';
import { confirmRound, recordObjection, resolveObjection } from './round-confirm.service';
import { correctRound } from './round-correct.service';
import { drawRound } from './round-draw.service';
import { roundNotice } from './round-notice';
import { openRound } from './round-open.service';
import { applyForPlace, withdrawApplication } from './round.service';
import { roundDemand } from './round-demand';
import {
  RoundCorrectionChangeInput,
  RoundDemandGroup,
  RoundDemandRowType,
  RoundNoticeType,
  TierRuleInput,
} from './round.types';

const RoundType = () => objectTypeOf(applicationRoundResource as unknown as ResourceSpec);
const ApplicationType = () => objectTypeOf(applicationResource as unknown as ResourceSpec);
const ObjectionType = () => objectTypeOf(roundObjectionResource as unknown as ResourceSpec);

/** 报名 → 摇号 → 公示 → 异议 → 确认 for over-subscribed classes (docs/lottery.md). */
@Resolver()
export class RoundResolver {
  @Mutation(RoundType, {
    description:
      'Opens an application round on a class (or several classes of one project, see moreClassIds): applications are collected between opensAt and closesAt and the ' +
      'places drawn by lot after the close. The server draws the seed and publishes only its SHA-256 until the draw',
  })
  openApplicationRound(
    @Arg('classId', () => ID) classId: string,
    @Arg('opensAt', () => DateTime) opensAt: Date,
    @Arg('closesAt', () => DateTime) closesAt: Date,
    @Arg('places', () => Int, { description: 'At most the class’s free places' }) places: number,
    @Arg('noticeDays', () => Int, { nullable: true, description: '公示天数, 1–30 (default 7)' })
    noticeDays: number | null,
    @Arg('tierRules', () => [TierRuleInput], { nullable: true, description: 'Priority tiers in order (at most 5)' })
    tierRules: TierRuleInput[] | null,
    @Arg('moreClassIds', () => [ID], {
      nullable: true,
      description:
        'Further classes of the same project drawn together in this round (at most 9): applicants list the ' +
        'classes in order of preference, and places counts the free places of all of them',
    })
    moreClassIds: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return openRound(ctx, {
      classId,
      moreClassIds,
      opensAt,
      closesAt,
      places,
      noticeDays,
      tierRules: tierRules?.map((r) => ({
        label: r.label,
        categories: r.categories ?? [],
        unionWithinId: r.unionWithinId ?? null,
      })),
    });
  }

  @Mutation(ApplicationType, {
    description:
      'Applies for a place in a class with an open round: checked as enroll checks (age, guardian consent under 14, ' +
      'the applicant), one application per person and round; not a place until the draw',
  })
  applyForPlace(
    @Arg('classId', () => ID) classId: string,
    @Arg('beneficiaryId', () => ID) beneficiaryId: string,
    @Arg('applicantId', () => ID, { nullable: true }) applicantId: string | null,
    @Arg('days', () => Int) days: number,
    @Arg('siblingGroup', () => String, {
      nullable: true,
      description: 'Applications of one applicant with the same mark win or wait together',
    })
    siblingGroup: string | null,
    @Arg('alsoClassIds', () => [ID], {
      nullable: true,
      description: 'A round over several classes: further classes applied for, in order of preference after classId',
    })
    alsoClassIds: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return applyForPlace(ctx, { classId, beneficiaryId, applicantId, days, siblingGroup, alsoClassIds });
  }

  @Mutation(ApplicationType, { description: 'Withdraws an application before its round closes' })
  withdrawApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return withdrawApplication(ctx, id);
  }

  @Mutation(RoundType, {
    description:
      'Draws the round (摇号), once, at or after its close: winners enrolled, the others waitlisted in draw order. ' +
      'Before the close or a second time: CONFLICT',
  })
  drawApplicationRound(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return drawRound(ctx, id);
  }

  @Mutation(ObjectionType, {
    description:
      'Records an objection (异议) to a drawn round during its notice period (before noticeEndsAt, database ' +
      'clock), optionally about one of its applications; outside the period: CONFLICT',
  })
  recordRoundObjection(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('applicationId', () => ID, { nullable: true, description: 'The application it concerns, if any' })
    applicationId: string | null,
    @Arg('reason', () => String, { description: '1–500 characters; never shown on the public notice' })
    reason: string,
    @Ctx() ctx: Context,
  ) {
    return recordObjection(ctx, { roundId, applicationId, reason });
  }

  @Mutation(ObjectionType, {
    description: 'Resolves an open objection as upheld or dismissed, with the resolution; a second time: CONFLICT',
  })
  resolveRoundObjection(
    @Arg('id', () => ID) id: string,
    @Arg('upheld', () => Boolean) upheld: boolean,
    @Arg('resolution', () => String, { description: '1–500 characters' }) resolution: string,
    @Ctx() ctx: Context,
  ) {
    return resolveObjection(ctx, id, upheld, resolution);
  }

  @Mutation(RoundType, {
    description:
      'Corrects (更正) a drawn round after an upheld objection: the changes are applied to the list, the draw is ' +
      'run again with the same seed and places, only the applications whose outcome changed are moved, and the ' +
      'correction is published on the notice with a new notice period. Once per objection; otherwise CONFLICT',
  })
  correctApplicationRound(
    @Arg('objectionId', () => ID, { description: 'An upheld objection of the round' }) objectionId: string,
    @Arg('changes', () => [RoundCorrectionChangeInput], { description: '1–50 changes' })
    changes: RoundCorrectionChangeInput[],
    @Ctx() ctx: Context,
  ) {
    return correctRound(ctx, objectionId, changes);
  }

  @Mutation(RoundType, {
    description:
      'Confirms (确认) a drawn round once its notice period is over and no objection is open: status CONFIRMED, ' +
      'and one ROUND_RESULT message per drawn application queued in the notification outbox. Otherwise CONFLICT',
  })
  confirmApplicationRound(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return confirmRound(ctx, id);
  }

  @Query(() => [RoundDemandRowType], {
    description:
      '报名需求: applications against places of the rounds that closed between from and to (China dates), by ' +
      'class, area or category, most over-subscribed first; rounds the caller may read, within scopeId if given',
  })
  roundDemand(
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
    @Arg('groupBy', () => RoundDemandGroup) groupBy: RoundDemandGroup,
    @Arg('scopeId', () => ID, { nullable: true }) scopeId: string | null,
    @Ctx() ctx: Context,
  ) {
    return roundDemand(ctx, { from, to, groupBy, scopeId });
  }

  @Query(() => RoundNoticeType, {
    description: '公示 of a round: public, no sign-in; nothing personal but masked names',
  })
  roundNotice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return roundNotice(ctx.em.fork(), id);
  }
}
