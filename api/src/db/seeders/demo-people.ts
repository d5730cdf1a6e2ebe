import {
  BeneficiaryCategory as BC,
  Gender,
  GuardianRelation as GR,
  type BeneficiaryCategory,
} from '../../modules/beneficiary/beneficiary.enums';
import { DemoContext } from './demo-context';
import { addDays, ageInMonths, birthDateForAge, chinaTime } from './demo-dates';
import { shiftWeekly } from './demo-shift';
import { AREAS, JOBS, type AreaKey, type Job, type JobKey } from './demo-areas';
import { ELDERLY, HOUSEHOLDS, type HouseholdTemplate } from './demo-households';
import { SyntheticIdentifiers } from './demo-identifiers';
import { fullName, SURNAMES } from './demo-names';

/**
 * Synthetic people in households: parents (workers with union membership, full-time mothers, migrant
 * workers), children, grandparents, and elderly people living alone. ID numbers are built with the
 * family's district code, the birth date and a sequence whose parity matches the gender (GB 11643), and
 * are stored only as the entity expects: encrypted, keyed hash, last four characters.
 */
export interface Guard {
  person: Person;
  relation: (typeof GR)[keyof typeof GR];
  primary: boolean;
  mayPickUp: boolean;
}

export interface Person {
  id: string;
  tag: string;
  area: AreaKey;
  gender: Gender;
  birthDate: string;
  adult: boolean;
  categories: BeneficiaryCategory[];
  /** Union membership (organization id) or null. */
  union: string | null;
  /** For children: their guardians. */
  guardians: Guard[];
  /** Home community (organization key). */
  community: string;
}

type Sex = (typeof Gender)[keyof typeof Gender];

interface NewPerson {
  tag: string;
  area: AreaKey;
  gender: Sex;
  birthDate: string;
  adult: boolean;
  surname?: string;
  categories: BeneficiaryCategory[];
  job?: Job;
  employerName?: string | null;
  union?: string | null;
  community: string;
  registeredBy: string;
  registeredByGroup?: string;
  registeredAt: Date;
  idShare: number;
  phoneShare: number;
  notes?: string | null;
}

export function buildPeople(ctx: DemoContext): Person[] {
  const rng = ctx.rng;
  const ident = new SyntheticIdentifiers(ctx.rng);
  const people: Person[] = [];
  const rowOf = new Map<string, (typeof ctx.rows.beneficiary)[number]>();

  const add = (p: NewPerson): Person => {
    const id = ctx.id();
    const region = AREAS[p.area].region;
    const idNumber = rng.chance(p.idShare)
      ? ident.idNumber(region, shiftWeekly(ctx.calendar, p.birthDate), p.gender)
      : null;
    const categories = [...new Set(p.categories)];
    const row: (typeof ctx.rows.beneficiary)[number] = {
      id,
      name: fullName(rng, p.gender, p.surname),
      gender: p.gender,
      birthDate: p.birthDate,
      idNumberCipher: idNumber ? ctx.pii.encrypt(idNumber) : null,
      idNumberHash: idNumber ? ctx.pii.hash(idNumber) : null,
      idNumberLast4: idNumber ? idNumber.slice(-4) : null,
      phone: p.adult && rng.chance(p.phoneShare) ? ident.phone() : null,
      categories,
      employer: p.employerName ?? p.job?.employer ?? null,
      unionOrganization: p.union ?? null,
      homeCommunity: ctx.org(p.community),
      registeredBy: ctx.org(p.registeredBy),
      registeredByGroup: p.registeredByGroup ? ctx.group(p.registeredByGroup) : null,
      notes: p.notes ?? null,
      ...DemoContext.stamp(p.registeredAt),
    };
    ctx.rows.beneficiary.push(row);
    rowOf.set(id, row);
    const person: Person = {
      id,
      tag: p.tag,
      area: p.area,
      gender: p.gender,
      birthDate: p.birthDate,
      adult: p.adult,
      categories,
      union: p.union ?? null,
      guardians: [],
      community: p.community,
    };
    people.push(person);
    return person;
  };

  const pickUnion = (area: AreaKey): string | null => {
    const key = rng.weighted(AREAS[area].unions);
    return key ? ctx.org(key) : null;
  };
  const pickJob = (area: AreaKey, sex: Sex): Job => {
    const jobs = AREAS[area].jobs.map(
      ([k, w]) => [k, w * (sex === Gender.MALE ? JOBS[k].male : 1 - JOBS[k].male)] as [JobKey, number],
    );
    return JOBS[rng.weighted(jobs)];
  };

  for (const t of HOUSEHOLDS) {
    for (let h = 0; h < t.count; h++) household(t);
  }

  function household(t: HouseholdTemplate): void {
    const registeredAt = chinaTime(addDays(t.ageOn, -rng.int(30, 60)), '10:00');
    const base = {
      tag: t.tag,
      area: t.area,
      community: t.community,
      registeredBy: t.registeredBy,
      registeredByGroup: t.registeredByGroup,
      registeredAt,
    };
    // Children first: the parents' ages follow from the eldest child's.
    const kidBirths: string[] = [];
    const n = rng.int(t.kids[0], t.kids[1]);
    while (kidBirths.length < n) {
      const b = birthDateForAge(rng, t.ageOn, t.months[0], t.months[1]);
      const apart = kidBirths.every((o) => Math.abs(Date.parse(o) - Date.parse(b)) > 450 * 86_400_000);
      if (apart || kidBirths.length === 0) kidBirths.push(b);
    }
    kidBirths.sort();
    const eldest = Number(kidBirths[0].slice(0, 4));
    const motherYear = eldest - rng.int(22, 36);
    const fatherYear = motherYear - rng.int(-1, 5);
    const adultBirth = (year: number) => birthDateForAge(rng, `${year}-12-31`, 0, 11);
    const surname = rng.pick(SURNAMES);
    const motherSurname = rng.pick(SURNAMES);
    const leftBehind = rng.chance(t.leftBehind ?? 0);
    const single = !leftBehind && rng.chance(0.12);
    const singleMother = single && rng.chance(0.75);

    const guards: Guard[] = [];
    const workers: Person[] = [];
    const parent = (sex: Sex, year: number, employerParent: boolean): Person => {
      const area = AREAS[t.area];
      const fullTimeMother =
        sex === Gender.FEMALE && !leftBehind && !employerParent && rng.chance(area.fullTimeMothers);
      const job = leftBehind ? JOBS.migrant : fullTimeMother ? null : pickJob(t.area, sex);
      const categories: BeneficiaryCategory[] = [];
      if (sex === Gender.FEMALE) categories.push(BC.WOMAN);
      if (fullTimeMother) categories.push(BC.FULL_TIME_MOTHER);
      let union: string | null = null;
      let employerName: string | null | undefined;
      if (employerParent && t.employer) {
        categories.push(BC.WORKER);
        if (rng.chance(0.2)) categories.push(BC.INDUSTRIAL_WORKER);
        union = ctx.org(t.employer.org);
        employerName = t.employer.name;
      } else if (job?.worker) {
        categories.push(BC.WORKER, ...job.categories);
        if (rng.chance(0.06)) categories.push(BC.DIFFICULT_WORKER);
        union = leftBehind ? null : pickUnion(t.area);
      }
      const p = add({
        ...base,
        gender: sex,
        birthDate: adultBirth(year),
        adult: true,
        surname: sex === Gender.MALE ? surname : motherSurname,
        categories,
        job: job ?? undefined,
        employerName,
        union,
        idShare: 0.85,
        phoneShare: 0.92,
        notes: leftBehind ? '外出务工' : null,
      });
      if (categories.includes(BC.WORKER)) workers.push(p);
      return p;
    };

    const employerIsFather = rng.chance(0.5);
    const father =
      single && singleMother
        ? null
        : parent(Gender.MALE, fatherYear, Boolean(t.employer) && (employerIsFather || (single && !singleMother)));
    const mother =
      single && !singleMother
        ? null
        : parent(Gender.FEMALE, motherYear, Boolean(t.employer) && (!employerIsFather || singleMother));
    const parents = [father, mother].filter((p): p is Person => p !== null);

    // 双职工家庭: both parents in paid work.
    if (father && mother && workers.length === 2) {
      for (const w of workers) {
        w.categories.push(BC.DUAL_EARNER_FAMILY);
        const row = rowOf.get(w.id);
        if (row) row.categories = [...w.categories];
      }
    }

    const primaryIsMother = mother !== null && (father === null || rng.chance(0.6));
    // Sometimes the other parent may not fetch the child (e.g. works shifts far away); never the primary one.
    const noPickUp = parents.length === 2 && rng.chance(0.12) ? (primaryIsMother ? father : mother) : null;
    for (const p of parents) {
      guards.push({
        person: p,
        relation: p === father ? GR.FATHER : GR.MOTHER,
        primary: !leftBehind && (p === mother ? primaryIsMother : !primaryIsMother),
        mayPickUp: !leftBehind && p !== noPickUp,
      });
    }

    // Grandparents: the carers of left-behind children (article 004), or co-guardians (隔代照料, article 002).
    const grandparents = leftBehind ? rng.int(1, 2) : rng.chance(t.grandparent ?? 0) ? 1 : 0;
    const firstGrandparent = rng.pick([Gender.FEMALE, Gender.MALE]);
    for (let g = 0; g < grandparents; g++) {
      // The father's parents (his surname for the grandfather); a couple when there are two.
      const sex = g === 0 ? firstGrandparent : firstGrandparent === Gender.MALE ? Gender.FEMALE : Gender.MALE;
      const year = fatherYear - rng.int(22, 30);
      const birth = adultBirth(year);
      const old = Number(t.ageOn.slice(0, 4)) - year >= 60;
      const categories: BeneficiaryCategory[] = [];
      if (sex === Gender.FEMALE) categories.push(BC.WOMAN);
      if (old) categories.push(BC.ELDERLY);
      const gp = add({
        ...base,
        gender: sex,
        birthDate: birth,
        adult: true,
        surname: sex === Gender.MALE ? surname : undefined,
        categories,
        union: null,
        idShare: 0.85,
        phoneShare: 0.7,
      });
      guards.push({ person: gp, relation: GR.GRANDPARENT, primary: leftBehind && g === 0, mayPickUp: true });
    }

    for (const birth of kidBirths) {
      const sex = rng.pick([Gender.MALE, Gender.FEMALE]);
      const months = ageInMonths(birth, t.ageOn);
      const categories: BeneficiaryCategory[] = [months < 36 ? BC.INFANT : BC.CHILD];
      if (leftBehind) categories.push(BC.LEFT_BEHIND_CHILD);
      // About one in five left-behind children is also a child in difficulty (241 of 1260, article 004).
      if (leftBehind && rng.chance(241 / 1260)) categories.push(BC.CHILD_IN_DIFFICULTY);
      const kidSurname = father ? surname : motherSurname;
      const kid = add({
        ...base,
        gender: sex,
        birthDate: birth,
        adult: false,
        surname: kidSurname,
        categories,
        union: null,
        idShare: months < 36 ? 0.2 : 0.35,
        phoneShare: 0,
        notes: leftBehind ? '父母外出务工，由祖辈照料' : null,
      });
      kid.guardians = guards;
      for (const g of guards) {
        ctx.rows.guardianship.push({
          id: ctx.id(),
          guardian: g.person.id,
          ward: kid.id,
          relation: g.relation,
          isPrimary: g.primary,
          mayPickUp: g.mayPickUp,
          ...DemoContext.stamp(registeredAt),
        });
      }
    }
  }

  for (const t of ELDERLY) {
    for (let i = 0; i < t.count; i++) {
      const sex = rng.pick([Gender.FEMALE, Gender.MALE]);
      const categories: BeneficiaryCategory[] = [BC.ELDERLY];
      if (sex === Gender.FEMALE) categories.push(BC.WOMAN);
      if (rng.chance(0.12)) categories.push(BC.DISABLED);
      add({
        tag: t.tag,
        area: t.area,
        gender: sex,
        birthDate: birthDateForAge(rng, t.ageOn, t.years[0] * 12, t.years[1] * 12 + 11),
        adult: true,
        categories,
        union: null,
        community: t.community,
        registeredBy: t.registeredBy,
        registeredAt: chinaTime(addDays(t.ageOn, -rng.int(30, 90)), '10:00'),
        idShare: 0.9,
        phoneShare: 0.6,
      });
    }
  }
  return people;
}
