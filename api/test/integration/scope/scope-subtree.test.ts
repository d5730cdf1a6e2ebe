import { checkByIds, checkOwnRows, Findings, type Foreign, type Vis } from '../../support/scope-matrix';
import { loadApiModel, type ApiModel } from '../../support/scope-schema';
import { changedTables, difference, digest, visibleIds } from '../../support/scope-truth';
import { insertApplications, insertEnrollments, insertObjections, insertRounds } from '../../support/fixtures';
import { bulk, classInput, matchNeeds } from '../../support/scope-world';
import { TokenService } from '../../../src/modules/account/tokens';
import {
  ScopeCreatesApiKeyDocument,
  ScopeCreatesBeneficiaryDocument,
  ScopeCreatesUserDocument,
  SignInForTestDocument,
  SubtreeCountsDocument,
  SubtreeCreatesOrganizationDocument,
  SubtreeCreatesProjectDocument,
  SubtreeCreatesVenueDocument,
  SubtreeSetsUserPasswordDocument,
  SubtreeStaffMeDocument,
  SubtreeUpdatesClassDocument,
  SubtreeUpdatesOrganizationDocument,
  SubtreeUpdatesProjectDocument,
} from '../../generated/operations';
import { TEST_JWT_SECRET, type GqlError } from '../../support/test-app';
import { useTestApp } from '../../support/use-app';

/**
 * Organization subtrees: a city, 3 districts, 9 streets and 27 communities, with projects, venues,
 * classes, sessions, people, enrollments and what hangs off them under every node, seeded by a platform
 * admin through bulk mutations. Every node's staff sees exactly its subtree (SQL ground truth, every
 * resource), siblings see none of each other's rows, and writes cannot leave the subtree.
 */
interface Node {
  id: string;
  name: string;
  level: 'CITY' | 'DISTRICT' | 'STREET' | 'COMMUNITY';
  parent: Node | null;
  children: Node[];
  path: string;
  project: string;
  serviceClass: string;
  people: string[];
}

let model: ApiModel;
let nodes: Node[];
let city: Node;
const token = new Map<string, string>();
const vis = new Map<string, Vis>();
const groups: string[] = [];
const report = new Map<string, Findings>();

const findings = (name: string) => {
  const f = new Findings();
  report.set(name, f);
  return f;
};
const code = (errors: GqlError[] | undefined) => errors?.[0]?.extensions?.code;
const districts = () => city.children;

async function seed() {
  const LEVELS = ['CITY', 'DISTRICT', 'STREET', 'COMMUNITY'] as const;
  const LABEL = ['市总工会', '区总工会', '街道工会', '社区工会'];
  city = { level: 'CITY', parent: null, children: [], name: '子树测试市总工会' } as unknown as Node;
  nodes = [city];
  let layer = [city];
  for (let depth = 0; depth < 4; depth++) {
    if (depth > 0) {
      const next: Node[] = [];
      for (const parent of layer) {
        for (let i = 0; i < 3; i++) {
          const n = {
            level: LEVELS[depth],
            parent,
            children: [],
            name: `${parent.name.replace(/(市总工会|区总工会|街道工会|社区工会)$/, '')}${i + 1}${LABEL[depth]}`,
          } as unknown as Node;
          parent.children.push(n);
          next.push(n);
        }
      }
      layer = next;
      nodes.push(...layer);
    }
    const ids = await bulk(
      app,
      'Organization',
      layer.map((n) => ({ name: n.name, kind: 'UNION', level: n.level, parentId: n.parent?.id ?? null })),
    );
    layer.forEach((n, i) => (n.id = ids[i]));
  }
  const paths = await app.sql<{ id: string; path: string }>('select id::text, path from organization');
  const pathOf = new Map(paths.map((p) => [p.id, p.path]));
  for (const n of nodes) n.path = pathOf.get(n.id)!;

  // A partner group per district, working with it and operating its projects.
  groups.push(
    ...(await bulk(
      app,
      'SocialGroup',
      districts().map((d) => ({
        name: `${d.name}社工站`,
        kind: 'SOCIAL_WORK_CENTER',
        registrationStatus: 'UNREGISTERED',
      })),
    )),
  );
  const districtOf = (n: Node): Node => (n.level === 'DISTRICT' ? n : n.parent ? districtOf(n.parent) : n);
  const groupOf = (n: Node) => (n === city ? null : groups[districts().indexOf(districtOf(n))]);
  await bulk(
    app,
    'Partnership',
    districts().map((d, i) => ({
      organizationId: d.id,
      socialGroupId: groups[i],
      kind: 'GUIDANCE',
      since: '2025-01-01',
    })),
  );

  const venues = await bulk(
    app,
    'Venue',
    nodes.map((n) => ({ name: `${n.name}活动室`, kind: 'COMMUNITY_CENTER', ownerId: n.id, capacity: 50 })),
  );
  const projects = await bulk(
    app,
    'ServiceProject',
    nodes.map((n) => ({
      name: `${n.name}暑期托管`,
      category: 'SUMMER_CARE',
      sponsorId: n.id,
      operatorId: groupOf(n),
      startsOn: '2025-07-14',
      endsOn: '2025-08-22',
    })),
  );
  nodes.forEach((n, i) => (n.project = projects[i]));
  await bulk(
    app,
    'ProjectPartner',
    nodes
      .filter((n) => n.level === 'DISTRICT')
      .map((n) => ({ projectId: n.project, organizationId: city.id, role: 'FUNDER' })),
  );
  await bulk(
    app,
    'SubsidyPolicy',
    nodes.filter((n) => n.level !== 'COMMUNITY').map((n) => ({ projectId: n.project, rateBp: 2000 })),
  );
  await bulk(
    app,
    'Evaluation',
    nodes.map((n) => ({
      projectId: n.project,
      evaluatorOrganizationId: (n.parent ?? n).id,
      kind: 'PERIODIC',
      evaluatedOn: '2025-08-01',
      score: 88,
    })),
  );
  for (const n of nodes) {
    await app.sql(
      `insert into approval_step (id, project_id, approver_organization_id, due_on) values (gen_random_uuid(), $1, $2, '2025-07-01')`,
      [n.project, (n.parent ?? n).id],
    );
  }
  const classes = await bulk(
    app,
    'ServiceClass',
    nodes.map((n, i) => classInput(n.project, venues[i], `${n.name}托管班`)),
  );
  nodes.forEach((n, i) => (n.serviceClass = classes[i]));
  const sessions = await bulk(
    app,
    'ClassSession',
    classes.map((classId) => ({ classId, date: '2025-07-15', startsAt: '08:00:00', endsAt: '12:00:00' })),
  );
  const sessionOf = new Map(classes.map((c, i) => [c, sessions[i]]));

  // Two adults registered at every node.
  const people = await bulk(
    app,
    'Beneficiary',
    nodes.flatMap((n, i) =>
      [0, 1].map((j) => ({
        name: `居民${i}-${j}`,
        gender: j ? 'MALE' : 'FEMALE',
        birthDate: '1980-01-01',
        categories: ['WORKER'],
        registeredById: n.id,
        homeCommunityId: n.level === 'COMMUNITY' ? n.id : null,
      })),
    ),
  );
  nodes.forEach((n, i) => (n.people = people.slice(i * 2, i * 2 + 2)));
  // A child per community, its guardian and consent.
  const communities = nodes.filter((n) => n.level === 'COMMUNITY');
  const kids = await bulk(
    app,
    'Beneficiary',
    communities.map((n, i) => ({
      name: `儿童${i}`,
      gender: 'FEMALE',
      birthDate: '2018-06-01',
      categories: ['CHILD'],
      registeredById: n.id,
    })),
  );
  await bulk(
    app,
    'Guardianship',
    communities.map((n, i) => ({ guardianId: n.people[0], wardId: kids[i], relation: 'MOTHER', mayPickUp: true })),
  );
  await bulk(
    app,
    'Consent',
    communities.map((n, i) => ({
      beneficiaryId: kids[i],
      givenById: n.people[0],
      relation: 'MOTHER',
      purpose: 'SERVICE_ENROLLMENT',
      noticeVersion: 'v1',
      givenAt: '2025-06-01T00:00:00.000Z',
    })),
  );
  // Enrollments: both adults of a node in its class; the first adult of every community also in the
  // next community's class (same street); the first adult of district 1 in a community class of district 2.
  const enroll: { classId: string; beneficiaryId: string }[] = nodes.flatMap((n) =>
    n.people.map((beneficiaryId) => ({ classId: n.serviceClass, beneficiaryId })),
  );
  for (const street of nodes.filter((n) => n.level === 'STREET')) {
    street.children.forEach((c, i) => {
      enroll.push({ classId: street.children[(i + 1) % 3].serviceClass, beneficiaryId: c.people[0] });
    });
  }
  enroll.push({
    classId: districts()[1].children[0].children[0].serviceClass,
    beneficiaryId: districts()[0].people[0],
  });
  // Raw rows: `enroll` is the only API way in and is tested on its own (enrollment*.test.ts).
  const enrollments = await insertEnrollments(
    app,
    enroll.map((e) => ({ ...e, daysBooked: 5 })),
  );
  await bulk(
    app,
    'Attendance',
    enrollments.map((enrollmentId, i) => ({
      sessionId: sessionOf.get(enroll[i].classId),
      enrollmentId,
      status: i % 3 ? 'PRESENT' : 'ABSENT',
    })),
  );
  // An application round on every node's class (raw rows: the rounds' own rules are tested in
  // test/integration/lottery), the node's two adults applying; the second adult of district 0 also applies
  // to a community's round in district 1, where it is neither registered nor enrolled.
  const rounds = await insertRounds(
    app,
    nodes.map((n) => ({ classId: n.serviceClass, closed: n.level === 'STREET' })),
  );
  const applications = await insertApplications(app, [
    ...nodes.flatMap((n, i) => n.people.map((beneficiaryId) => ({ roundId: rounds[i], beneficiaryId }))),
    {
      roundId: rounds[nodes.indexOf(districts()[1].children[0].children[1])],
      beneficiaryId: districts()[0].people[1],
    },
  ]);
  // An objection to every node's round (raw rows): about the node's first application, open on street
  // nodes and dismissed elsewhere, and one about nothing in particular on the first round.
  let first = 0;
  await insertObjections(app, [
    ...nodes.map((n, i) => {
      const applicationId = n.people.length ? applications[first] : null;
      first += n.people.length;
      return {
        roundId: rounds[i],
        applicationId,
        reason: `${n.name}的异议`,
        status: n.level === 'STREET' ? ('OPEN' as const) : ('DISMISSED' as const),
      };
    }),
    { roundId: rounds[0], reason: '对摇号过程有疑问' },
  ]);
  await bulk(
    app,
    'ServiceRecord',
    nodes.map((n) => ({
      beneficiaryId: n.people[1],
      projectId: n.project,
      socialGroupId: groupOf(n),
      occurredAt: '2025-07-20T02:00:00.000Z',
      kind: 'HOME_VISIT',
      minutes: 40,
    })),
  );
  const needs = await bulk(
    app,
    'NeedRequest',
    nodes.map((n) => ({ raisedById: n.id, category: 'SUMMER_CARE', title: `${n.name}托管需求` })),
  );
  await matchNeeds(
    app,
    needs,
    nodes.map((n) => n.project),
  );
  // An API key of every district.
  for (const [i, d] of districts().entries()) {
    await app.sql(
      `insert into api_key (id, name, prefix, key_hash, organization_id) values (gen_random_uuid(), $1, $2, $3, $4)`,
      [`${d.name}密钥`, `pfx${i}`, `hash-of-district-key-${i}`, d.id],
    );
  }
}

const { app } = useTestApp();
beforeAll(async () => {
  model = await loadApiModel(app);
  await seed();
  // 40 staff accounts: rows and access tokens as sign-in makes them (without 40 password checks).
  const tokens = new TokenService(TEST_JWT_SECRET, 15);
  for (const [i, n] of nodes.entries()) {
    const [user] = await app.sql<{ id: string }>(
      `insert into app_user (id, username, display_name, role, organization_id)
       values (gen_random_uuid(), $1, $1, 'ORG_STAFF', $2) returning id::text`,
      [`staff-${i}`, n.id],
    );
    const [session] = await app.sql<{ family: string }>(
      `insert into refresh_token (id, user_id, family, token_hash, expires_at)
       values (gen_random_uuid(), $1, gen_random_uuid(), md5(random()::text), now() + interval '1 day') returning family::text`,
      [user.id],
    );
    token.set(n.id, tokens.signAccess(user.id, 'ORG_STAFF', session.family).token);
  }
  await app.as(token.get(city.id)!).ok(SubtreeStaffMeDocument);
  for (const n of nodes) vis.set(n.id, await visibleIds(app, { orgPath: n.path }));
}, 60_000);

afterAll(async () => {
  if (process.env.SCOPE_REPORT) {
    const lines = [...report].map(([name, f]) => `${name}: ${f.total} cases, ${f.failures.length} failures`);
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
});

describe('every node’s staff sees its subtree', () => {
  it('the tree is 1 city, 3 districts, 9 streets, 27 communities, with rows under every node', async () => {
    expect(['CITY', 'DISTRICT', 'STREET', 'COMMUNITY'].map((l) => nodes.filter((n) => n.level === l).length)).toEqual([
      1, 3, 9, 27,
    ]);
    for (const n of nodes) {
      const v = vis.get(n.id)!;
      for (const r of [
        'Organization',
        'ServiceProject',
        'ServiceClass',
        'Beneficiary',
        'Enrollment',
        'Attendance',
        'ApplicationRound',
        'Application',
        'RoundObjection',
      ]) {
        expect([n.name, r, v.get(r)!.size > 0]).toEqual([n.name, r, true]);
      }
    }
    // The subtrees nest: a district sees more than any of its streets.
    expect(vis.get(districts()[0].id)!.get('Enrollment')!.size).toBeGreaterThan(
      vis.get(districts()[0].children[0].id)!.get('Enrollment')!.size,
    );
  });

  it('counts, lists, connections and look-ups of every resource equal the SQL ground truth, for every node', async () => {
    const out = findings('own subtree, 40 nodes');
    for (const n of nodes)
      await checkOwnRows(app.as(token.get(n.id)!), model, vis.get(n.id)!, out, `staff of ${n.name}`, 3);
    expect(out.failures).toEqual([]);
  });

  it('counts as the brief lists them, for every node (organizations, projects, classes, people, enrollments)', async () => {
    for (const n of nodes) {
      const got = await app.as(token.get(n.id)!).ok(SubtreeCountsDocument);
      const v = vis.get(n.id)!;
      expect([n.name, got]).toEqual([
        n.name,
        {
          organizationsCount: v.get('Organization')!.size,
          serviceProjectsCount: v.get('ServiceProject')!.size,
          serviceClassesCount: v.get('ServiceClass')!.size,
          beneficiariesCount: v.get('Beneficiary')!.size,
          enrollmentsCount: v.get('Enrollment')!.size,
          classSessionsCount: v.get('ClassSession')!.size,
          attendanceRecordsCount: v.get('Attendance')!.size,
          venuesCount: v.get('Venue')!.size,
          usersCount: v.get('User')!.size,
          needRequestsCount: v.get('NeedRequest')!.size,
        },
      ]);
    }
    // A community sees itself only; the city sees all 40.
    const community = nodes.find((n) => n.level === 'COMMUNITY')!;
    expect(vis.get(community.id)!.get('Organization')!.size).toBe(1);
    expect(vis.get(city.id)!.get('Organization')!.size).toBe(40);
  });

  it('siblings (districts, streets, communities) see none of each other’s rows by id', async () => {
    const out = findings('siblings by id');
    const pairs = nodes.flatMap((p) => p.children.flatMap((x) => p.children.filter((y) => y !== x).map((y) => [x, y])));
    // A few pairs at a time: each check is a handful of large batched documents.
    for (let i = 0; i < pairs.length; i += 2) {
      await Promise.all(
        pairs.slice(i, i + 2).map(([x, y]) => {
          const foreign: Foreign = difference(vis.get(y.id)!, vis.get(x.id)!);
          return checkByIds(app.as(token.get(x.id)!), model, foreign, out, `staff of ${x.name} with ${y.name}’s ids`, {
            maxSingles: 2,
            equals: false,
            kinds: ['list', 'count'],
          });
        }),
      );
    }
    expect(out.failures).toEqual([]);
  });
});

describe('writes stay inside the subtree', () => {
  let d0Admin: string;
  let d1: Node;
  let d0: Node;
  beforeAll(async () => {
    [d0, d1] = districts();
    d0Admin = await app.signIn({ username: 'district-0-admin', role: 'ORG_ADMIN', organizationId: d0.id });
  });

  const CREATE_ORG = SubtreeCreatesOrganizationDocument;
  const UPDATE_ORG = SubtreeUpdatesOrganizationDocument;

  it('ORG_STAFF cannot create an organization, even under its own node (FORBIDDEN), and nothing is written', async () => {
    const street = d0.children[0];
    const before = await digest(app);
    for (const parentId of [street.id, street.children[0].id, null]) {
      const res = await app
        .as(token.get(street.id)!)
        .gql(CREATE_ORG, { data: { name: '职工自建组织', kind: 'UNION', level: 'COMMUNITY', parentId } });
      expect([parentId, code(res.errors)]).toEqual([parentId, 'FORBIDDEN']);
    }
    expect(changedTables(before, await digest(app))).toEqual([]);
  });

  it('a district ORG_ADMIN creates a street under its district, not under another district nor at the root', async () => {
    const admin = app.as(d0Admin);
    const ok = await admin.ok(CREATE_ORG, {
      data: { name: '新设街道工会', kind: 'UNION', level: 'STREET', parentId: d0.id },
    });
    expect(ok.createOrganization.parentId).toBe(d0.id);
    expect(ok.createOrganization.path).toBe(`${d0.path}${ok.createOrganization.id}/`);

    const before = await digest(app);
    const other = await admin.gql(CREATE_ORG, {
      data: { name: '越界街道工会', kind: 'UNION', level: 'STREET', parentId: d1.id },
    });
    expect(code(other.errors)).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0].extensions?.fieldErrors).toEqual({ parentId: '关联记录不存在' });
    // The answer for another district's node is the answer for a node that does not exist.
    const ghost = await admin.gql(CREATE_ORG, {
      data: { name: '越界街道工会', kind: 'UNION', level: 'STREET', parentId: '01900000-0000-7000-8000-000000000000' },
    });
    expect(ghost.errors?.[0].extensions).toEqual(other.errors?.[0].extensions);

    // A root organization would be outside the district: refused as out of scope.
    const root = await admin.gql(CREATE_ORG, { data: { name: '自立门户总工会', kind: 'UNION', level: 'CITY' } });
    expect(code(root.errors)).toBe('FORBIDDEN');
    const rootNull = await admin.gql(CREATE_ORG, {
      data: { name: '自立门户总工会', kind: 'UNION', level: 'CITY', parentId: null },
    });
    expect(code(rootNull.errors)).toBe('FORBIDDEN');
    expect(changedTables(before, await digest(app))).toEqual([]);
    expect(await app.sql(`select 1 from organization where name in ('越界街道工会', '自立门户总工会')`)).toEqual([]);
  });

  it('a district ORG_ADMIN cannot move its own street (or itself) under another district or to the root', async () => {
    const admin = app.as(d0Admin);
    const street = d0.children[1];
    const before = await digest(app);
    const under = await admin.gql(UPDATE_ORG, { id: street.id, data: { parentId: d1.id } });
    expect(code(under.errors)).toBe('BAD_USER_INPUT');
    expect(under.errors?.[0].extensions?.fieldErrors).toEqual({ parentId: '关联记录不存在' });
    const deep = await admin.gql(UPDATE_ORG, { id: street.id, data: { parentId: d1.children[0].children[0].id } });
    expect(code(deep.errors)).toBe('BAD_USER_INPUT');
    for (const id of [street.id, d0.id]) {
      const toRoot = await admin.gql(UPDATE_ORG, { id, data: { parentId: null } });
      expect([id, code(toRoot.errors)]).toEqual([id, 'FORBIDDEN']);
    }
    // Another district's street cannot be pulled in either: it does not exist for this admin.
    const pull = await admin.gql(UPDATE_ORG, { id: d1.children[0].id, data: { parentId: d0.id } });
    expect(code(pull.errors)).toBe('NOT_FOUND');
    expect(changedTables(before, await digest(app))).toEqual([]);
    const [row] = await app.sql<{ path: string }>('select path from organization where id = $1', [street.id]);
    expect(row.path).toBe(street.path);
  });

  it('within its own subtree a district ORG_ADMIN may move a community to another street (the subtree follows)', async () => {
    const admin = app.as(d0Admin);
    const community = d0.children[0].children[2];
    const target = d0.children[2];
    const moved = await admin.ok(UPDATE_ORG, {
      id: community.id,
      data: { parentId: target.id },
    });
    expect(moved.updateOrganization.path).toBe(`${target.path}${community.id}/`);
    await admin.ok(UPDATE_ORG, { id: community.id, data: { parentId: community.parent!.id } });
    const [row] = await app.sql<{ path: string }>('select path from organization where id = $1', [community.id]);
    expect(row.path).toBe(community.path);
  });

  it('projects, classes and venues cannot be created or moved outside the subtree', async () => {
    const street = d0.children[0];
    const staff = app.as(token.get(street.id)!);
    const foreignStreet = d1.children[0];
    const before = await digest(app);
    const project = await staff.gql(SubtreeCreatesProjectDocument, {
      data: {
        name: '越界项目',
        category: 'SUMMER_CARE',
        sponsorId: foreignStreet.id,
        startsOn: '2025-07-14',
        endsOn: '2025-08-22',
      },
    });
    expect(code(project.errors)).toBe('BAD_USER_INPUT');
    expect(project.errors?.[0].extensions?.fieldErrors).toEqual({ sponsorId: '关联记录不存在' });
    // Sponsored by the parent district: outside a street's subtree as well.
    const up = await staff.gql(SubtreeCreatesProjectDocument, {
      data: {
        name: '越级项目',
        category: 'SUMMER_CARE',
        sponsorId: d0.id,
        startsOn: '2025-07-14',
        endsOn: '2025-08-22',
      },
    });
    expect(code(up.errors)).toBe('BAD_USER_INPUT');

    const moveClass = await staff.gql(SubtreeUpdatesClassDocument, {
      id: street.serviceClass,
      data: { projectId: foreignStreet.project },
    });
    expect(code(moveClass.errors)).toBe('BAD_USER_INPUT');
    expect(moveClass.errors?.[0].extensions?.fieldErrors).toEqual({ projectId: '关联记录不存在' });
    const moveProject = await staff.gql(SubtreeUpdatesProjectDocument, {
      id: street.project,
      data: { sponsorId: foreignStreet.id },
    });
    expect(code(moveProject.errors)).toBe('BAD_USER_INPUT');
    const venue = await staff.gql(SubtreeCreatesVenueDocument, {
      data: { name: '越界场地', kind: 'OTHER', ownerId: foreignStreet.id },
    });
    expect(code(venue.errors)).toBe('BAD_USER_INPUT');
    // A venue with no owner would belong to no subtree: refused rather than created out of reach.
    const orphan = await staff.gql(SubtreeCreatesVenueDocument, {
      data: { name: '无主场地', kind: 'OTHER' },
    });
    expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(code(orphan.errors));
    // A person registered by another district's street.
    const person = await staff.gql(ScopeCreatesBeneficiaryDocument, {
      data: { name: '越界居民', gender: 'MALE', birthDate: '1980-01-01', registeredById: foreignStreet.id },
    });
    expect(code(person.errors)).toBe('BAD_USER_INPUT');
    expect(changedTables(before, await digest(app))).toEqual([]);
  });

  it('organization users cannot mint an API key that sees more than they do', async () => {
    // A community's staff, a key for the social group that works in another district.
    const community = d0.children[0].children[0];
    const staff = app.as(token.get(community.id)!);
    const before = await digest(app);
    const res = await staff.gql(ScopeCreatesApiKeyDocument, {
      data: { name: '社区自建密钥', socialGroupId: groups[1] },
    });
    if (res.errors?.length) {
      expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(code(res.errors));
      expect(changedTables(before, await digest(app))).toEqual([]);
      return;
    }
    const minted = app.as(res.data!.createApiKey.secret);
    const out = findings('minted key');
    const mine = vis.get(community.id)!;
    const keySees = await visibleIds(app, { groupId: groups[1] });
    await checkByIds(
      minted,
      model,
      difference(keySees, mine),
      out,
      `key ${community.name}’s staff made for a partner`,
      {
        maxSingles: 5,
      },
    );
    expect(out.failures).toEqual([]);
  });

  it('organization admins cannot make an account that sees more than they do', async () => {
    // A community's admin, a partner account for the social group that works in another district.
    const community = d0.children[1].children[0];
    const admin = app.as(
      await app.signIn({ username: 'community-admin', role: 'ORG_ADMIN', organizationId: community.id }),
    );
    const before = await digest(app);
    const created = await admin.gql(ScopeCreatesUserDocument, {
      data: {
        username: 'borrowed-partner',
        displayName: '借来的社工',
        role: 'PARTNER',
        organizationId: community.id,
        socialGroupId: groups[1],
      },
    });
    if (created.errors?.length) {
      expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(code(created.errors));
      expect(changedTables(before, await digest(app))).toEqual([]);
      return;
    }
    const password = 'borrowed-password-1';
    const set = await admin.gql(SubtreeSetsUserPasswordDocument, {
      userId: created.data!.createUser.id,
      password,
    });
    if (set.errors?.length) return; // the account cannot be used
    const login = await app.as(null).gql(SignInForTestDocument, { username: 'borrowed-partner', password });
    if (!login.data) return;
    const out = findings('borrowed account');
    const mine = vis.get(community.id)!;
    const accountSees = await visibleIds(app, { groupId: groups[1] });
    await checkByIds(
      app.as(login.data.login.accessToken),
      model,
      difference(accountSees, mine),
      out,
      `partner account ${community.name}’s admin made`,
      { maxSingles: 5 },
    );
    expect(out.failures).toEqual([]);
  });
});
