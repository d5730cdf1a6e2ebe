import { createHash } from 'node:crypto';
import { BeneficiaryCategory as BC, ConsentPurpose } from '../../modules/beneficiary/beneficiary.enums';
import { CareType as CT, SessionKind as SK } from '../../modules/class/class.enums';
import { EnrollmentStatus as ES } from '../../modules/enrollment/enrollment.enums';
import type { TierRule } from '../../modules/lottery/application-round.entity';
import type { Application } from '../../modules/lottery/application.entity';
import { draw, seedHashOf } from '../../modules/lottery/draw';
import { drawList } from '../../modules/lottery/round-draw.service';
import { ApplicationStatus as AS, RoundStatus as RS } from '../../modules/lottery/round.enums';
import { MON_FRI } from './demo-class-helpers';
import { buildClasses, type BuiltClass, type ClassDef } from './demo-classes';
import { DemoContext, type DemoRows } from './demo-context';
import { addDays, ageInMonths, chinaTime, isoWeekday } from './demo-dates';
import { isInSubtree } from './demo-organizations';
import type { Guard, Person } from './demo-people';
import { SUBSIDY_POLICIES } from './demo-projects';

/**
 * Application rounds (报名轮次, docs/lottery.md), so that the draw can be seen without building one by hand:
 * two new two-week classes of 福海's 四点半课堂 that start in the days after the story's today (all their
 * sessions scheduled, within the three weeks past today the demo dates sessions to),
 * each with a round of 西山区 staff (xishan-staff, fuhai-staff):
 *
 * - 二班: a round DRAWN two days ago and on notice (公示) for five more days: 37 applications for 12 places (one
 *   withdrawn before the close), two tiers (本区新就业形态劳动者、产业工人 first), a brother and sister drawn together. The rows are
 *   what `drawApplicationRound` writes: the pure `draw()` over `drawList()` with the round's seed, winners
 *   enrolled and the others waitlisted in draw order, priced as `enroll` prices a place. `roundNotice` shows the
 *   results and `npm run verify-draw` recomputes them.
 * - 三班: a round OPEN until three days after today with six applications, to apply, withdraw and, after the
 *   close, draw in the console.
 *
 * The seeds are fixed (SHA-256 of a demo phrase) so that the demo is the same on every load: they are public in
 * this file, which a real round's seed never is (the server draws 32 random bytes and publishes only the hash).
 * Built last, after every other row, so that no other row's id changes; dated from the story's today and moved
 * with the rest of the story (demo-shift.ts).
 */
const TIER_LABEL = '本区新就业形态劳动者、产业工人';
const DRAWN_SEED = createHash('sha256').update('linli demo round: 四点半课堂 二班').digest('hex');
const OPEN_SEED = createHash('sha256').update('linli demo round: 四点半课堂 三班').digest('hex');
const DAY_MS = 86_400_000;

const HOMEWORK = ['语文作业辅导', '数学作业辅导', '英语阅读', '手工与绘画', '户外游戏'];

/** The Monday on or after `date`. */
const mondayFrom = (date: string): string => addDays(date, (8 - isoWeekday(date)) % 7);

function newClass(ctx: DemoContext, key: string, name: string, capacity: number, startsOn: string): ClassDef {
  return {
    key,
    project: 'fuhai-after-school',
    venue: 'shulin2-fuhai',
    name,
    careType: CT.AFTER_SCHOOL,
    months: [72, 143],
    capacity,
    staff: 2,
    startsOn,
    // Two weeks, Monday to Friday: a short course within the three weeks past today the demo dates sessions to.
    endsOn: addDays(startsOn, 2 * 7 - 3),
    weekdays: MON_FRI,
    hours: ['16:30', '18:00'],
    feeFen: 1_000,
    topic: (_date, i) => [HOMEWORK[i % HOMEWORK.length], SK.LESSON],
    who: () => false,
    enrolled: 0,
    recorder: 'fuhai-staff',
  };
}

/** A child who may apply: the guardian who gave the consent for the service applies for them. */
interface Candidate {
  person: Person;
  applicant: Guard;
}

export interface DemoRound {
  id: string;
  classKey: string;
  status: RS;
}

export function buildRounds(ctx: DemoContext, people: Person[]): DemoRound[] {
  const today = ctx.today;
  const [second, third] = buildClasses(ctx, [
    newClass(ctx, 'fuhai-after-school-2', '书林二小福海校区 四点半课堂（二班）', 12, mondayFrom(addDays(today, 1))),
    newClass(ctx, 'fuhai-after-school-3', '书林二小福海校区 四点半课堂（三班）', 10, mondayFrom(addDays(today, 4))),
  ]);
  const candidates = candidatesFor(ctx, people, [second, third]);
  // The district's subsidy categories (article 000) first, everyone else after (其他), as round.tiers.ts judges.
  const rules: TierRule[] = [
    {
      label: TIER_LABEL,
      categories: [BC.NEW_EMPLOYMENT_FORM_WORKER, BC.INDUSTRIAL_WORKER],
      unionWithinId: ctx.org('xishan'),
    },
  ];
  const tierOf = (c: Candidate): number => {
    const who = c.applicant.person;
    const i = rules.findIndex(
      (r) =>
        (!r.categories.length || who.categories.some((x) => r.categories.includes(x))) &&
        (!r.unionWithinId || isInSubtree(ctx, who.union, r.unionWithinId)),
    );
    return i < 0 ? rules.length + 1 : i + 1;
  };

  // A brother and sister (or two of a family) with one applicant, then everyone else in random order.
  const byGuardian = new Map<string, Candidate[]>();
  for (const c of candidates)
    byGuardian.set(c.applicant.person.id, [...(byGuardian.get(c.applicant.person.id) ?? []), c]);
  const family = [...byGuardian.values()].find((cs) => cs.length >= 2);
  if (!family) throw new Error('demo data: no family with two children for the rounds');
  const siblings = family.slice(0, 2);
  const others = ctx.rng.sample(
    candidates.filter((c) => !siblings.includes(c)),
    35 + 6,
  );
  if (others.length < 41) throw new Error(`demo data: rounds need 41 more children, found ${others.length}`);
  const drawnApplicants = ctx.rng.shuffle([...others.slice(0, 35), siblings[0]]);
  // The sister applies right after her brother; one family withdraws before the close.
  drawnApplicants.splice(drawnApplicants.indexOf(siblings[0]) + 1, 0, siblings[1]);

  const rounds: DemoRound[] = [];
  rounds.push(drawnRound(ctx, second, drawnApplicants, siblings, rules, tierOf));
  rounds.push(openRound(ctx, third, others.slice(35), rules, tierOf));
  return rounds;
}

/**
 * Children of 西山区 (aged for the classes on their first day) who gave a consent for the service through a
 * guardian, and are not in 福海's other 四点半课堂 at the same hours.
 */
function candidatesFor(ctx: DemoContext, people: Person[], classes: BuiltClass[]): Candidate[] {
  const consentBy = new Map<string, string>();
  for (const c of ctx.rows.consent)
    if (c.purpose === ConsentPurpose.SERVICE_ENROLLMENT && !c.withdrawnAt && c.givenBy)
      consentBy.set(c.beneficiary as string, c.givenBy as string);
  const busy = new Set(
    ctx.rows.enrollment
      .filter((e) => e.serviceClass === ctx.klass('fuhai-after-school') && e.status !== ES.WITHDRAWN)
      .map((e) => e.beneficiary as string),
  );
  const out: Candidate[] = [];
  for (const person of people) {
    if (person.adult || person.area !== 'xishan' || busy.has(person.id)) continue;
    const fits = classes.every((c) => {
      const age = ageInMonths(person.birthDate, c.startsOn);
      return age >= c.def.months[0] && age <= c.def.months[1];
    });
    const applicant = person.guardians.find((g) => g.person.id === consentBy.get(person.id));
    if (fits && applicant) out.push({ person, applicant });
  }
  return out;
}

/** A spread of moments from `from` to `to`, in order. */
function moments(ctx: DemoContext, from: Date, to: Date, n: number): Date[] {
  const span = to.getTime() - from.getTime();
  return Array.from({ length: n }, () => new Date(from.getTime() + Math.floor(ctx.rng.next() * span)))
    .map((d) => new Date(Math.floor(d.getTime() / 60_000) * 60_000))
    .sort((a, b) => a.getTime() - b.getTime());
}

function roundRow(
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

type ApplicationRow = DemoRows['application'][number];

function applicationRows(
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

function drawnRound(
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

function openRound(
  ctx: DemoContext,
  cls: BuiltClass,
  who: Candidate[],
  rules: TierRule[],
  tierOf: (c: Candidate) => number,
): DemoRound {
  const today = ctx.today;
  const opensAt = chinaTime(addDays(today, -4), '09:00');
  const closesAt = chinaTime(addDays(today, 3), '18:00');
  const { row: round } = roundRow(ctx, cls, OPEN_SEED, rules, opensAt, closesAt, who.length);
  applicationRows(
    ctx,
    round.id,
    cls,
    who,
    moments(ctx, opensAt, chinaTime(addDays(today, -1), '20:00'), who.length),
    () => null,
    tierOf,
  );
  return { id: round.id, classKey: cls.def.key, status: RS.OPEN };
}

const addDaysAt = (at: Date, days: number): Date => new Date(at.getTime() + days * DAY_MS);
