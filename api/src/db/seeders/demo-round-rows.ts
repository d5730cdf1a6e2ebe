import type { TierRule } from '../../modules/lottery/application-round.entity';
import { seedHashOf } from '../../modules/lottery/draw';
import { ApplicationStatus as AS, RoundStatus as RS } from '../../modules/lottery/round.enums';
import type { BuiltClass } from './demo-classes';
import { DemoContext, type DemoRows } from './demo-context';
import type { Guard, Person } from './demo-people';

/** The rows of a demo round and its applications, shared by the drawn round and the open one (demo-rounds.ts). */
export const DAY_MS = 86_400_000;

/** A child who may apply: the guardian who gave the consent for the service applies for them. */
export interface Candidate {
  person: Person;
  applicant: Guard;
}

export interface DemoRound {
  id: string;
  classKey: string;
  status: RS;
}

/** A spread of moments from `from` to `to`, in order. */
export function moments(ctx: DemoContext, from: Date, to: Date, n: number): Date[] {
  const span = to.getTime() - from.getTime();
  return Array.from({ length: n }, () => new Date(from.getTime() + Math.floor(ctx.rng.next() * span)))
    .map((d) => new Date(Math.floor(d.getTime() / 60_000) * 60_000))
    .sort((a, b) => a.getTime() - b.getTime());
}

export function roundRow(
  ctx: DemoContext,
  cls: BuiltClass,
  seed: string,
  rules: TierRule[],
  opensAt: Date,
  closesAt: Date,
  applications: number,
) {
  const id = ctx.register('round', cls.def.key, ctx.id());
  const row = {
    id,
    serviceClass: cls.id,
    opensAt,
    closesAt,
    places: cls.def.capacity,
    noticeDays: 7,
    tierRules: rules,
    seed,
    seedHash: seedHashOf(seed),
    status: RS.OPEN as RS,
    applicationCount: applications,
    placesDrawn: null as number | null,
    drawnAt: null as Date | null,
    listHash: null as string | null,
    resultHash: null as string | null,
    noticeEndsAt: null as Date | null,
    confirmedAt: null,
    ...DemoContext.stamp(new Date(opensAt.getTime() - 3_600_000)),
  };
  ctx.rows.applicationRound.push(row);
  const roundClass = {
    id: ctx.id(),
    round: id,
    serviceClass: cls.id,
    label: 'A',
    places: cls.def.capacity,
    placesDrawn: null as number | null,
    ...DemoContext.stamp(row.createdAt),
  };
  ctx.rows.roundClass.push(roundClass);
  return { row, roundClass };
}

export type ApplicationRow = DemoRows['application'][number];

export function applicationRows(
  ctx: DemoContext,
  roundId: string,
  cls: BuiltClass,
  who: Candidate[],
  at: Date[],
  group: (c: Candidate) => string | null,
  tierOf: (c: Candidate) => number,
): ApplicationRow[] {
  return who.map((c, i) => {
    const row = {
      id: ctx.id(),
      round: roundId,
      beneficiary: c.person.id,
      applicant: c.applicant.person.id,
      number: String(i + 1).padStart(4, '0'),
      tier: tierOf(c),
      siblingGroup: group(c),
      daysBooked: cls.sessions.length,
      preferences: [cls.id],
      status: AS.APPLIED as AS,
      drawPosition: null as number | null,
      enrollment: null as string | null,
      withdrawnAt: null as Date | null,
      ...DemoContext.stamp(at[i]),
    };
    ctx.rows.application.push(row);
    return row;
  });
}

export const addDaysAt = (at: Date, days: number): Date => new Date(at.getTime() + days * DAY_MS);
