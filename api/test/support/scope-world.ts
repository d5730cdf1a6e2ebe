import { makeCreditCode, makeIdNumber } from '../../src/common/validators';
import {
  ApplyForPlaceDocument,
  DeleteScopeWorldRowsDocument,
  DrawRoundDocument,
  MatchNeedRequestForScopeWorldDocument,
  OpenRoundDocument,
  RecordRoundObjectionDocument,
  ResolveRoundObjectionDocument,
  WithdrawApplicationDocument,
} from '../generated/operations';
import { insertEnrollments, sampleInput, type World } from './fixtures';
import type { TestApp } from './test-app';

/**
 * The world of the partner scope tests: three partner social groups (A, B, C), each operating two
 * projects sponsored by organizations of one district, with classes, sessions, 20 people each and
 * everything that hangs off them. Everything is created by a platform admin through the API's bulk
 * mutations. A few rows are deliberately shared or cross-linked:
 *
 * - the street `shared` sponsors A's and B's (and C's) second project, and the venue `sharedVenue` hosts
 *   A's and B's second classes: A sees both but only its own projects and classes under them;
 * - group C is a co-organizer (ProjectPartner) of B's first project: C sees that project and what hangs
 *   off it, but not its one-to-one service records;
 * - A's child `sharedChild` is also enrolled in B's first class, its guardian and the consent giver are
 *   B's parent: B's enrollment, attendance and service record of that child stay B's.
 *
 * Every class has an application round (issue 22), opened, applied to and drawn through the API as staff
 * run them: the first class's round is open (the children of the second class applied, one withdrew), the
 * second class's round is drawn (the first class's children applied; two won a place, the others wait) and
 * on notice, with two objections recorded through the API: one about an application, still open, and one
 * about the round, dismissed.
 *
 * Every text a group writes carries its marker (甲组, 乙组, 丙组), so a search for another group's
 * marker must find nothing.
 */
export type GroupKey = 'A' | 'B' | 'C';
export const MARKER: Record<GroupKey, string> = { A: '甲组', B: '乙组', C: '丙组' };

export interface GroupWorld {
  key: GroupKey;
  street: string;
  group: string;
  partnership: string;
  venue: string;
  projects: string[];
  classes: string[];
  sessions: string[][];
  parents: string[];
  children: string[];
  /** The application round of each class: the first open, the second drawn. */
  rounds: string[];
  /** The applications to each round, in the order of `rounds`. */
  applications: string[][];
  /** The objections to the drawn round: the first open, the second dismissed. */
  objections: string[];
  /** Soft-deleted rows of this group, by resource (for restore). */
  deleted: Record<string, string[]>;
}

export interface PartnerWorld {
  city: string;
  district: string;
  shared: string;
  sharedVenue: string;
  sharedChild: string;
  groups: Record<GroupKey, GroupWorld>;
}

const SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容', '公孙', '宇文'];
const GIVEN = ['晓彤', '子涵', '雨萱', '浩然', '梓轩', '思琪', '一诺', '俊熙', '欣怡', '嘉懿', '沐辰', '若曦'];

/** Distinct person names no other text of the world contains. */
export const personName = (group: number, i: number): string =>
  `${SURNAMES[(group * 7 + i) % SURNAMES.length]}${GIVEN[i % GIVEN.length]}${'甲乙丙丁'[group]}${i}`;

export const personPhone = (group: number, i: number): string =>
  `13${7 + group}${String(1000000 + i * 7919).slice(-7)}1`;

let creditSeq = 0;
const creditCode = () => makeCreditCode(`52530112MJ${String(700000 + ++creditSeq).slice(-6)}X`.slice(0, 17));

type Row = Record<string, unknown>;

/** Creates rows with the bulk mutation `create<Plural>` and returns their ids in order. */
export async function createRows(app: Pick<TestApp, 'ok'>, mutation: string, type: string, rows: Row[]) {
  if (!rows.length) return [];
  const res = await app.ok<{ r: { id: string }[] }>(
    `mutation ($data: [${type}CreateInput!]!) { r: ${mutation}(data: $data) { id } }`,
    { data: rows },
  );
  return res.r.map((r) => r.id);
}

const PLURAL: Record<string, string> = {
  Organization: 'Organizations',
  SocialGroup: 'SocialGroups',
  Partnership: 'Partnerships',
  Venue: 'Venues',
  ServiceProject: 'ServiceProjects',
  ProjectPartner: 'ProjectPartners',
  SubsidyPolicy: 'SubsidyPolicies',
  ServiceClass: 'ServiceClasses',
  ClassSession: 'ClassSessions',
  Beneficiary: 'Beneficiaries',
  Guardianship: 'Guardianships',
  Consent: 'Consents',
  Enrollment: 'Enrollments',
  Attendance: 'AttendanceRecords',
  ServiceRecord: 'ServiceRecords',
  NeedRequest: 'NeedRequests',
  Evaluation: 'Evaluations',
};

/** Matches each need to the project at the same index (`matchNeedRequest` is the only way). */
export async function matchNeeds(app: Pick<TestApp, 'ok'>, needIds: string[], projectIds: string[]) {
  for (const [i, id] of needIds.entries()) {
    await app.ok(MatchNeedRequestForScopeWorldDocument, { id, projectId: projectIds[i] });
  }
}

/** `createServiceClasses(data: [...])` as the default (admin) caller. */
export const bulk = (app: Pick<TestApp, 'ok'>, type: string, rows: Row[]) =>
  createRows(app, `create${PLURAL[type]}`, type, rows);

export function classInput(projectId: string, venueId: string | null, name: string): Row {
  return {
    projectId,
    venueId,
    name,
    careType: 'FULL_DAY',
    minAgeMonths: 36,
    maxAgeMonths: 600,
    capacity: 60,
    staffCount: 3,
    startsOn: '2025-07-14',
    endsOn: '2025-08-22',
    weekdays: [1, 2, 3, 4, 5],
    dailyStart: '08:00:00',
    dailyEnd: '17:30:00',
    feePerDayFen: 2000,
  };
}

export function personInput(
  g: number,
  i: number,
  child: boolean,
  registeredById: string,
  registeredByGroupId: string | null,
  marker: string,
): Row {
  const birthDate = child ? `2016-0${1 + g}-1${i % 10}` : `1985-0${1 + g}-1${i % 10}`;
  return {
    name: personName(g, i),
    gender: i % 2 ? 'MALE' : 'FEMALE',
    birthDate,
    idNumber: makeIdNumber({ region: '530112', birthDate, sequence: 100 + g * 200 + i }),
    phone: child ? null : personPhone(g, i),
    categories: child ? ['CHILD'] : ['WORKER', 'DUAL_EARNER_FAMILY'],
    employer: child ? null : `${marker}物流公司`,
    registeredById,
    registeredByGroupId,
    unionOrganizationId: registeredById,
    notes: `${marker}家访备注${i}`,
  };
}

/** Builds the partner world through the API as the platform admin (the default caller of `app`). */
export async function buildPartnerWorld(app: Pick<TestApp, 'ok' | 'sql'>): Promise<PartnerWorld> {
  const keys: GroupKey[] = ['A', 'B', 'C'];
  const [city] = await bulk(app, 'Organization', [
    { name: '隔离测试市总工会', kind: 'UNION', level: 'CITY', regionCode: '530100', contactPhone: '0871-63100000' },
  ]);
  const [district] = await bulk(app, 'Organization', [
    { name: '隔离测试区总工会', kind: 'UNION', level: 'DISTRICT', parentId: city, regionCode: '530112' },
  ]);
  const orgs = await bulk(app, 'Organization', [
    ...keys.map((k) => ({ name: `${MARKER[k]}街道工会`, kind: 'UNION', level: 'STREET', parentId: district })),
    { name: '共建街道工会', kind: 'UNION', level: 'STREET', parentId: district, contactPhone: '0871-63100001' },
  ]);
  const shared = orgs[3];
  const groupIds = await bulk(
    app,
    'SocialGroup',
    keys.map((k) => ({
      name: `${MARKER[k]}社工服务中心`,
      kind: 'SOCIAL_WORK_CENTER',
      registrationStatus: 'REGISTERED',
      creditCode: creditCode(),
      serviceArea: `${MARKER[k]}服务区`,
      contactPhone: '0871-63200000',
    })),
  );
  const partnerships = await bulk(
    app,
    'Partnership',
    keys.map((k, g) => ({
      organizationId: orgs[g],
      socialGroupId: groupIds[g],
      kind: 'SERVICE_PURCHASE',
      since: '2025-01-01',
      note: `${MARKER[k]}购买服务`,
    })),
  );
  const venues = await bulk(app, 'Venue', [
    ...keys.map((k, g) => ({ name: `${MARKER[k]}校区`, kind: 'SCHOOL_CAMPUS', ownerId: orgs[g], capacity: 100 })),
    { name: '共享阵地', kind: 'SHARED_SPACE', ownerId: shared, capacity: 200 },
  ]);
  const sharedVenue = venues[3];
  const projects = await bulk(
    app,
    'ServiceProject',
    keys.flatMap((k, g) =>
      [orgs[g], shared].map((sponsorId, j) => ({
        name: `${MARKER[k]}暑期托管项目${j + 1}`,
        brand: `${MARKER[k]}品牌`,
        category: 'SUMMER_CARE',
        sponsorId,
        operatorId: groupIds[g],
        startsOn: '2025-07-14',
        endsOn: '2025-08-22',
        budgetFen: 10_000_000,
        targetCategories: ['CHILD'],
        description: `${MARKER[k]}项目简介`,
      })),
    ),
  );
  const projectsOf = (g: number) => projects.slice(g * 2, g * 2 + 2);
  await bulk(app, 'ProjectPartner', [
    ...keys.map((k, g) => ({
      projectId: projectsOf(g)[0],
      organizationId: city,
      role: 'SAFETY_GUARD',
      note: `${MARKER[k]}护学岗`,
    })),
    // C co-organizes B's first project.
    { projectId: projectsOf(1)[0], socialGroupId: groupIds[2], role: 'CO_ORGANIZER', note: '乙组协办' },
  ]);
  await bulk(
    app,
    'SubsidyPolicy',
    keys.map((k, g) => ({ projectId: projectsOf(g)[0], rateBp: 3000, note: `${MARKER[k]}补贴` })),
  );
  await bulk(
    app,
    'Evaluation',
    keys.flatMap((k, g) =>
      projectsOf(g).map((projectId) => ({
        projectId,
        evaluatorOrganizationId: district,
        kind: 'MIDTERM',
        evaluatedOn: '2025-08-01',
        score: 90,
        comment: `${MARKER[k]}评估意见`,
      })),
    ),
  );
  for (const projectId of projects) {
    await app.sql(
      `insert into approval_step (id, project_id, approver_organization_id, due_on, comment)
       values (gen_random_uuid(), $1, $2, '2025-07-01', '同意')`,
      [projectId, district],
    );
  }
  const classes = await bulk(
    app,
    'ServiceClass',
    keys.flatMap((k, g) =>
      projectsOf(g).map((p, j) => classInput(p, j === 0 ? venues[g] : sharedVenue, `${MARKER[k]}托管班${j + 1}`)),
    ),
  );
  const classesOf = (g: number) => classes.slice(g * 2, g * 2 + 2);
  const sessions = await bulk(
    app,
    'ClassSession',
    classes.flatMap((classId, c) =>
      [0, 1, 2].map((s) => ({
        classId,
        date: `2025-07-${14 + s}`,
        startsAt: '08:00:00',
        endsAt: '17:30:00',
        topic: `${MARKER[keys[Math.floor(c / 2)]]}课次${s + 1}`,
        kind: 'LESSON',
      })),
    ),
  );
  const sessionsOf = (c: number) => sessions.slice(c * 3, c * 3 + 3);

  const groups = {} as Record<GroupKey, GroupWorld>;
  for (const [g, k] of keys.entries()) {
    const m = MARKER[k];
    // 10 parents and 10 children; the last two parents are registered by the street only (visible to
    // the group through their enrollment).
    const parents = await bulk(
      app,
      'Beneficiary',
      Array.from({ length: 10 }, (_, i) => personInput(g, i, false, orgs[g], i >= 8 ? null : groupIds[g], m)),
    );
    const children = await bulk(
      app,
      'Beneficiary',
      Array.from({ length: 10 }, (_, i) => personInput(g, 10 + i, true, orgs[g], groupIds[g], m)),
    );
    await bulk(
      app,
      'Guardianship',
      children.map((wardId, i) => ({
        guardianId: parents[i],
        wardId,
        relation: i % 2 ? 'FATHER' : 'MOTHER',
        isPrimary: true,
        mayPickUp: true,
      })),
    );
    await bulk(
      app,
      'Consent',
      children.map((beneficiaryId, i) => ({
        beneficiaryId,
        givenById: parents[i],
        relation: i % 2 ? 'FATHER' : 'MOTHER',
        purpose: 'SERVICE_ENROLLMENT',
        noticeVersion: 'v1',
        givenAt: '2025-06-01T02:00:00.000Z',
      })),
    );
    const [c1, c2] = classesOf(g);
    // Enrollments are raw rows (`enroll` is the only API way in and is tested on its own).
    const enrollments = await insertEnrollments(app, [
      ...children.map((beneficiaryId, i) => ({
        classId: i < 5 ? c1 : c2,
        beneficiaryId,
        applicantId: parents[i],
        daysBooked: 10,
      })),
      ...parents.map((beneficiaryId, i) => ({ classId: i < 5 ? c1 : c2, beneficiaryId, daysBooked: 5 })),
    ]);
    await bulk(
      app,
      'Attendance',
      enrollments.map((enrollmentId, i) => {
        const inFirst = i % 10 < 5;
        return {
          sessionId: sessionsOf(g * 2 + (inFirst ? 0 : 1))[0],
          enrollmentId,
          status: 'PRESENT',
          checkInAt: '2025-07-14T00:05:00.000Z',
          pickedUpById: i < 10 ? parents[i] : null,
          note: `${m}签到`,
        };
      }),
    );
    await bulk(
      app,
      'ServiceRecord',
      parents.slice(0, 5).map((beneficiaryId, i) => ({
        beneficiaryId,
        projectId: projectsOf(g)[0],
        socialGroupId: groupIds[g],
        occurredAt: '2025-07-20T06:00:00.000Z',
        kind: 'COUNSELING',
        minutes: 30 + i,
        summary: `${m}亲子沟通辅导${i}`,
        outcome: `${m}成效${i}`,
      })),
    );
    const needs = await bulk(
      app,
      'NeedRequest',
      projectsOf(g).map((_, j) => ({
        raisedById: orgs[g],
        beneficiaryId: parents[j],
        category: 'SUMMER_CARE',
        title: `${m}托管需求${j + 1}`,
        description: `${m}需求描述`,
        peopleAffected: 20,
      })),
    );
    await matchNeeds(app, needs, projectsOf(g));
    groups[k] = {
      key: k,
      street: orgs[g],
      group: groupIds[g],
      partnership: partnerships[g],
      venue: venues[g],
      projects: projectsOf(g),
      classes: classesOf(g),
      sessions: [sessionsOf(g * 2), sessionsOf(g * 2 + 1)],
      parents,
      children,
      rounds: [],
      applications: [],
      objections: [],
      deleted: {},
    };
  }
  for (const k of keys) await runRounds(app, groups[k]);

  // A's child, also enrolled in B's first class; B's parent is its guardian and gave the consent.
  const A = groups.A;
  const B = groups.B;
  const [sharedChild] = await bulk(app, 'Beneficiary', [personInput(0, 30, true, A.street, A.group, MARKER.A)]);
  await bulk(app, 'Guardianship', [
    { guardianId: B.parents[0], wardId: sharedChild, relation: 'OTHER_RELATIVE', isPrimary: true, mayPickUp: true },
  ]);
  await bulk(app, 'Consent', [
    {
      beneficiaryId: sharedChild,
      givenById: B.parents[0],
      relation: 'OTHER_RELATIVE',
      purpose: 'SERVICE_ENROLLMENT',
      noticeVersion: 'v1',
      givenAt: '2025-06-01T02:00:00.000Z',
    },
  ]);
  const [, sharedInB] = await insertEnrollments(app, [
    { classId: A.classes[0], beneficiaryId: sharedChild, daysBooked: 3 },
    { classId: B.classes[0], beneficiaryId: sharedChild, applicantId: B.parents[0], daysBooked: 3 },
  ]);
  await bulk(app, 'Attendance', [
    { sessionId: B.sessions[0][1], enrollmentId: sharedInB, status: 'LATE', pickedUpById: B.parents[0], note: '乙组' },
  ]);
  await bulk(app, 'ServiceRecord', [
    {
      beneficiaryId: sharedChild,
      projectId: B.projects[0],
      socialGroupId: B.group,
      occurredAt: '2025-07-21T06:00:00.000Z',
      kind: 'HOME_VISIT',
      minutes: 60,
      summary: '乙组入户走访',
      outcome: '乙组走访成效',
    },
  ]);

  // Soft-deleted rows of B (restore must not reach them for A).
  const delSession = await bulk(app, 'ClassSession', [
    { classId: B.classes[1], date: '2025-07-30', startsAt: '08:00:00', endsAt: '17:30:00', topic: '乙组已删课次' },
  ]);
  const delPerson = await bulk(app, 'Beneficiary', [personInput(1, 40, false, B.street, B.group, MARKER.B)]);
  const delRecord = await bulk(app, 'ServiceRecord', [
    {
      beneficiaryId: B.parents[1],
      projectId: B.projects[1],
      socialGroupId: B.group,
      occurredAt: '2025-07-22T06:00:00.000Z',
      kind: 'OTHER',
      minutes: 10,
      summary: '乙组已删记录',
    },
  ]);
  await app.ok(DeleteScopeWorldRowsDocument, { sessions: delSession, people: delPerson, records: delRecord });
  B.deleted = { ClassSession: delSession, Beneficiary: delPerson, ServiceRecord: delRecord };

  return { city, district, shared, sharedVenue, sharedChild, groups };
}

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

/**
 * A round on each of the group's classes, as the platform admin: on the first class the children enrolled
 * in the second apply (one withdraws) and the round stays open; on the second the first class's children
 * apply, the round closes and is drawn (2 places: winners enrolled, the others waitlisted).
 */
async function runRounds(app: Pick<TestApp, 'ok' | 'sql'>, g: GroupWorld) {
  for (const [j, classId] of g.classes.entries()) {
    const { openApplicationRound: round } = await app.ok(OpenRoundDocument, {
      classId,
      opensAt: inMinutes(-5),
      closesAt: inMinutes(24 * 60),
      places: 2,
      tierRules: [{ label: `${MARKER[g.key]}会员职工`, categories: ['WORKER'], unionWithinId: g.street }],
    });
    const applications: string[] = [];
    for (let i = j === 0 ? 5 : 0; i < (j === 0 ? 10 : 5); i++) {
      const res = await app.ok(ApplyForPlaceDocument, {
        classId,
        beneficiaryId: g.children[i],
        applicantId: g.parents[i],
        days: 3,
        siblingGroup: null,
      });
      applications.push(res.applyForPlace.id);
    }
    if (j === 0) await app.ok(WithdrawApplicationDocument, { id: applications[applications.length - 1] });
    else {
      await app.sql(
        `update application_round set opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second'
          where id = $1`,
        [round.id],
      );
      await app.ok(DrawRoundDocument, { id: round.id });
      const about = await app.ok(RecordRoundObjectionDocument, {
        roundId: round.id,
        applicationId: applications[0],
        reason: `${MARKER[g.key]}家长认为优先级认定有误`,
      });
      const general = await app.ok(RecordRoundObjectionDocument, {
        roundId: round.id,
        applicationId: null,
        reason: `${MARKER[g.key]}对摇号过程有疑问`,
      });
      await app.ok(ResolveRoundObjectionDocument, {
        id: general.recordRoundObjection.id,
        upheld: false,
        resolution: `${MARKER[g.key]}经复核摇号无误`,
      });
      g.objections.push(about.recordRoundObjection.id, general.recordRoundObjection.id);
    }
    g.rounds.push(round.id);
    g.applications.push(applications);
  }
}

/**
 * Valid create inputs inside one group's part of the world, for the mutation matrices: `sample(resource)`
 * or null for a resource the fixtures cannot make. `organization` is the organization the samples name
 * where one is needed besides the street (the city, unless the writer cannot reach it).
 */
export async function groupSample(
  app: Pick<TestApp, 'sql'>,
  world: PartnerWorld,
  k: GroupKey,
  organization = world.city,
): Promise<(resource: string) => Record<string, unknown> | null> {
  const g = world.groups[k];
  const [enrollment] = await app.sql<{ id: string }>(
    `select id from enrollment where class_id = $1 and beneficiary_id = $2`,
    [g.classes[0], g.children[0]],
  );
  const w: Partial<World> = {
    city: organization,
    district: g.street,
    group: g.group,
    partnership: g.partnership,
    venue: g.venue,
    project: g.projects[0],
    serviceClass: g.classes[0],
    session: g.sessions[0][1],
    parent: g.parents[0],
    child: g.children[0],
    enrollment: enrollment.id,
  };
  return (resource) => {
    try {
      return sampleInput(resource, w);
    } catch {
      return null;
    }
  };
}
