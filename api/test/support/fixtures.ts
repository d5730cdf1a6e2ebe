import { createHash, randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { uuidv7 } from 'uuidv7';
import { makeCreditCode, makeIdNumber } from '../../src/common/validators';
import { EnrollForFixtureDocument, type EnrollForFixtureMutationVariables } from '../generated/operations';
import type { TestApp } from './test-app';

/** Ids of one small, complete world: one row of every entity, linked as in real use. */
export type World = Record<
  | 'city'
  | 'district'
  | 'group'
  | 'partnership'
  | 'venue'
  | 'project'
  | 'projectPartner'
  | 'subsidyPolicy'
  | 'serviceClass'
  | 'session'
  | 'parent'
  | 'child'
  | 'guardianship'
  | 'consent'
  | 'enrollment'
  | 'attendance'
  | 'serviceRecord'
  | 'needRequest'
  | 'evaluation'
  | 'user',
  string
>;

let seq = 0;
/** Unique suffixes so that several worlds can live in one database. */
const n = () => ++seq;

export const sampleCreditCode = (i: number): string =>
  makeCreditCode(`52530112MJ${String(100000 + i).slice(-6)}X`.slice(0, 17));
export const sampleIdNumber = (i: number, birthDate = '1988-03-15', female = false): string =>
  makeIdNumber({ region: '530112', birthDate, sequence: (i * 2 + (female ? 0 : 1)) % 1000 });

/** A valid create input for each resource, pointing at rows of `w`. */
export function sampleInput(resource: string, w: Partial<World>, i = n()): Record<string, unknown> {
  switch (resource) {
    case 'Organization':
      return {
        name: `测试工会${i}`,
        kind: 'UNION',
        level: 'STREET',
        parentId: w.district ?? null,
        regionCode: '530112',
      };
    case 'SocialGroup':
      return {
        name: `测试社工服务中心${i}`,
        kind: 'SOCIAL_WORK_CENTER',
        registrationStatus: 'REGISTERED',
        creditCode: sampleCreditCode(i),
        certifiedSocialWorkers: 5,
        volunteers: 20,
      };
    case 'Partnership':
      return {
        organizationId: w.district,
        socialGroupId: w.group,
        kind: 'SERVICE_PURCHASE',
        since: '2025-01-01',
        discountBp: 3000,
      };
    case 'Venue':
      return { name: `测试校区${i}`, kind: 'SCHOOL_CAMPUS', ownerId: w.district, capacity: 120, hasSafetyPost: true };
    case 'ServiceProject':
      return {
        name: `暑期爱心托管班${i}`,
        category: 'SUMMER_CARE',
        sponsorId: w.district,
        operatorId: w.group,
        startsOn: '2025-07-14',
        endsOn: '2025-08-22',
        budgetFen: 50_000_000,
        targetCategories: ['CHILD', 'DUAL_EARNER_FAMILY'],
      };
    case 'ProjectPartner':
      return { projectId: w.project, organizationId: w.city, role: 'SAFETY_GUARD' };
    case 'SubsidyPolicy':
      // One live policy per project: point at a project of its own.
      return {
        projectId: w.project,
        rateBp: 5000,
        capPerPersonFen: 200_000,
        eligibleCategories: ['NEW_EMPLOYMENT_FORM_WORKER'],
      };
    case 'ServiceClass':
      return {
        projectId: w.project,
        venueId: w.venue,
        name: `一年级托管班${i}`,
        careType: 'FULL_DAY',
        minAgeMonths: 72,
        maxAgeMonths: 156,
        capacity: 40,
        staffCount: 4,
        startsOn: '2025-07-14',
        endsOn: '2025-08-22',
        weekdays: [1, 2, 3, 4, 5],
        dailyStart: '08:00:00',
        dailyEnd: '17:30:00',
        feePerDayFen: 13000,
      };
    case 'ClassSession':
      return {
        classId: w.serviceClass,
        date: `2025-07-${String(14 + (i % 14)).padStart(2, '0')}`,
        startsAt: `${String(8 + (i % 10)).padStart(2, '0')}:00:00`,
        endsAt: '19:00:00',
        topic: '参观劳模工匠馆',
        kind: 'FIELD_TRIP',
      };
    case 'Beneficiary':
      return {
        name: `测试人员${i}`,
        gender: 'MALE',
        birthDate: '1988-03-15',
        idNumber: sampleIdNumber(i),
        phone: `139${String(10000000 + i).slice(-8)}`,
        categories: ['WORKER', 'NEW_EMPLOYMENT_FORM_WORKER'],
        employer: '某快递公司',
        registeredById: w.district,
        unionOrganizationId: w.district,
      };
    case 'Guardianship':
      return { guardianId: w.parent, wardId: w.child, relation: 'FATHER', isPrimary: true, mayPickUp: true };
    case 'Consent':
      return {
        beneficiaryId: w.child,
        givenById: w.parent,
        relation: 'FATHER',
        purpose: 'SERVICE_ENROLLMENT',
        noticeVersion: 'v1',
        givenAt: '2025-07-01T02:00:00.000Z',
      };
    case 'Enrollment':
      return {
        classId: w.serviceClass,
        beneficiaryId: w.child,
        applicantId: w.parent,
        daysBooked: 20,
        idempotencyKey: `k-${i}`,
      };
    case 'Attendance':
      return {
        sessionId: w.session,
        enrollmentId: w.enrollment,
        // No check-in time: it must fall on the session's date, which differs from world to world.
        status: 'PRESENT',
      };
    case 'ServiceRecord':
      return {
        beneficiaryId: w.parent,
        projectId: w.project,
        socialGroupId: w.group,
        occurredAt: '2025-07-20T06:00:00.000Z',
        kind: 'COUNSELING',
        minutes: 45,
        summary: '亲子沟通辅导',
      };
    case 'NeedRequest':
      return { raisedById: w.district, category: 'SUMMER_CARE', title: `暑期托管需求${i}`, peopleAffected: 30 };
    case 'Evaluation':
      return {
        projectId: w.project,
        evaluatorOrganizationId: w.city,
        kind: 'FINAL',
        evaluatedOn: '2025-08-30',
        score: 92,
        satisfactionBp: 9600,
      };
    case 'User':
      return { username: `user${i}`, displayName: `测试用户${i}`, role: 'ORG_STAFF', organizationId: w.district };
    default:
      throw new Error(`no sample for ${resource}`);
  }
}

/** The GraphQL single-record field name of each resource. */
export const SINGLE: Record<string, string> = {
  Organization: 'organization',
  SocialGroup: 'socialGroup',
  Partnership: 'partnership',
  Venue: 'venue',
  ServiceProject: 'serviceProject',
  ProjectPartner: 'projectPartner',
  SubsidyPolicy: 'subsidyPolicy',
  ServiceClass: 'serviceClass',
  ClassSession: 'classSession',
  Beneficiary: 'beneficiary',
  Guardianship: 'guardianship',
  Consent: 'consent',
  Enrollment: 'enrollment',
  Attendance: 'attendance',
  ServiceRecord: 'serviceRecord',
  NeedRequest: 'needRequest',
  Evaluation: 'evaluation',
  User: 'user',
};

/** The `enroll` mutation as text (test/operations/fixtures.graphql), for callers that pass enrollArgs. */
export const ENROLL = print(EnrollForFixtureDocument);

/** An enrollment input as the `enroll` mutation takes it (sampleInput's `daysBooked` is its `days`). */
export const enrollArgs = (data: Record<string, unknown>) => ({
  classId: data.classId,
  beneficiaryId: data.beneficiaryId,
  applicantId: data.applicantId ?? null,
  days: data.daysBooked ?? data.days,
  idempotencyKey: data.idempotencyKey ?? `k-${uuidv7()}`,
});

/** Creates a row through the API; an enrollment goes through `enroll`, the only way in. */
/**
 * A class's data with a project that holds its dates (a class runs within its project's dates): the world's
 * project (2025-07-14 … 2025-08-22) when they fit, else a project of the same sponsor spanning exactly them.
 */
export async function classInput(app: TestApp, world: World, over: Record<string, unknown>) {
  const data = { ...sampleInput('ServiceClass', world), ...over };
  const [startsOn, endsOn] = [String(data.startsOn), String(data.endsOn)];
  if ('projectId' in over || (startsOn >= '2025-07-14' && endsOn <= '2025-08-22')) return data;
  const projectId = await create(app, 'ServiceProject', { ...sampleInput('ServiceProject', world), startsOn, endsOn });
  return { ...data, projectId };
}

export async function create(app: TestApp, resource: string, data: Record<string, unknown>): Promise<string> {
  if (resource === 'Enrollment') {
    return (await app.ok(EnrollForFixtureDocument, enrollArgs(data) as EnrollForFixtureMutationVariables)).enroll.id;
  }
  const res = await app.ok<Record<string, { id: string }>>(
    `mutation ($data: ${resource}CreateInput!) { r: create${resource}(data: $data) { id } }`,
    { data },
  );
  return res.r.id;
}

/** Builds a world in dependency order, through the API. */
export async function buildWorld(app: TestApp): Promise<World> {
  const w: Partial<World> = {};
  const i = n();
  w.city = await create(app, 'Organization', { name: `某市总工会${i}`, kind: 'UNION', level: 'CITY' });
  w.district = await create(app, 'Organization', {
    name: `某区总工会${i}`,
    kind: 'UNION',
    level: 'DISTRICT',
    parentId: w.city,
  });
  w.group = await create(app, 'SocialGroup', sampleInput('SocialGroup', w));
  w.partnership = await create(app, 'Partnership', sampleInput('Partnership', w));
  w.venue = await create(app, 'Venue', sampleInput('Venue', w));
  w.project = await create(app, 'ServiceProject', sampleInput('ServiceProject', w));
  w.projectPartner = await create(app, 'ProjectPartner', sampleInput('ProjectPartner', w));
  w.subsidyPolicy = await create(app, 'SubsidyPolicy', sampleInput('SubsidyPolicy', w));
  w.serviceClass = await create(app, 'ServiceClass', sampleInput('ServiceClass', w));
  w.session = await create(app, 'ClassSession', sampleInput('ClassSession', w));
  w.parent = await create(app, 'Beneficiary', sampleInput('Beneficiary', w));
  w.child = await create(app, 'Beneficiary', {
    ...sampleInput('Beneficiary', w),
    name: `测试儿童${i}`,
    birthDate: '2018-05-01',
    idNumber: sampleIdNumber(i + 500, '2018-05-01'),
    phone: null,
    categories: ['CHILD'],
    employer: null,
  });
  w.guardianship = await create(app, 'Guardianship', sampleInput('Guardianship', w));
  w.consent = await create(app, 'Consent', sampleInput('Consent', w));
  w.enrollment = await create(app, 'Enrollment', sampleInput('Enrollment', w));
  w.attendance = await create(app, 'Attendance', sampleInput('Attendance', w));
  w.serviceRecord = await create(app, 'ServiceRecord', sampleInput('ServiceRecord', w));
  w.needRequest = await create(app, 'NeedRequest', sampleInput('NeedRequest', w));
  w.evaluation = await create(app, 'Evaluation', sampleInput('Evaluation', w));
  w.user = await create(app, 'User', sampleInput('User', w));
  return w as World;
}

/**
 * Enrollment rows written with SQL, for tests that need raw rows (closed classes, any person, any
 * days) rather than the `enroll` rules: what the generic createEnrollments wrote, with the same
 * defaults (status ENROLLED, no fee, no audit event); the trigger keeps enrolled_count. Ids in order.
 */
export async function insertEnrollments(
  app: Pick<TestApp, 'sql'>,
  rows: { classId: string; beneficiaryId: string; applicantId?: string | null; daysBooked?: number }[],
): Promise<string[]> {
  if (!rows.length) return [];
  const ids = rows.map(() => uuidv7());
  await app.sql(
    `insert into enrollment (id, class_id, beneficiary_id, applicant_id, days_booked)
     select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::int[])`,
    [
      ids,
      rows.map((r) => r.classId),
      rows.map((r) => r.beneficiaryId),
      rows.map((r) => r.applicantId ?? null),
      rows.map((r) => r.daysBooked ?? 0),
    ],
  );
  return ids;
}

/**
 * Application rounds (issue 22) written with SQL, for worlds that need many of them without the
 * `openApplicationRound` rules (any class, any window): open from a day ago to a day ahead unless
 * `closed`, with a random seed and its SHA-256 as the opening writes them. Ids in order.
 */
export async function insertRounds(
  app: Pick<TestApp, 'sql'>,
  rows: { classId: string; places?: number; closed?: boolean }[],
): Promise<string[]> {
  if (!rows.length) return [];
  const ids = rows.map(() => uuidv7());
  const seeds = rows.map(() => randomBytes(32).toString('hex'));
  await app.sql(
    `insert into application_round (id, class_id, opens_at, closes_at, places, seed, seed_hash)
     select r.id, r.class_id, now() - interval '1 day', now() + case when r.closed then interval '-1 hour' else interval '1 day' end,
            r.places, r.seed, r.seed_hash
       from unnest($1::uuid[], $2::uuid[], $3::int[], $4::bool[], $5::text[], $6::text[])
            r(id, class_id, places, closed, seed, seed_hash)`,
    [
      ids,
      rows.map((r) => r.classId),
      rows.map((r) => r.places ?? 2),
      rows.map((r) => r.closed ?? false),
      seeds,
      seeds.map((x) => createHash('sha256').update(x).digest('hex')),
    ],
  );
  return ids;
}

/**
 * Applications written with SQL (status APPLIED, tier 1 unless given), numbered 0001, 0002 … after the
 * round's applications so far, the round's count kept as `applyForPlace` keeps it. Ids in order.
 */
export async function insertApplications(
  app: Pick<TestApp, 'sql'>,
  rows: { roundId: string; beneficiaryId: string; applicantId?: string | null; tier?: number; days?: number }[],
): Promise<string[]> {
  if (!rows.length) return [];
  const ids = rows.map(() => uuidv7());
  const counts = new Map<string, number>();
  for (const { round_id, n } of await app.sql<{ round_id: string; n: number }>(
    `select id::text as round_id, application_count as n from application_round where id = any($1::uuid[])`,
    [rows.map((r) => r.roundId)],
  ))
    counts.set(round_id, n);
  const numbers = rows.map((r) => {
    const n = (counts.get(r.roundId) ?? 0) + 1;
    counts.set(r.roundId, n);
    return String(n).padStart(4, '0');
  });
  await app.sql(
    `insert into application (id, round_id, beneficiary_id, applicant_id, number, tier, days_booked)
     select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::int[])`,
    [
      ids,
      rows.map((r) => r.roundId),
      rows.map((r) => r.beneficiaryId),
      rows.map((r) => r.applicantId ?? null),
      numbers,
      rows.map((r) => r.tier ?? 1),
      rows.map((r) => r.days ?? 3),
    ],
  );
  await app.sql(
    `update application_round r set application_count = c.n from unnest($1::uuid[], $2::int[]) c(id, n) where r.id = c.id`,
    [[...counts.keys()], [...counts.values()]],
  );
  return ids;
}

/**
 * Objections to rounds (issue 22) written with SQL, for worlds that need them on any round (the
 * `recordRoundObjection` rules, a drawn round on notice, are tested in test/integration/lottery): OPEN
 * unless a status is given, resolved ones with a resolution and a time as `resolveRoundObjection` writes
 * them. Ids in order.
 */
export async function insertObjections(
  app: Pick<TestApp, 'sql'>,
  rows: { roundId: string; applicationId?: string | null; reason: string; status?: 'OPEN' | 'UPHELD' | 'DISMISSED' }[],
): Promise<string[]> {
  if (!rows.length) return [];
  const ids = rows.map(() => uuidv7());
  await app.sql(
    `insert into round_objection (id, round_id, application_id, reason, status, resolution, resolved_at)
     select r.id, r.round_id, r.application_id, r.reason, r.status,
            case when r.status <> 'OPEN' then '已处理：' || r.reason end,
            case when r.status <> 'OPEN' then now() end
       from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[])
            r(id, round_id, application_id, reason, status)`,
    [
      ids,
      rows.map((r) => r.roundId),
      rows.map((r) => r.applicationId ?? null),
      rows.map((r) => r.reason),
      rows.map((r) => r.status ?? 'OPEN'),
    ],
  );
  return ids;
}
