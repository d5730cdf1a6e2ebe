import { makeCreditCode } from '../../src/common/validators';
import { TruthWorldUpdatesClassesDocument, TruthWorldUpdatesOrganizationsDocument } from '../generated/operations';
import { ENUMS } from './truth-model';
import { createRng, type Rng } from './truth-random';
import { insertApplications, insertEnrollments, insertObjections, insertRounds } from './fixtures';
import { STATUS_PATH } from './lifecycle';
import type { TestApp } from './test-app';

/**
 * A deterministic world for the query-truth tests, created through the API's bulk mutations (all or
 * nothing): an organization tree, social groups, venues, projects (some with a parent project),
 * classes, beneficiaries and enrollments, with Chinese and Latin names (some containing `%`, `_` and
 * `\`), NULLs in optional fields, empty and non-empty arrays, and soft-deleted rows at every level
 * (deleted through the API's deleteX mutations, in an order the API accepts).
 */
export interface TruthWorld {
  ids: Record<string, string[]>;
  deleted: Record<string, string[]>;
}

type Row = Record<string, unknown>;

/** Names that must be matched literally by contains / startsWith / search. */
export const SPECIAL_NAMES = [
  '100%满意工会',
  '50%_off Club',
  'A_B 社区',
  'A\\B 街道',
  '\\\\root\\share',
  'under_score',
  '百分之百%',
  'ABC Union',
  'abc union',
  'AbC 妇联',
  '_开头的名字',
  '%开头的名字',
  'x%y_z\\w',
];

const PLACES_ZH = ['五华', '盘龙', '官渡', '西山', '呈贡', '晋宁', '富民', '宜良', '石林', '嵩明', '安宁', '大理'];
const PLACES_EN = ['Wuhua', 'Panlong', 'Guandu', 'Xishan', 'Chenggong', 'Anning', 'Dali', 'Lijiang'];

function name(rng: Rng, zh: readonly string[], en: readonly string[], i: number): string {
  const r = rng.next();
  if (r < 0.15) return rng.pick(SPECIAL_NAMES) + (rng.chance(0.5) ? '' : ` ${i}`);
  if (r < 0.35) return `${rng.pick(PLACES_EN)} ${rng.pick(en)}${rng.chance(0.3) ? ` ${i}` : ''}`;
  return `${rng.pick(PLACES_ZH)}${rng.pick(zh)}${rng.chance(0.3) ? i : ''}`;
}

const maybe = <T>(rng: Rng, p: number, value: () => T): T | null => (rng.chance(p) ? value() : null);

function date(rng: Rng, from: string, days: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + rng.int(0, days));
  return d.toISOString().slice(0, 10);
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const creditCode = (prefix: string, i: number) => makeCreditCode(`${prefix}${String(100000 + i).slice(-6)}X`);

async function createMany(app: TestApp, mutation: string, input: string, data: Row[]): Promise<string[]> {
  if (!data.length) return [];
  const res = await app.ok<Record<string, { id: string }[]>>(
    `mutation ($data: [${input}!]!) { r: ${mutation}(data: $data) { id } }`,
    { data },
  );
  return res.r.map((r) => r.id);
}

async function deleteMany(app: TestApp, mutation: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await app.ok(`mutation ($ids: [ID!]!) { ${mutation}(ids: $ids) { id } }`, { ids });
}

export async function seedTruthWorld(app: TestApp, seed: number): Promise<TruthWorld> {
  const rng = createRng(seed);
  const ids: Record<string, string[]> = {};
  const deleted: Record<string, string[]> = {};

  // Social groups; the last one operates only projects that get deleted, and is deleted itself.
  const groups = Array.from({ length: 8 }, (_, i) => {
    const registered = rng.chance(0.5);
    return {
      name: name(
        rng,
        ['社会工作服务中心', '志愿者协会', '公益基金会', '青少年服务社'],
        ['Social Work Centre', 'Volunteers'],
        i,
      ),
      kind: rng.pick(ENUMS.SocialGroupKind),
      registrationStatus: registered ? 'REGISTERED' : 'UNREGISTERED',
      creditCode: registered ? creditCode('52530112MJ', i) : null,
      grade: maybe(rng, 0.6, () => rng.pick(ENUMS.SocialGroupGrade)),
      certifiedSocialWorkers: rng.int(0, 12),
      volunteers: rng.pick([0, 5, 20, 20, 120]),
      hasOwnUnion: rng.chance(0.4),
      serviceArea: maybe(rng, 0.6, () => `${rng.pick(PLACES_ZH)}区`),
    };
  });
  ids.SocialGroup = await createMany(app, 'createSocialGroups', 'SocialGroupCreateInput', groups);
  const doomedGroup = ids.SocialGroup[7];
  const liveGroups = ids.SocialGroup.slice(0, 7);

  // The organization tree, one level per batch (a parent must exist before its children).
  const orgZh: Record<string, string[]> = {
    CITY: ['市总工会', '市妇联'],
    DISTRICT: ['区总工会', '区妇联', '区团委'],
    STREET: ['街道总工会', '街道妇联', '街道办事处'],
    COMMUNITY: ['社区工会', '社区妇女之家', '村委会', '社区'],
  };
  const orgEn = ['Federation of Trade Unions', "Women's Federation", 'Community Union', 'Street Union'];
  const levels: [string, number][] = [
    ['CITY', 2],
    ['DISTRICT', 6],
    ['STREET', 12],
    ['COMMUNITY', 20],
  ];
  const orgs: string[] = [];
  const leaves: string[] = [];
  let parents: string[] = [];
  let n = 0;
  for (const [level, count] of levels) {
    const data = Array.from({ length: count }, () => {
      n++;
      return {
        name: name(rng, orgZh[level], orgEn, n),
        shortName: maybe(rng, 0.5, () => name(rng, ['工会', '妇联', '团委'], ['Union', 'WF'], n)),
        kind: rng.pick(ENUMS.OrganizationKind),
        level: level === 'COMMUNITY' && rng.chance(0.3) ? 'GRASSROOTS' : level,
        parentId: parents.length ? rng.pick(parents) : null,
        regionCode: maybe(rng, 0.6, () => rng.pick(['530102', '530103', '530111', '530112', '532901', '110105'])),
        creditCode: maybe(rng, 0.3, () => creditCode('81530100MC', n)),
        address: maybe(rng, 0.5, () => `${rng.pick(PLACES_ZH)}路${rng.int(1, 300)}号`),
      };
    });
    const created = await createMany(app, 'createOrganizations', 'OrganizationCreateInput', data);
    orgs.push(...created);
    if (level === 'COMMUNITY') leaves.push(...created);
    parents = created;
  }
  ids.Organization = orgs;
  // Three leaf organizations sponsor, own and parent nothing live; people point at them; they are deleted.
  const doomedOrgs = leaves.slice(-3);
  const liveOrgs = orgs.filter((o) => !doomedOrgs.includes(o));
  const withChildren = await app.sql('select 1 from organization where parent_id = any($1::uuid[])', [doomedOrgs]);
  if (withChildren.length) throw new Error('a doomed organization has children');

  // Venues; the last two get only classes that are deleted, and are deleted themselves.
  const venueData = Array.from({ length: 16 }, (_, i) => ({
    name: name(rng, ['职工之家', '社区服务中心', '小学', '少年宫'], ['Community Centre', 'Youth Palace', 'School'], i),
    kind: rng.pick(ENUMS.VenueKind),
    ownerId: maybe(rng, 0.8, () => rng.pick(liveOrgs)),
    address: maybe(rng, 0.5, () => `${rng.pick(PLACES_ZH)}大道${rng.int(1, 99)}号`),
    areaSqm: maybe(rng, 0.7, () => rng.pick([80, 120, 120, 300, 1000])),
    capacity: maybe(rng, 0.7, () => rng.pick([20, 40, 40, 60, 200])),
    hasSafetyPost: rng.chance(0.5),
    hasFoodLicence: rng.chance(0.3),
  }));
  ids.Venue = await createMany(app, 'createVenues', 'VenueCreateInput', venueData);
  const doomedVenues = ids.Venue.slice(-2);
  const liveVenues = ids.Venue.slice(0, -2);

  // Projects: top-level ones, sub-projects, and three that are deleted (with their classes).
  const projZh = [
    '暑期托管班',
    '爱心托管',
    '家庭教育讲堂',
    '青少年兴趣课堂',
    '新就业形态劳动者子女关爱',
    '心理健康服务',
  ];
  const projEn = ['Summer Care', 'After-school Care', 'Little Stars', 'Family Education'];
  const project = (i: number, sponsors: string[], operators: string[], parentId: string | null) => {
    const startsOn = rng.chance(0.3) ? rng.pick(['2025-07-01', '2025-07-15']) : date(rng, '2024-01-01', 1000);
    return {
      name: name(rng, projZh, projEn, i),
      brand: maybe(rng, 0.5, () => rng.pick(['会暖春芽·伴爱成长', '春蕾计划', 'Sunshine', '100% Care', 'sun_shine'])),
      edition: maybe(rng, 0.6, () => rng.int(1, 5)),
      category: rng.pick(ENUMS.ProjectCategory),
      sponsorId: rng.pick(sponsors),
      operatorId: operators.length ? maybe(rng, 0.6, () => rng.pick(operators)) : null,
      parentId,
      startsOn,
      endsOn: addDays(startsOn, rng.pick([0, 30, 45, 90, 200])),
      budgetFen: maybe(rng, 0.7, () => rng.pick([0, 500000, 1200000, 1200000, 8000000])),
      targetCategories: rng.subset(ENUMS.BeneficiaryCategory, 0, 3),
      description: maybe(rng, 0.5, () => `${rng.pick(PLACES_ZH)}${rng.pick(['职工子女', '留守儿童', 'Workers'])}服务`),
    };
  };
  // Each project's dates, for its classes (a class runs within its project's dates).
  const projectDates = new Map<string, { startsOn: string; endsOn: string }>();
  const createProjects = async (data: ReturnType<typeof project>[]) => {
    const created = await createMany(app, 'createServiceProjects', 'ServiceProjectCreateInput', data);
    created.forEach((id, i) => projectDates.set(id, data[i]));
    return created;
  };
  const top = await createProjects(Array.from({ length: 24 }, (_, i) => project(i, liveOrgs, liveGroups, null)));
  const subs = await createProjects(
    Array.from({ length: 6 }, (_, i) => project(24 + i, liveOrgs, liveGroups, rng.pick(top.slice(0, 8)))),
  );
  const doomedProjects = await createProjects(
    Array.from({ length: 3 }, (_, i) => project(30 + i, doomedOrgs, [doomedGroup], i === 0 ? top[0] : null)),
  );
  ids.ServiceProject = [...top, ...subs, ...doomedProjects];
  const liveProjects = [...top, ...subs];

  // Classes: 120 in live projects; some are deleted later; the doomed projects and venues get their own.
  const classZh = ['暑期班', '托管一班', '托管二班', '书法班', '围棋班', '美术班', '亲子课堂'];
  const classEn = ['Art Class', 'Chess', 'Swimming', 'Robotics_Lab', 'Coding 101'];
  const klass = (i: number, projectId: string, venueId: string | null) => {
    const p = projectDates.get(projectId)!;
    const span = (Date.parse(p.endsOn) - Date.parse(p.startsOn)) / 86_400_000;
    const startsOn = rng.chance(0.35) ? p.startsOn : addDays(p.startsOn, rng.int(0, span));
    const endsOn = addDays(startsOn, rng.pick([0, 14, 30, 60]));
    const minAge = maybe(rng, 0.6, () => rng.pick([0, 36, 72, 72, 96]));
    const start = rng.pick(['08:00', '08:30', '09:00', '13:30', '14:00', '18:30']);
    const hours = rng.int(1, 5);
    return {
      projectId,
      venueId,
      name: name(rng, classZh, classEn, i),
      careType: rng.pick(ENUMS.CareType),
      minAgeMonths: minAge,
      maxAgeMonths: maybe(rng, 0.6, () => (minAge ?? 0) + rng.pick([12, 36, 72])),
      capacity: rng.pick([5, 8, 10, 10, 20, 30, 45]),
      staffCount: rng.int(0, 4),
      startsOn,
      endsOn: endsOn > p.endsOn ? p.endsOn : endsOn,
      weekdays: rng.chance(0.1) ? [] : rng.subset([1, 2, 3, 4, 5, 6, 7], 1, 5),
      dailyStart: start,
      dailyEnd: `${String(Number(start.slice(0, 2)) + hours).padStart(2, '0')}${start.slice(2)}`,
      feePerDayFen: rng.pick([0, 0, 1000, 1500, 2000, 3000]),
      status: rng.pick(['OPEN', 'OPEN', 'CLOSED', 'CANCELLED']),
    };
  };
  const classData = Array.from({ length: 120 }, (_, i) =>
    klass(i, rng.pick(liveProjects), rng.chance(0.75) ? rng.pick(liveVenues) : null),
  );
  const classes = await createMany(app, 'createServiceClasses', 'ServiceClassCreateInput', classData);
  const doomedClassData = [
    ...doomedProjects.flatMap((p, i) => [klass(200 + i, p, null), klass(210 + i, p, rng.pick(ids.Venue))]),
    ...doomedVenues.map((v, i) => klass(220 + i, rng.pick(liveProjects), v)),
  ];
  const doomedClassesOfParents = await createMany(
    app,
    'createServiceClasses',
    'ServiceClassCreateInput',
    doomedClassData,
  );
  // Besides those, a random tenth of the ordinary classes is deleted.
  const randomDoomedClasses = rng.subset(classes, 12, 12);
  ids.ServiceClass = [...classes, ...doomedClassesOfParents];
  const capacity = new Map<string, number>();
  [...classData, ...doomedClassData].forEach((c, i) => capacity.set(ids.ServiceClass[i], c.capacity));

  // Beneficiaries; some point at the doomed organizations.
  const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
  const given = ['小明', '欣怡', '子涵', '浩然', '梓萱', '一诺', '宇轩', '诗涵'];
  const latin = ['Anna Li', 'Tom Wang', 'li_ming', "O'Brien\\Zhang", '50% Chen', 'ANNA LI'];
  const orgOrDoomed = () => (rng.chance(0.2) ? rng.pick(doomedOrgs) : rng.pick(liveOrgs));
  const benData = Array.from({ length: 70 }, (_, i) => ({
    name: rng.chance(0.2) ? rng.pick(latin) : `${rng.pick(surnames)}${rng.pick(given)}${rng.chance(0.2) ? i : ''}`,
    gender: rng.pick(ENUMS.Gender),
    birthDate: maybe(rng, 0.8, () => date(rng, '1950-01-01', 26000)),
    categories: rng.subset(ENUMS.BeneficiaryCategory, 0, 3),
    employer: maybe(rng, 0.5, () =>
      rng.pick(['云南白药集团', '昆明钢铁', '顺丰速运', 'Kunming Steel', 'Alibaba_Cloud', '50% Co']),
    ),
    unionOrganizationId: maybe(rng, 0.5, orgOrDoomed),
    homeCommunityId: maybe(rng, 0.5, orgOrDoomed),
    registeredById: orgOrDoomed(),
    notes: maybe(rng, 0.3, () => '备注'),
  }));
  ids.Beneficiary = await createMany(app, 'createBeneficiaries', 'BeneficiaryCreateInput', benData);
  const doomedBeneficiaries = rng.subset(ids.Beneficiary, 5, 5);
  // Children under 14 (and people without a birth date) are enrolled only with a guardian's consent.
  await app.sql(
    `insert into consent (id, beneficiary_id, purpose, notice_version, given_at)
     select gen_random_uuid(), id, 'SERVICE_ENROLLMENT', 'v1', now() - interval '1 day' from beneficiary`,
  );

  // Enrollments: distinct (class, person) pairs within each class's capacity.
  const pairs = new Set<string>();
  const perClass = new Map<string, number>();
  const enrData: Row[] = [];
  for (let tries = 0; enrData.length < 230 && tries < 5000; tries++) {
    const classId = rng.chance(0.1) ? rng.pick(doomedClassesOfParents) : rng.pick(classes);
    const beneficiaryId = rng.pick(ids.Beneficiary);
    const used = perClass.get(classId) ?? 0;
    if (pairs.has(`${classId}/${beneficiaryId}`) || used >= capacity.get(classId)!) continue;
    pairs.add(`${classId}/${beneficiaryId}`);
    perClass.set(classId, used + 1);
    enrData.push({
      classId,
      beneficiaryId,
      applicantId: maybe(rng, 0.4, () => rng.pick(ids.Beneficiary)),
      daysBooked: rng.pick([0, 5, 10, 10, 20]),
    });
  }
  // Raw rows (any days, any applicant): `enroll` is the only API way in and is tested on its own.
  ids.Enrollment = await insertEnrollments(app, enrData as Parameters<typeof insertEnrollments>[1]);

  // Read-only columns the generic API cannot set yet (workflow actions): varied directly, as the
  // domain services will. Statuses other than ENROLLED also exercise the enrolled_count trigger.
  // Project statuses walk a legal path from DRAFT, one step per statement: the database refuses
  // any other change (the service_project_status_transition trigger).
  const projectStatus = ids.ServiceProject.map(() => rng.pick(ENUMS.ProjectStatus) as string);
  for (let step = 0; step < 4; step++) {
    const moves = projectStatus.map((s) => STATUS_PATH[s][step] ?? null);
    await app.sql(
      `update service_project p set status = s.status from unnest($1::uuid[], $2::text[]) s(id, status)
        where p.id = s.id and s.status is not null`,
      [ids.ServiceProject, moves],
    );
  }
  const enrStatus = ids.Enrollment.map(() =>
    rng.pick(['ENROLLED', 'ENROLLED', 'ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED']),
  );
  const enrolledAt = ids.Enrollment.map(() =>
    rng.chance(0.7)
      ? new Date(Date.UTC(2025, 5, rng.int(1, 30), rng.int(0, 23), rng.int(0, 59), 0, rng.int(0, 999))).toISOString()
      : null,
  );
  await app.sql(
    `update enrollment e set status = s.status, enrolled_at = s.at,
            withdrawn_at = case when s.status = 'WITHDRAWN' then s.at + interval '3 days 7 hours' end
       from unnest($1::uuid[], $2::text[], $3::timestamptz[]) s(id, status, at) where e.id = s.id`,
    [ids.Enrollment, enrStatus, enrolledAt],
  );

  // A few updates through the API, so that updatedAt and version differ from createdAt.
  await app.ok(TruthWorldUpdatesClassesDocument, { ids: rng.subset(classes, 10, 10) });
  await app.ok(TruthWorldUpdatesOrganizationsDocument, { ids: rng.subset(liveOrgs, 5, 5) });

  // Soft deletes, children first (the API refuses to orphan live rows).
  const doomedClasses = [...doomedClassesOfParents, ...randomDoomedClasses];
  const enrRows = ids.Enrollment.map((id, i) => ({
    id,
    ...(enrData[i] as { classId: string; beneficiaryId: string }),
  }));
  const doomedEnrollments = enrRows
    .filter(
      (e) => doomedClasses.includes(e.classId) || doomedBeneficiaries.includes(e.beneficiaryId) || rng.chance(0.12),
    )
    .map((e) => e.id);
  await deleteMany(app, 'deleteEnrollments', doomedEnrollments);
  await deleteMany(app, 'deleteServiceClasses', doomedClasses);
  await deleteMany(app, 'deleteServiceProjects', [...doomedProjects].reverse());
  await deleteMany(app, 'deleteVenues', doomedVenues);
  // Their consents go first: the API refuses to delete a person that live records still point at.
  await app.sql('update consent set deleted_at = now() where beneficiary_id = any($1::uuid[])', [doomedBeneficiaries]);
  await deleteMany(app, 'deleteBeneficiaries', doomedBeneficiaries);
  await deleteMany(app, 'deleteOrganizations', doomedOrgs);
  await deleteMany(app, 'deleteSocialGroups', [doomedGroup]);
  // Application rounds (issue 22) and their applications: raw rows, as the domain actions leave them (the
  // generic API only reads them). Some hang off deleted classes or name deleted people; a few rounds and
  // applications are soft-deleted themselves; statuses, windows and the draw's columns vary, NULLs included.
  const roundClasses = [
    ...rng.subset(
      classes.filter((c) => !doomedClasses.includes(c)),
      24,
      24,
    ),
    ...rng.subset(doomedClasses, 4, 4),
  ];
  ids.ApplicationRound = await insertRounds(
    app,
    roundClasses.map((classId) => ({ classId, places: rng.pick([1, 2, 3, 5, 8]) })),
  );
  const rounds = ids.ApplicationRound.map(() => {
    const opensAt = new Date(Date.UTC(2025, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.pick([0, 30])));
    const closesAt = new Date(opensAt.getTime() + rng.pick([1, 7, 7, 14]) * 86_400_000);
    const status = rng.pick(['OPEN', 'DRAWN', 'DRAWN', 'CONFIRMED', 'CANCELLED']);
    const drawn = status === 'DRAWN' || status === 'CONFIRMED';
    const drawnAt = drawn ? new Date(closesAt.getTime() + rng.int(1, 48) * 3_600_000) : null;
    return {
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
      status,
      noticeDays: rng.int(1, 30),
      drawnAt: drawnAt?.toISOString() ?? null,
      noticeEndsAt: drawnAt && rng.chance(0.8) ? new Date(drawnAt.getTime() + 7 * 86_400_000).toISOString() : null,
    };
  });
  await app.sql(
    `update application_round r set opens_at = s.opens_at, closes_at = s.closes_at, status = s.status,
            notice_days = s.notice_days, drawn_at = s.drawn_at, notice_ends_at = s.notice_ends_at,
            places_drawn = case when s.drawn_at is not null then r.places end,
            list_hash = case when s.drawn_at is not null then md5(r.id::text) || md5(r.seed) end,
            result_hash = case when s.drawn_at is not null then md5(r.seed) || md5(r.id::text) end
       from unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::text[], $5::int[], $6::timestamptz[], $7::timestamptz[])
            s(id, opens_at, closes_at, status, notice_days, drawn_at, notice_ends_at)
      where r.id = s.id`,
    [
      ids.ApplicationRound,
      rounds.map((r) => r.opensAt),
      rounds.map((r) => r.closesAt),
      rounds.map((r) => r.status),
      rounds.map((r) => r.noticeDays),
      rounds.map((r) => r.drawnAt),
      rounds.map((r) => r.noticeEndsAt),
    ],
  );
  const appData = ids.ApplicationRound.flatMap((roundId) =>
    rng.subset(ids.Beneficiary, 0, 7).map((beneficiaryId) => ({
      roundId,
      beneficiaryId,
      applicantId: maybe(rng, 0.5, () => rng.pick(ids.Beneficiary)),
      tier: rng.int(1, 3),
      days: rng.pick([1, 3, 5, 10, 20]),
    })),
  );
  ids.Application = await insertApplications(app, appData);
  const appStatus = ids.Application.map((_, i) => {
    const round = rounds[ids.ApplicationRound.indexOf(appData[i].roundId)];
    const drawn = round.drawnAt !== null;
    return rng.chance(0.15) ? 'WITHDRAWN' : drawn ? rng.pick(['WON', 'WAITLISTED']) : 'APPLIED';
  });
  await app.sql(
    `update application a set status = s.status, sibling_group = s.grp,
            draw_position = case when s.status in ('WON', 'WAITLISTED') then s.pos end,
            withdrawn_at = case when s.status = 'WITHDRAWN' then a.created_at + interval '2 hours' end
       from unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) s(id, status, grp, pos) where a.id = s.id`,
    [
      ids.Application,
      appStatus,
      ids.Application.map(() => maybe(rng, 0.3, () => rng.pick(['G1', 'G2', '王家', 'sibling_1', '50%组']))),
      ids.Application.map(() => rng.int(1, 8)),
    ],
  );
  const doomedRounds = rng.subset(ids.ApplicationRound, 3, 3);
  const doomedApplications = ids.Application.filter(
    (_, i) => rng.chance(0.1) || doomedRounds.includes(appData[i].roundId),
  );
  await app.sql('update application set deleted_at = now() where id = any($1::uuid[])', [doomedApplications]);
  await app.sql('update application_round set deleted_at = now() where id = any($1::uuid[])', [doomedRounds]);
  // Objections (issue 22 item 3): on rounds of every status, about one of the round's applications or none;
  // some resolved, some soft-deleted, some on deleted rounds or about deleted applications.
  const objectionData = ids.ApplicationRound.flatMap((roundId) => {
    const mine = ids.Application.filter((_, i) => appData[i].roundId === roundId);
    return Array.from({ length: rng.int(0, 3) }, (_, k) => ({
      roundId,
      applicationId: mine.length ? maybe(rng, 0.6, () => rng.pick(mine)) : null,
      reason: `${rng.pick(['对分档有异议', '材料未被认定', '摇号过程存疑', '50%的名额'])}${k}`,
      status: rng.pick(['OPEN', 'OPEN', 'UPHELD', 'DISMISSED'] as const),
    }));
  });
  ids.RoundObjection = await insertObjections(app, objectionData);
  const doomedObjections = ids.RoundObjection.filter(
    (_, i) => rng.chance(0.1) || doomedRounds.includes(objectionData[i].roundId),
  );
  await app.sql('update round_objection set deleted_at = now() where id = any($1::uuid[])', [doomedObjections]);

  Object.assign(deleted, {
    Enrollment: doomedEnrollments,
    ServiceClass: doomedClasses,
    ServiceProject: doomedProjects,
    Venue: doomedVenues,
    Beneficiary: doomedBeneficiaries,
    Organization: doomedOrgs,
    SocialGroup: [doomedGroup],
    ApplicationRound: doomedRounds,
    Application: doomedApplications,
    RoundObjection: doomedObjections,
  });
  return { ids, deleted };
}
