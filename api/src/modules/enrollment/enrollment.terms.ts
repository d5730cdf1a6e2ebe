import type { EntityManager } from '@mikro-orm/postgresql';
import { ageInMonths } from '../../common/validators';
import type { FieldErrors } from '../../common/errors';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { activeConsentHolders, needsGuardianConsent } from '../beneficiary/consent.service';
import { Guardianship } from '../beneficiary/guardianship.entity';
import type { ServiceClass } from '../class/service-class.entity';
import { Organization } from '../organization/organization.entity';
import { computeFee, type FeeSplit, type SubsidyPerson } from '../project/subsidy';
import { SubsidyPolicy } from '../project/subsidy-policy.entity';

/**
 * Who may take a place in a class and at what price: the rules shared by `enroll` and by a change of
 * an enrollment's days or applicant. Look-ups here are rule inputs, not data shown to the caller, so
 * they ignore the caller's scope (the class and the person were found in scope before).
 */
const NO_SCOPE = { filters: { scope: false } } as const;

/** The largest fee a row can hold (the money columns are 32-bit integers of fen). */
export const MAX_FEE_FEN = 2_147_483_647;

export const CONSENT_MESSAGE = '未满14周岁的儿童报名前须有监护人的同意记录';

/** Days the class meets: dates from startsOn to endsOn whose ISO weekday is one of its weekdays. */
export function meetingDays(cls: Pick<ServiceClass, 'startsOn' | 'endsOn' | 'weekdays'>): number {
  const start = Date.parse(`${cls.startsOn}T00:00:00Z`);
  const end = Date.parse(`${cls.endsOn}T00:00:00Z`);
  const days = new Set(cls.weekdays);
  let n = 0;
  for (let t = start; t <= end; t += 86_400_000) {
    const iso = ((new Date(t).getUTCDay() + 6) % 7) + 1; // Monday = 1 … Sunday = 7
    if (days.has(iso)) n++;
  }
  return n;
}

/** Age in months on the class start date, inside the class's range (a missing bound is no bound). */
export function ageProblem(
  cls: Pick<ServiceClass, 'startsOn' | 'minAgeMonths' | 'maxAgeMonths'>,
  birthDate: string | null | undefined,
): string | null {
  const min = cls.minAgeMonths ?? null;
  const max = cls.maxAgeMonths ?? null;
  if (min === null && max === null) return null;
  if (!birthDate) return '缺少出生日期，无法核对是否符合班级的年龄要求';
  const age = ageInMonths(birthDate, cls.startsOn);
  if ((min !== null && age < min) || (max !== null && age > max)) {
    const range = `${min ?? 0}～${max ?? '不限'}个月`;
    return `开班时月龄为${age}个月，不在本班招收范围（${range}）内`;
  }
  return null;
}

/** The days booked: at least one and no more than the class meets. */
export function daysProblem(
  cls: Pick<ServiceClass, 'startsOn' | 'endsOn' | 'weekdays' | 'feePerDayFen'>,
  days: number,
) {
  if (!Number.isInteger(days) || days < 1) return '预约天数至少为1天';
  const most = meetingDays(cls);
  if (days > most) return `预约天数不能超过本班的上课天数（${most}天）`;
  if (days * cls.feePerDayFen > MAX_FEE_FEN) return '费用超出可记录的范围';
  return null;
}

/**
 * What the rules look up for enrollments in one class, loaded in a few statements whatever their number
 * (a roster of 2,000 rows): who has a guardian's consent on record, which applicant is whose guardian,
 * the project's subsidy policy and the paths of the union organizations involved.
 */
export interface RuleFacts {
  consented: Set<string>;
  /** `guardianId|wardId` of live guardianships. */
  guardianships: Set<string>;
  policy: SubsidyPolicy | null;
  orgPaths: Map<string, string>;
}

type Pair = { person: Beneficiary; applicant: Beneficiary | null };
const pairKey = (guardian: string, ward: string) => `${guardian}|${ward}`;

/** Live guardianships between these guardians and wards, as `guardianId|wardId`: one statement. */
async function liveGuardianships(tx: EntityManager, guardians: string[], wards: string[]): Promise<Set<string>> {
  if (!guardians.length || !wards.length) return new Set();
  const rows = await tx
    .createQueryBuilder(Guardianship, 'g')
    .select(['g.guardian', 'g.ward'])
    .where({ guardian: { $in: [...new Set(guardians)] }, ward: { $in: [...new Set(wards)] }, deletedAt: null })
    .execute<{ guardian_id: string; ward_id: string }[]>('all', false);
  return new Set(rows.map((l) => pairKey(l.guardian_id, l.ward_id)));
}

export async function loadRuleFacts(tx: EntityManager, cls: ServiceClass, pairs: Pair[]): Promise<RuleFacts> {
  const children = pairs.filter((p) => needsGuardianConsent(p.person.birthDate)).map((p) => p.person.id);
  const applied = pairs.filter((p) => p.applicant && p.applicant.id !== p.person.id);
  const links = await liveGuardianships(
    tx,
    applied.map((p) => p.applicant!.id),
    applied.map((p) => p.person.id),
  );
  const policy = await tx.findOne(SubsidyPolicy, { project: cls.project.id }, NO_SCOPE);
  const orgIds = [
    ...new Set(
      [
        policy?.membershipOrganization?.id,
        ...pairs.flatMap((p) => [p.person.unionOrganization?.id, p.applicant?.unionOrganization?.id]),
      ].filter((id): id is string => !!id),
    ),
  ];
  const orgs = orgIds.length
    ? await tx
        .createQueryBuilder(Organization, 'o')
        .select(['o.id', 'o.path'])
        .where({ id: { $in: orgIds } })
        .execute<{ id: string; path: string }[]>('all', false)
    : [];
  return {
    consented: await activeConsentHolders(tx, children, 'SERVICE_ENROLLMENT'),
    guardianships: links,
    policy,
    orgPaths: new Map(orgs.map((o) => [o.id, o.path])),
  };
}

/** A child under 14 is enrolled only with a guardian's consent on record and not withdrawn. */
export function consentProblemWith(facts: RuleFacts, person: Beneficiary): string | null {
  if (!needsGuardianConsent(person.birthDate)) return null;
  return facts.consented.has(person.id) ? null : CONSENT_MESSAGE;
}

/** Someone applying for another person must be that person's guardian (a live guardianship). */
export function applicantProblemWith(facts: RuleFacts, person: Beneficiary, applicant: Beneficiary | null) {
  if (!applicant || applicant.id === person.id) return null;
  return facts.guardianships.has(pairKey(applicant.id, person.id)) ? null : '申请人须是该服务对象登记在册的监护人';
}

/** Days, age, consent and applicant, as field errors (empty when the person may take the place). */
export function problemsWith(
  facts: RuleFacts,
  cls: ServiceClass,
  person: Beneficiary,
  applicant: Beneficiary | null,
  days: number,
): FieldErrors {
  const errors: FieldErrors = {};
  const d = daysProblem(cls, days);
  if (d) errors.days = d;
  const who = ageProblem(cls, person.birthDate) ?? consentProblemWith(facts, person);
  if (who) errors.beneficiaryId = who;
  const a = applicantProblemWith(facts, person, applicant);
  if (a) errors.applicantId = a;
  return errors;
}

/**
 * fee = days × the class's fee per day; the subsidy follows the project's policy (project/subsidy.ts):
 * the beneficiary's categories and union membership count, and those of the applying guardian.
 */
export function priceWith(
  facts: RuleFacts,
  cls: ServiceClass,
  person: Beneficiary,
  applicant: Beneficiary | null,
  days: number,
): FeeSplit {
  const { policy } = facts;
  const people = applicant && applicant.id !== person.id ? [person, applicant] : [person];
  const pathOf = (id: string | undefined) => (id ? (facts.orgPaths.get(id) ?? null) : null);
  const membershipId = policy?.membershipOrganization?.id;
  const membershipPath = pathOf(membershipId);
  return computeFee({
    days,
    feePerDayFen: cls.feePerDayFen,
    policy: policy && {
      rateBp: policy.rateBp,
      capPerPersonFen: policy.capPerPersonFen ?? null,
      eligibleCategories: policy.eligibleCategories,
      // A membership organization that is gone (deleted) admits no one rather than everyone.
      membershipPath: membershipId ? (membershipPath ?? '\u0000') : null,
    },
    people: people.map((p): SubsidyPerson => ({
      categories: p.categories,
      unionPath: pathOf(p.unionOrganization?.id),
    })),
  });
}

/** The rules for one enrollment (enroll, a change of days or applicant): the same, for one pair. */
export async function consentProblem(tx: EntityManager, person: Beneficiary): Promise<string | null> {
  if (!needsGuardianConsent(person.birthDate)) return null;
  const consented = await activeConsentHolders(tx, [person.id], 'SERVICE_ENROLLMENT');
  return consented.has(person.id) ? null : CONSENT_MESSAGE;
}

export async function applicantProblem(tx: EntityManager, person: Beneficiary, applicant: Beneficiary | null) {
  if (!applicant || applicant.id === person.id) return null;
  const facts = { guardianships: await liveGuardianships(tx, [applicant.id], [person.id]) } as RuleFacts;
  return applicantProblemWith(facts, person, applicant);
}

export async function enrollmentProblems(
  tx: EntityManager,
  cls: ServiceClass,
  person: Beneficiary,
  applicant: Beneficiary | null,
  days: number,
): Promise<FieldErrors> {
  return problemsWith(await loadRuleFacts(tx, cls, [{ person, applicant }]), cls, person, applicant, days);
}

export async function priceEnrollment(
  tx: EntityManager,
  cls: ServiceClass,
  person: Beneficiary,
  applicant: Beneficiary | null,
  days: number,
): Promise<FeeSplit> {
  return priceWith(await loadRuleFacts(tx, cls, [{ person, applicant }]), cls, person, applicant, days);
}

/** Loads a person for the rules without the caller's scope (already checked by the caller). */
export const loadPerson = (tx: EntityManager, id: string) => tx.findOne(Beneficiary, { id }, NO_SCOPE);
