import { createHash } from 'node:crypto';
import { BeneficiaryCategory as BC, ConsentPurpose } from '../../modules/beneficiary/beneficiary.enums';
import { CareType as CT, SessionKind as SK } from '../../modules/class/class.enums';
import { EnrollmentStatus as ES } from '../../modules/enrollment/enrollment.enums';
import type { TierRule } from '../../modules/lottery/application-round.entity';
import { RoundStatus as RS } from '../../modules/lottery/round.enums';
import { MON_FRI } from './demo-class-helpers';
import { buildClasses, type BuiltClass, type ClassDef } from './demo-classes';
import { DemoContext } from './demo-context';
import { addDays, ageInMonths, chinaTime, isoWeekday } from './demo-dates';
import { isInSubtree } from './demo-organizations';
import type { Person } from './demo-people';
import { drawnRound } from './demo-round-drawn';
import { applicationRows, moments, roundRow, type Candidate, type DemoRound } from './demo-round-rows';

export type { DemoRound } from './demo-round-rows';

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
 * - 三班 and 四班: one round OPEN over both classes until three days after today, with six applications listing
 *   them in order of preference (三班 › 四班, 四班 › 三班, 三班 only), to apply, withdraw and, after the close,
 *   draw in the console.
 *
 * The seeds are fixed (SHA-256 of a demo phrase) so that the demo is the same on every load: they are public in
 * this file, which a real round's seed never is (the server draws 32 random bytes and publishes only the hash).
 * Built last, after every other row, so that no other row's id changes; dated from the story's today and moved
 * with the rest of the story (demo-shift.ts).
 */
const TIER_LABEL = '本区新就业形态劳动者、产业工人';
const OPEN_SEED = createHash('sha256').update('linli demo round: 四点半课堂 三班').digest('hex');

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
  // 四班 is built after the drawn round, so that the rows before it keep their ids and draws of the generator.
  const [fourth] = buildClasses(ctx, [
    newClass(ctx, 'fuhai-after-school-4', '书林二小福海校区 四点半课堂（四班）', 8, third.def.startsOn),
  ]);
  rounds.push(openRound(ctx, [third, fourth], others.slice(35), rules, tierOf));
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

/** A round over several classes: the labels of the classes after the first (B, C …). */
const LABELS = 'BCDEFGHIJ';

function openRound(
  ctx: DemoContext,
  classes: BuiltClass[],
  who: Candidate[],
  rules: TierRule[],
  tierOf: (c: Candidate) => number,
): DemoRound {
  const today = ctx.today;
  const [first, ...more] = classes;
  const opensAt = chinaTime(addDays(today, -4), '09:00');
  const closesAt = chinaTime(addDays(today, 3), '18:00');
  const { row: round } = roundRow(ctx, first, OPEN_SEED, rules, opensAt, closesAt, who.length);
  round.places = classes.reduce((n, c) => n + c.def.capacity, 0);
  more.forEach((cls, i) =>
    ctx.rows.roundClass.push({
      id: ctx.id(),
      round: round.id,
      serviceClass: cls.id,
      label: LABELS[i],
      places: cls.def.capacity,
      placesDrawn: null,
      ...DemoContext.stamp(round.createdAt),
    }),
  );
  const rows = applicationRows(
    ctx,
    round.id,
    first,
    who,
    moments(ctx, opensAt, chinaTime(addDays(today, -1), '20:00'), who.length),
    () => null,
    tierOf,
  );
  // Choices in order: the first class then the second, the second then the first, the first only.
  const [a, b] = classes.map((c) => c.id);
  const orders = [[a, b], [b, a], [a]];
  rows.forEach((r, i) => {
    r.preferences = orders[i % orders.length];
    r.daysBooked = Math.min(...classes.map((c) => c.sessions.length));
  });
  return { id: round.id, classKey: first.def.key, status: RS.OPEN };
}
