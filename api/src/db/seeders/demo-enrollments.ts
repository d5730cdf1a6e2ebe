import { ConsentPurpose } from '../../modules/beneficiary/beneficiary.enums';
import { SessionStatus } from '../../modules/class/class.enums';
import { EnrollmentStatus as ES, type EnrollmentStatus } from '../../modules/enrollment/enrollment.enums';
import type { BuiltClass, SessionInfo } from './demo-classes';
import { DemoContext } from './demo-context';
import { addDays, ageInMonths, chinaTime } from './demo-dates';
import { isInSubtree } from './demo-organizations';
import type { Guard, Person } from './demo-people';
import { SUBSIDY_POLICIES } from './demo-projects';

/**
 * Enrollments as the enrollment service would have made them: first come first served up to capacity,
 * later requests waitlisted, a withdrawal before the start promoting the head of the waitlist; fees per
 * booked day with the project's subsidy for eligible workers; and the consents that had to exist first.
 */
export interface EnrollmentInfo {
  id: string;
  cls: BuiltClass;
  person: Person;
  status: EnrollmentStatus;
  booked: SessionInfo[];
}

interface Slot {
  from: string;
  to: string;
  weekdays: number[];
  start: string;
  end: string;
}

const slotOf = (c: BuiltClass): Slot => ({
  from: c.sessions[0]?.date ?? c.startsOn,
  to: c.sessions[c.sessions.length - 1]?.date ?? c.def.endsOn,
  weekdays: c.def.weekdays,
  start: c.def.hours[0],
  end: c.def.hours[1],
});

/** Two classes a person cannot both attend: overlapping dates, a shared weekday, overlapping hours. */
const clash = (a: Slot, b: Slot) =>
  a.from <= b.to &&
  b.from <= a.to &&
  a.weekdays.some((d) => b.weekdays.includes(d)) &&
  a.start < b.end &&
  b.start < a.end;

export function buildEnrollments(ctx: DemoContext, classes: BuiltClass[], people: Person[]): EnrollmentInfo[] {
  const rng = ctx.rng;
  const out: EnrollmentInfo[] = [];
  const taken = new Map<string, Slot[]>();
  const groupCount = new Map<string, number>();
  const firstRequest = new Map<string, { at: Date; applicant: Guard | null }>();

  for (const cls of classes) {
    const def = cls.def;
    const slot = slotOf(cls);
    const firstDate = slot.from;
    const free = (p: Person) =>
      def.who(p) &&
      ageInMonths(p.birthDate, firstDate) >= def.months[0] &&
      ageInMonths(p.birthDate, firstDate) <= def.months[1] &&
      !(taken.get(p.id) ?? []).some((s) => clash(s, slot)) &&
      (!def.group || (groupCount.get(`${def.group}:${p.id}`) ?? 0) < (def.groupMax ?? 1));
    const waitlisted = def.waitlisted ?? 0;
    const withdrawn = def.withdrawn ?? 0;
    const full = def.enrolled === def.capacity;
    // A plan the enrollment service could have produced: never more enrolled than places at any moment.
    const overbooked = full ? false : def.enrolled + withdrawn > def.capacity;
    if (def.enrolled > def.capacity || overbooked || (waitlisted > 0 && !full)) {
      throw new Error(`demo data: impossible enrollment plan for ${def.key}`);
    }
    const needed = def.enrolled + waitlisted + withdrawn;
    const chosen = rng.sample(people.filter(free), needed);
    if (chosen.length < needed)
      throw new Error(`demo data: class ${def.key} needs ${needed} people, found ${chosen.length}`);

    // Requests over the three weeks before the first session, in order (first come, first served).
    const requests = chosen
      .map(() =>
        chinaTime(
          addDays(firstDate, -rng.int(2, 21)),
          `${String(rng.int(8, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
        ),
      )
      .sort((a, b) => a.getTime() - b.getTime());
    const withdrawAt = chinaTime(addDays(firstDate, -1), '10:00');
    const firstIn = full ? def.capacity : def.enrolled + withdrawn;
    const leaving = new Set(rng.sample([...Array(firstIn).keys()], withdrawn));
    const promoted = full ? withdrawn : 0;
    const finished = def.endsOn < ctx.today;
    const usable = cls.sessions.filter((s) => s.status !== SessionStatus.CANCELLED);
    const policy = SUBSIDY_POLICIES[cls.projectKey];
    // 工会关系在本区: an eligible category and union membership inside the policy organization's subtree.
    const eligible = (p: Person) =>
      Boolean(policy) &&
      p.categories.some((c) => policy.eligibleCategories.includes(c)) &&
      isInSubtree(ctx, p.union, ctx.org(policy.membershipOrganization));

    chosen.forEach((person, i) => {
      let status: EnrollmentStatus;
      let enrolledAt: Date | null = requests[i];
      let withdrawnAt: Date | null = null;
      let position: number | null = null;
      if (i < firstIn) {
        status = leaving.has(i) ? ES.WITHDRAWN : ES.ENROLLED;
        if (leaving.has(i)) withdrawnAt = withdrawAt;
      } else if (i < firstIn + promoted) {
        status = ES.ENROLLED; // promoted from the head of the waitlist by a withdrawal
        enrolledAt = withdrawAt;
      } else {
        status = ES.WAITLISTED;
        position = i - firstIn - promoted + 1;
        enrolledAt = null;
      }
      if (status === ES.ENROLLED && finished) status = ES.COMPLETED;
      if (status === ES.WAITLISTED && finished) {
        // Nobody waits for a class that has ended: the request lapsed with it.
        status = ES.WITHDRAWN;
        position = null;
        withdrawnAt = chinaTime(def.endsOn, '18:00');
      }

      let booked = usable;
      if (def.booking === 'some') {
        booked = rng.sample(usable, rng.int(2, 6)).sort((a, b) => a.date.localeCompare(b.date));
      } else if (def.booking === 'weeks' && rng.chance(0.25)) {
        booked = usable.slice(0, 20); // booked the first four weeks only
      }

      // The applicant: for a child, the guardian whose job brings the subsidy if there is one, else the primary.
      const guardians = person.guardians;
      const applicant = person.adult
        ? null
        : (guardians.find((g) => eligible(g.person)) ?? guardians.find((g) => g.primary) ?? guardians[0] ?? null);
      const feeFen = booked.length * def.feeFen;
      const subsidised = person.adult ? eligible(person) : applicant !== null && eligible(applicant.person);
      const subsidyFen =
        subsidised && policy ? Math.min(Math.floor((feeFen * policy.rateBp) / 10000), policy.capPerPersonFen) : 0;

      const id = ctx.id();
      const updatedAt = withdrawnAt ?? enrolledAt ?? requests[i];
      ctx.rows.enrollment.push({
        id,
        serviceClass: cls.id,
        beneficiary: person.id,
        applicant: applicant?.person.id ?? null,
        status,
        waitlistPosition: position,
        daysBooked: booked.length,
        feeFen,
        subsidyFen,
        payableFen: feeFen - subsidyFen,
        enrolledAt,
        withdrawnAt,
        createdAt: requests[i],
        updatedAt,
      });
      out.push({ id, cls, person, status, booked });
      taken.set(person.id, [...(taken.get(person.id) ?? []), slot]);
      if (def.group)
        groupCount.set(`${def.group}:${person.id}`, (groupCount.get(`${def.group}:${person.id}`) ?? 0) + 1);
      const first = firstRequest.get(person.id);
      if (!first || requests[i] < first.at) firstRequest.set(person.id, { at: requests[i], applicant });
    });
  }

  buildConsents(ctx, people, firstRequest);
  return out;
}

/**
 * A consent before the first enrollment of everyone enrolled: given by the applying guardian for a child
 * under 14, by the person otherwise. Some families also agree to photo publicity; two later withdraw it.
 */
function buildConsents(
  ctx: DemoContext,
  people: Person[],
  firstRequest: Map<string, { at: Date; applicant: Guard | null }>,
): void {
  const rng = ctx.rng;
  let photoWithdrawals = 2;
  for (const person of people) {
    const first = firstRequest.get(person.id);
    if (!first) continue;
    const givenAt = new Date(first.at.getTime() - rng.int(1, 48) * 3_600_000);
    const onDate = givenAt.toISOString().slice(0, 10);
    const guardian =
      ageInMonths(person.birthDate, onDate) < 14 * 12 ? (first.applicant ?? person.guardians[0] ?? null) : null;
    const base = {
      beneficiary: person.id,
      givenBy: guardian?.person.id ?? null,
      relation: guardian?.relation ?? null,
      noticeVersion: 'v1',
    };
    ctx.rows.consent.push({
      id: ctx.id(),
      ...base,
      purpose: ConsentPurpose.SERVICE_ENROLLMENT,
      givenAt,
      withdrawnAt: null,
      ...DemoContext.stamp(givenAt),
    });
    if (!person.adult && rng.chance(0.1)) {
      const withdrawnAt = photoWithdrawals-- > 0 ? new Date(givenAt.getTime() + 20 * 86_400_000) : null;
      ctx.rows.consent.push({
        id: ctx.id(),
        ...base,
        purpose: ConsentPurpose.PHOTO_PUBLICITY,
        givenAt,
        withdrawnAt,
        createdAt: givenAt,
        updatedAt: withdrawnAt ?? givenAt,
      });
    }
  }
}
