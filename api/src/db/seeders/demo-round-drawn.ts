import { createHash } from 'node:crypto';
import type { TierRule } from '../../modules/lottery/application-round.entity';
import type { Application } from '../../modules/lottery/application.entity';
import { draw } from '../../modules/lottery/draw';
import { drawList } from '../../modules/lottery/round-draw.service';
import { ApplicationStatus as AS, RoundStatus as RS } from '../../modules/lottery/round.enums';
import { EnrollmentStatus as ES } from '../../modules/enrollment/enrollment.enums';
import type { BuiltClass } from './demo-classes';
import { DemoContext } from './demo-context';
import { addDays, chinaTime } from './demo-dates';
import { isInSubtree } from './demo-organizations';
import { SUBSIDY_POLICIES } from './demo-projects';
import {
  addDaysAt,
  applicationRows,
  DAY_MS,
  moments,
  roundRow,
  type Candidate,
  type DemoRound,
} from './demo-round-rows';

/**
 * 二班's round as \`drawApplicationRound\` leaves it (demo-rounds.ts): drawn two days ago with the pure \`draw()\`
 * over \`drawList()\`, winners enrolled and the others waitlisted in draw order, priced as \`enroll\` prices a place.
 */
const DRAWN_SEED = createHash('sha256').update('linli demo round: 四点半课堂 二班').digest('hex');

export function drawnRound(
  ctx: DemoContext,
  cls: BuiltClass,
  who: Candidate[],
  siblings: Candidate[],
  rules: TierRule[],
  tierOf: (c: Candidate) => number,
): DemoRound {
  const today = ctx.today;
  const opensAt = chinaTime(addDays(today, -16), '09:00');
  const closesAt = chinaTime(addDays(today, -3), '18:00');
  const drawnAt = chinaTime(addDays(today, -2), '10:00');
  const { row: round, roundClass } = roundRow(ctx, cls, DRAWN_SEED, rules, opensAt, closesAt, who.length);
  const apps = applicationRows(
    ctx,
    round.id,
    cls,
    who,
    moments(ctx, opensAt, addDaysAt(closesAt, -1), who.length),
    (c) => (siblings.includes(c) ? '兄妹' : null),
    tierOf,
  );
  // One family withdraws before the close (not one of the siblings).
  const leaving = apps.find((a, i) => !siblings.includes(who[i]) && i >= 5)!;
  Object.assign(leaving, { status: AS.WITHDRAWN, withdrawnAt: addDaysAt(closesAt, -0.5) });
  leaving.updatedAt = leaving.withdrawnAt!;

  // The draw, as drawApplicationRound makes it: every free place of the class (all of them: nobody else is in it).
  const standing = apps.filter((a) => a.status !== AS.WITHDRAWN);
  const places = cls.def.capacity;
  const result = draw({
    roundId: round.id,
    places,
    seed: DRAWN_SEED,
    applications: drawList(standing as unknown as Application[]),
  });
  const byNumber = new Map(standing.map((a) => [a.number, a]));
  const candidateOf = new Map(apps.map((a, i) => [a.id, who[i]]));
  const policy = SUBSIDY_POLICIES[cls.projectKey];
  for (const line of result.lines) {
    const app = byNumber.get(line.number)!;
    const c = candidateOf.get(app.id)!;
    const won = line.outcome === 'WON';
    // Priced as enroll prices a place: booked days × the daily fee, the project's subsidy for eligible workers.
    const feeFen = (app.daysBooked as number) * cls.def.feeFen;
    const eligible =
      Boolean(policy) &&
      c.applicant.person.categories.some((x) => policy.eligibleCategories.includes(x)) &&
      isInSubtree(ctx, c.applicant.person.union, ctx.org(policy.membershipOrganization));
    const subsidyFen = eligible ? Math.min(Math.floor((feeFen * policy.rateBp) / 10000), policy.capPerPersonFen) : 0;
    const enrollmentId = ctx.id();
    ctx.rows.enrollment.push({
      id: enrollmentId,
      serviceClass: cls.id,
      beneficiary: c.person.id,
      applicant: c.applicant.person.id,
      status: won ? ES.ENROLLED : ES.WAITLISTED,
      waitlistPosition: won ? null : line.position,
      daysBooked: app.daysBooked,
      feeFen,
      subsidyFen,
      payableFen: feeFen - subsidyFen,
      enrolledAt: won ? drawnAt : null,
      withdrawnAt: null,
      idempotencyKey: `round:${round.id}:${app.number}`,
      ...DemoContext.stamp(drawnAt),
    });
    Object.assign(app, {
      status: won ? AS.WON : AS.WAITLISTED,
      drawPosition: line.position,
      enrollment: enrollmentId,
      updatedAt: drawnAt,
    });
  }
  Object.assign(round, {
    status: RS.DRAWN,
    placesDrawn: places,
    drawnAt,
    listHash: result.listHash,
    resultHash: result.resultHash,
    noticeEndsAt: new Date(drawnAt.getTime() + round.noticeDays * DAY_MS),
    updatedAt: drawnAt,
  });
  Object.assign(roundClass, { placesDrawn: places, updatedAt: drawnAt });
  return { id: round.id, classKey: cls.def.key, status: RS.DRAWN };
}
