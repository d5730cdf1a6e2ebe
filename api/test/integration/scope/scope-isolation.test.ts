import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  AUTH_MUTATIONS,
  checkByIds,
  checkFkFilters,
  checkOwnRows,
  checkRelationFields,
  checkRelationFilters,
  checkSearch,
  fkColumn,
  crudMutationCases,
  Findings,
  harmlessChange,
  loadPermissions,
  otherMutationCases,
  otherQueryCases,
  PUBLIC_QUERIES,
  runMutationCases,
  type Client,
  type Foreign,
  type MutationCase,
  type Vis,
} from '../../support/scope-matrix';
import { literal, loadApiModel, type ApiModel } from '../../support/scope-schema';
import {
  PartnerDeletesBeneficiaryDocument,
  PartnerProbesByValuesDocument,
  PartnerUpdatePermissionsDocument,
  RoundDemandDocument,
  RoundNoticeDocument,
  ScopeCountsProjectsDocument,
  WithdrawApplicationDocument,
  ScopeCreatesApiKeyDocument,
} from '../../generated/operations';
import { changedTables, difference, digest, visibleIds } from '../../support/scope-truth';
import { buildPartnerWorld, groupSample, MARKER, type GroupKey, type PartnerWorld } from '../../support/scope-world';
import { type GqlResponse } from '../../support/test-app';
import { useTestApp } from '../../support/use-app';

/**
 * Partner isolation, generated from the schema: for every query of every resource (single, list, count,
 * connection), every relation field and filter, and every mutation, a partner using another partner's
 * ids gets none of its rows and changes nothing. Ground truth is SQL (support/scope-truth.ts).
 *
 * Pairs: A → B (two partners with nothing in common but a sponsoring street, a venue and one child), and
 * C → B (C co-organizes one of B's projects: it sees that project's classes and people, not the rest).
 */
let world: PartnerWorld;
let model: ApiModel;
const token = {} as Record<GroupKey, string>;
const vis = {} as Record<GroupKey, Vis>;
const report = new Map<string, Findings>();
const newKey = () => `lk_${randomBytes(4).toString('hex')}_${randomBytes(24).toString('base64url')}`;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const apiKey = newKey();
/** Mutation fields tried by the matrix, over all pairs. */
const tried = new Set<string>();
const PAIRS: [GroupKey, GroupKey][] = [
  ['A', 'B'],
  ['C', 'B'],
];

const findings = (name: string) => {
  const f = new Findings();
  report.set(name, f);
  return f;
};
const foreignOf = (who: GroupKey, victim: GroupKey): Foreign => difference(vis[victim], vis[who]);

const APPLY = `mutation ($classId: ID!, $beneficiaryId: ID!, $applicantId: ID) { r: applyForPlace(
  classId: $classId, beneficiaryId: $beneficiaryId, applicantId: $applicantId, days: 3) { id } }`;
const OPEN_ROUND = `mutation ($classId: ID!, $opensAt: DateTime!, $closesAt: DateTime!, $tierRules: [TierRuleInput!])
  { r: openApplicationRound(classId: $classId, opensAt: $opensAt, closesAt: $closesAt, places: 1, tierRules: $tierRules)
  { id } }`;
const CORRECT = `mutation ($objectionId: ID!, $applicationId: ID!) { r: correctApplicationRound(
  objectionId: $objectionId, changes: [{ applicationId: $applicationId, action: EXCLUDE }]) { id } }`;
const OBJECT = `mutation ($roundId: ID!, $applicationId: ID) { r: recordRoundObjection(
  roundId: $roundId, applicationId: $applicationId, reason: "越界异议") { id } }`;
/**
 * The lottery's domain mutations on the caller's own class naming the other partner's rows (the generated
 * cases name a foreign class, refused before anything else is looked up): applyForPlace to its own open
 * round for the other partner's person, or for its own child with the other partner's person as the
 * applicant (its child 9 withdrew from that round: it may apply again); openApplicationRound on its own
 * class with a tier rule naming the other partner's organization (refused like a missing one before the
 * class's open round is found: a CONFLICT would tell the organization exists); recordRoundObjection on its
 * own drawn round (on notice: an objection would be recorded) about the other partner's application, and on
 * the other partner's drawn round about its own application; correctApplicationRound with the other
 * partner's objection.
 */
function mixedRoundCases(who: GroupKey, foreign: Foreign): MutationCase[] {
  const own = world.groups[who];
  const [person] = foreign.get('Beneficiary') ?? [];
  const [org] = foreign.get('Organization') ?? [];
  const [application] = foreign.get('Application') ?? [];
  const [objection] = foreign.get('RoundObjection') ?? [];
  const theirs = foreign
    .get('ApplicationRound')
    ?.find((r) => Object.values(world.groups).some((g) => g.rounds[1] === r));
  if (!theirs || !application) throw new Error(`${who}: no foreign drawn round or application to name`);
  const ghost = randomUUID();
  const base = { classId: own.classes[0], beneficiaryId: own.children[9], applicantId: own.parents[9] };
  const window = { opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() };
  const rules = (id: string) => [{ label: '越界优先级', categories: ['WORKER'], unionWithinId: id }];
  const orgCases: MutationCase[] = org
    ? [
        {
          label: 'openApplicationRound(own class, tierRules.unionWithinId: foreign Organization)',
          query: OPEN_ROUND,
          variables: { classId: own.classes[0], ...window, tierRules: rules(org) },
          ghost: { classId: own.classes[0], ...window, tierRules: rules(ghost) },
          expect: { code: 'BAD_USER_INPUT', fieldErrors: { 'tierRules.0.unionWithinId': '工会组织不存在或不可见' } },
        },
      ]
    : [];
  return [
    ...orgCases,
    {
      label: 'applyForPlace(own open round, beneficiaryId: foreign Beneficiary)',
      query: APPLY,
      variables: { ...base, beneficiaryId: person, applicantId: null },
      ghost: { ...base, beneficiaryId: ghost, applicantId: null },
      expect: { code: 'NOT_FOUND' },
    },
    {
      label: 'applyForPlace(own open round, own child, applicantId: foreign Beneficiary)',
      query: APPLY,
      variables: { ...base, applicantId: person },
      ghost: { ...base, applicantId: ghost },
      expect: { code: 'NOT_FOUND' },
    },
    {
      label: 'recordRoundObjection(own drawn round, applicationId: foreign Application)',
      query: OBJECT,
      variables: { roundId: own.rounds[1], applicationId: application },
      ghost: { roundId: own.rounds[1], applicationId: ghost },
      expect: { code: 'NOT_FOUND' },
    },
    {
      label: 'correctApplicationRound(objectionId: foreign RoundObjection, own application)',
      query: CORRECT,
      variables: { objectionId: objection, applicationId: own.applications[1][0] },
      ghost: { objectionId: ghost, applicationId: own.applications[1][0] },
      expect: { code: 'NOT_FOUND' },
    },
    {
      label: 'recordRoundObjection(roundId: foreign drawn ApplicationRound, own application)',
      query: OBJECT,
      variables: { roundId: theirs, applicationId: own.applications[1][0] },
      ghost: { roundId: ghost, applicationId: own.applications[1][0] },
      expect: { code: 'NOT_FOUND' },
    },
  ];
}
const client = (k: GroupKey): Client => app.as(token[k]);

const { app } = useTestApp();
beforeAll(async () => {
  world = await buildPartnerWorld(app);
  model = await loadApiModel(app);
  for (const k of ['A', 'B', 'C'] as GroupKey[]) {
    token[k] = await app.signIn({ username: `partner-${k}`, role: 'PARTNER', socialGroupId: world.groups[k].group });
  }
  // More accounts that only B (or B's street) may see.
  await app.signIn({ username: 'partner-B2', role: 'PARTNER', socialGroupId: world.groups.B.group });
  await app.signIn({ username: 'street-B-staff', role: 'ORG_STAFF', organizationId: world.groups.B.street });
  // API keys of A (used below) and of B, inserted as an operator would (the hash of a random key).
  await app.sql(
    `insert into api_key (id, name, prefix, key_hash, social_group_id) values (gen_random_uuid(), '甲组接口', $1, $2, $3)`,
    [apiKey.slice(3, 11), sha256(apiKey), world.groups.A.group],
  );
  const other = newKey();
  await app.sql(
    `insert into api_key (id, name, prefix, key_hash, social_group_id) values (gen_random_uuid(), '乙组接口', $1, $2, $3)`,
    [other.slice(3, 11), sha256(other), world.groups.B.group],
  );
  for (const k of ['A', 'B', 'C'] as GroupKey[]) {
    vis[k] = await visibleIds(app, { groupId: world.groups[k].group });
  }
}, 60_000);

afterAll(async () => {
  if (process.env.SCOPE_REPORT) {
    const lines = [...report].map(
      ([name, f]) =>
        `${name}: ${f.total} cases (${[...f.cases].map(([c, n]) => `${c} ${n}`).join(', ')}), ${f.failures.length} failures`,
    );
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
});

describe('the world is as intended (the matrix can fail)', () => {
  it('each partner sees its own rows, and the pairs have rows the other must not see', () => {
    for (const [who, victim] of PAIRS) {
      const f = foreignOf(who, victim);
      for (const r of [
        'ServiceProject',
        'ServiceClass',
        'ClassSession',
        'Beneficiary',
        'Enrollment',
        'ServiceRecord',
        'ApplicationRound',
        'Application',
        'RoundObjection',
      ]) {
        expect([who, victim, r, (f.get(r) ?? []).length > 0]).toEqual([who, victim, r, true]);
        expect([who, r, vis[who].get(r)!.size > 0]).toEqual([who, r, true]);
      }
    }
    // Shared rows: the street and venue of both A's and B's second project, the child in A's and B's class.
    expect(vis.A.get('Organization')!.has(world.shared) && vis.B.get('Organization')!.has(world.shared)).toBe(true);
    expect(vis.A.get('Venue')!.has(world.sharedVenue) && vis.B.get('Venue')!.has(world.sharedVenue)).toBe(true);
    expect(vis.A.get('Beneficiary')!.has(world.sharedChild) && vis.B.get('Beneficiary')!.has(world.sharedChild)).toBe(
      true,
    );
    // C co-organizes B's first project: it sees it, but not B's service records.
    expect(vis.C.get('ServiceProject')!.has(world.groups.B.projects[0])).toBe(true);
    expect([...vis.C.get('ServiceRecord')!].some((id) => vis.B.get('ServiceRecord')!.has(id))).toBe(false);
  });

  it('every query field of the schema is classified: resource queries or a known few', () => {
    // report: aggregates with its own scope rules, tested in report-access.test.ts. workProgress: the caller's
    // own work only, tested in roster-progress.test.ts. roundNotice: a round's public notice (公示), readable
    // without signing in by design and holding nothing personal but masked names (PUBLIC_QUERIES), tested below.
    // roundDemand: counts over the rounds the caller may read, tested below. classApplicationRounds: the
    // rounds of a class, read through the scope filter; a foreign class is NOT_FOUND (the query matrix below).
    expect(model.otherQueries.sort()).toEqual([
      '_adminMeta',
      'apiVersion',
      'classApplicationRounds',
      'lowAttendanceEnrollments',
      'me',
      'pendingApprovals',
      'pendingApprovalsCount',
      'report',
      'roundDemand',
      'roundNotice',
      'settlement',
      'workProgress',
    ]);
    expect([...PUBLIC_QUERIES]).toEqual(['roundNotice']);
    for (const r of model.resources.values()) {
      expect([r.name, Object.keys(r.queries).sort()]).toEqual([r.name, ['connection', 'count', 'list', 'single']]);
    }
  });

  it('a caller who sees everything fails the by-id and relation checks (the checks detect leaks)', async () => {
    const out = new Findings();
    await checkByIds(app, model, foreignOf('A', 'B'), out, 'admin');
    expect(out.failures.length).toBeGreaterThan(50);
    const rel = new Findings();
    await checkRelationFields(app, app, model, vis.A, foreignOf('A', 'B'), rel, 'admin');
    expect(rel.failures.length).toBeGreaterThan(10);
  });
});

describe.each(['A', 'B', 'C'] as GroupKey[])('partner %s', (k) => {
  it('sees exactly its own rows: every list, count and connection equals the SQL ground truth', async () => {
    const out = findings(`own rows ${k}`);
    await checkOwnRows(client(k), model, vis[k], out, `partner ${k}`);
    expect(out.failures).toEqual([]);
  });
});

describe.each(PAIRS)('partner %s with partner %s’s ids', (who, victim) => {
  it('single look-ups answer null; list, count and connection filtered by id find nothing', async () => {
    const out = findings(`${who}→${victim} by id`);
    await checkByIds(client(who), model, foreignOf(who, victim), out, `partner ${who}`);
    expect(out.failures).toEqual([]);
  });

  it('filters on foreign keys pointing at the other partner’s rows find only own rows', async () => {
    const out = findings(`${who}→${victim} fk filters`);
    await checkFkFilters(app, client(who), model, vis[who], foreignOf(who, victim), out, `partner ${who}`);
    expect(out.failures).toEqual([]);
  });

  it('relation filters and paths ending at the other partner’s rows match as if those rows did not exist', async () => {
    const out = findings(`${who}→${victim} relation filters`);
    await checkRelationFilters(client(who), model, vis[who], foreignOf(who, victim), out, `partner ${who}`);
    expect(out.failures).toEqual([]);
  });

  it('relation fields (to-one objects, to-many lists and counts, both directions) hold only visible rows', async () => {
    const out = findings(`${who}→${victim} relation fields`);
    await checkRelationFields(app, client(who), model, vis[who], foreignOf(who, victim), out, `partner ${who}`);
    expect(out.failures).toEqual([]);
  });

  it('search for the other partner’s marker finds none of its rows', async () => {
    const out = findings(`${who}→${victim} search`);
    await checkSearch(client(who), model, vis[who], foreignOf(who, victim), MARKER[victim], out, `partner ${who}`);
    expect(out.failures).toEqual([]);
  });

  it('every mutation with the other partner’s ids fails like a missing record and writes nothing', async () => {
    const out = findings(`${who}→${victim} mutations`);
    const foreign = foreignOf(who, victim);
    const foreignIds = [...foreign.values()].flat();
    const cases = [
      ...crudMutationCases(
        model,
        foreign,
        vis[who],
        await groupSample(app, world, who),
        world.groups[victim].deleted,
        await loadPermissions(client(who)),
      ),
      ...otherMutationCases(model, (resource) => foreign.get(resource)?.[0]),
      ...mixedRoundCases(who, foreign),
    ];
    const before = await digest(app);
    const rowsBefore = await digest(app, foreignIds);
    await runMutationCases(client(who), cases, out, `partner ${who}`);
    const after = await digest(app);
    const rowsAfter = await digest(app, foreignIds);
    for (const t of changedTables(rowsBefore, rowsAfter)) out.fail(`partner ${who}: ${victim}'s rows of ${t} changed`);
    for (const t of changedTables(before, after)) out.fail(`partner ${who}: table ${t} changed`);
    for (const c of cases) tried.add(/\{ r: (\w+)/.exec(c.query)![1]);
    expect(out.failures).toEqual([]);
  });

  it('every domain query with the other partner’s ids fails like a missing record', async () => {
    const out = findings(`${who}→${victim} domain queries`);
    const foreign = foreignOf(who, victim);
    const cases = otherQueryCases(model, (resource) => foreign.get(resource)?.[0]);
    expect(cases.length).toBeGreaterThan(0);
    await runMutationCases(client(who), cases, out, `partner ${who}`);
    for (const c of cases) tried.add(/\{ r: (\w+)/.exec(c.query)![1]);
    expect(out.failures).toEqual([]);
  });
  it('the public notice of each of the other partner’s rounds holds nothing personal but masked names; an unknown id is NOT_FOUND', async () => {
    // roundNotice is public by design (PUBLIC_QUERIES): anyone, signed in or not, reads any round's notice.
    // What must not leave it is anything personal: a name, an ID or mobile number, an id of a person, an
    // application or an enrollment, the family's own sibling mark.
    const out = findings(`${who}→${victim} public notice`);
    const rounds = foreignOf(who, victim).get('ApplicationRound') ?? [];
    expect(rounds.length).toBeGreaterThan(0);
    const secrets = await app.sql<{ v: string }>(
      `select distinct v from application a
         left join beneficiary b on b.id in (a.beneficiary_id, a.applicant_id),
         lateral (values (a.id::text), (a.beneficiary_id::text), (a.applicant_id::text), (a.enrollment_id::text),
                         (a.sibling_group), (b.name), (b.employer), (b.notes), (to_char(b.birth_date, 'YYYY-MM-DD'))) x(v)
        where a.round_id = any($1::uuid[]) and v is not null`,
      [rounds],
    );
    expect(secrets.length).toBeGreaterThan(10);
    // Seeds stay secret until the draw.
    const seeds = await app.sql<{ seed: string }>(
      `select seed from application_round where id = any($1::uuid[]) and status = 'OPEN'`,
      [rounds],
    );
    let results = 0;
    for (const id of rounds) {
      for (const [caller, c] of [
        [`partner ${who}`, client(who)],
        ['anonymous', app.as(null)],
      ] as const) {
        out.count('public notice');
        const res = await c.gql(RoundNoticeDocument, { id });
        if (res.errors?.length || !res.data) {
          out.fail(`${caller}: roundNotice(${id}) → ${JSON.stringify(res.errors)} (public: expected the notice)`);
          continue;
        }
        const text = JSON.stringify(res.data);
        for (const { v } of secrets) if (text.includes(v)) out.fail(`${caller}: roundNotice(${id}) holds ${v}`);
        // Not inside a longer run of letters and digits: a seed or a hash (hexadecimal) can hold such runs.
        for (const re of [
          /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/,
          /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/,
        ]) {
          if (re.test(text)) out.fail(`${caller}: roundNotice(${id}) holds ${re.exec(text)![0]}`);
        }
        if (seeds.some((x) => text.includes(x.seed))) out.fail(`${caller}: roundNotice(${id}) reveals an undrawn seed`);
        for (const r of res.data.roundNotice.results) {
          results++;
          if (!/^.?\*+.?$/u.test(r.maskedName)) out.fail(`${caller}: roundNotice(${id}) shows ${r.maskedName}`);
        }
      }
    }
    // The drawn round's results are on show (the masks were checked), and a round that does not exist is
    // NOT_FOUND for anyone.
    expect(results).toBeGreaterThan(0);
    for (const c of [client(who), app.as(null)]) {
      out.count('public notice');
      const res = await c.gql(RoundNoticeDocument, { id: randomUUID() });
      if (res.errors?.[0]?.extensions?.code !== 'NOT_FOUND' || res.data?.roundNotice) {
        out.fail(`roundNotice(unknown id) → ${JSON.stringify(res).slice(0, 200)} (expected NOT_FOUND)`);
      }
    }
    tried.add('roundNotice');
    expect(out.failures).toEqual([]);
  });
});

describe('applications against places (roundDemand)', () => {
  it('count only the rounds each partner may read', async () => {
    const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    for (const who of ['A', 'B', 'C'] as GroupKey[]) {
      const rows = (await client(who).ok(RoundDemandDocument, { from: day(-30), to: day(30), groupBy: 'CLASS' }))
        .roundDemand;
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect([who, r.key, vis[who].get('ServiceClass')!.has(r.key)]).toEqual([who, r.key, true]);
    }
  });
});

it('the query matrix tried every domain query that names a record', () => {
  const named = model.otherQueryFields.filter((f) => f.args.some((a) => a.type.toString().startsWith('ID')));
  expect(named.map((f) => f.name).filter((q) => !tried.has(q))).toEqual([]);
});

it('the mutation matrix tried every mutation of the schema (sign-in aside)', () => {
  const all = Object.keys(model.schema.getMutationType()!.getFields()).filter((m) => !AUTH_MUTATIONS.has(m));
  expect(all.filter((m) => !tried.has(m))).toEqual([]);
});

describe('partner A probing partner B (relation filters, refused deletes)', () => {
  it('cannot probe B’s rows by their values: names of B’s projects, classes and people, B’s home visits', async () => {
    const B = world.groups.B;
    const [guardian] = await app.sql<{ name: string }>('select name from beneficiary where id = $1', [B.parents[0]]);
    const res = await client('A').gql(PartnerProbesByValuesDocument, { guardian: guardian.name, m: MARKER.B });
    // None of these rows exists for the caller: a filter on them matches nothing.
    expect(res).toEqual({ data: { sponsors: 0, classes: [], visits: 0, guardianName: 0, venues: 0 } });
  });
  it('cannot learn of B’s rows from a refused delete: the dependents reported are the ones A can see', async () => {
    // A's child is also enrolled in B's class and has a home visit on record with B.
    const child = world.sharedChild;
    const r = model.resources.get('Beneficiary')!;
    const expected: Record<string, number> = {};
    for (const t of r.toMany) {
      const { table, column } = fkColumn(app, model.resources.get(t.target)!, t.inverseFk!);
      const rows = await app.sql<{ id: string }>(
        `select id::text from ${table} where deleted_at is null and ${column} = $1`,
        [child],
      );
      const n = rows.filter((x) => vis.A.get(t.target)!.has(x.id)).length;
      if (n) expected[t.field] = n;
    }
    expect(expected.enrollments).toBe(1);
    const res = await client('A').gql(PartnerDeletesBeneficiaryDocument, { id: child });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0].extensions?.dependents).toEqual(expected);
    const [row] = await app.sql<{ deleted_at: Date | null }>('select deleted_at from beneficiary where id = $1', [
      child,
    ]);
    expect(row.deleted_at).toBeNull();
  });
});

describe('partner A’s own writes (the refusals above are not blanket refusals)', () => {
  it('applies its own child to its own open round and withdraws the application again', async () => {
    const A = world.groups.A;
    const applied = await client('A').gql<{ r: { id: string } }>(APPLY, {
      classId: A.classes[0],
      beneficiaryId: A.children[9],
      applicantId: A.parents[9],
    });
    expect(applied.errors).toBeUndefined();
    const id = applied.data!.r.id;
    expect(vis.A.get('Application')!.has(id)).toBe(false); // new since the ground truth was taken
    const [row] = await app.sql<{ round_id: string }>('select round_id::text from application where id = $1', [id]);
    expect(row.round_id).toBe(A.rounds[0]);
    const withdrawn = await client('A').ok(WithdrawApplicationDocument, { id });
    expect(withdrawn.withdrawApplication.status).toBe('WITHDRAWN');
    // The ground truth follows the write (the API key checks below compare with it).
    vis.A = await visibleIds(app, { groupId: A.group });
    expect(vis.A.get('Application')!.has(id)).toBe(true);
  });

  it('updates its own rows of every resource _adminMeta says a partner may update, and is refused the others', async () => {
    const out = findings('A own writes');
    const meta = await client('A').ok(PartnerUpdatePermissionsDocument);
    const mayUpdate = new Map(meta._adminMeta.map((m) => [m.name, m.permissions.update]));
    for (const r of model.resources.values()) {
      const [own] = [...vis.A.get(r.name)!].sort();
      if (!r.mutations.update || !own) continue;
      out.count('own updates');
      const res = await client('A').gql(
        `mutation ($id: ID!, $data: ${r.name}UpdateInput!) { r: ${r.mutations.update}(id: $id, data: $data) { id } }`,
        { id: own, data: harmlessChange(r) },
      );
      const expected = mayUpdate.get(r.name) ? 'OK' : 'FORBIDDEN';
      const code = res.errors?.[0]?.extensions?.code ?? 'OK';
      if (code !== expected) {
        out.fail(`${r.mutations.update}(own) → ${code} ${res.errors?.[0]?.message ?? ''}, expected ${expected}`);
      }
    }
    // A partner may write the work it delivers: classes, sessions, people, enrollments, attendance, records.
    expect(
      ['ServiceClass', 'ClassSession', 'Beneficiary', 'Enrollment', 'Attendance', 'ServiceRecord'].map((n) =>
        mayUpdate.get(n),
      ),
    ).toEqual([true, true, true, true, true, true]);
    expect(out.failures).toEqual([]);
  });
});

describe('API keys', () => {
  const key = apiKey;

  const withHeader = async (query: string): Promise<GqlResponse> => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as GqlResponse;
  };

  /** Every list of every resource with every scalar, to-one ids and to-many counts; and every count. */
  const battery = () =>
    [...model.resources.values()].map((r) => {
      const sel = [
        ...r.scalars,
        ...r.toOne.map((t) => `${t.field} { id }`),
        ...r.toMany.filter((t) => t.countField).map((t) => t.countField!),
      ];
      return `{ l: ${r.queries.list}(take: 100, orderBy: [{ id: ASC }]) { ${sel.join(' ')} } c: ${r.queries.count} }`;
    });

  it('X-Api-Key and Authorization: Bearer lk_… see exactly what partner A’s user sees', async () => {
    await withHeader('{ apiVersion }'); // first use records lastUsedAt; the next minute's uses do not
    const bearer = app.as(key);
    for (const query of battery()) {
      const asUser = await client('A').gql(query);
      const asKey = await withHeader(query);
      const asBearer = await bearer.gql(query);
      expect(asUser.errors).toBeUndefined();
      expect(asKey).toEqual(asUser);
      expect(asBearer).toEqual(asUser);
    }
    const out = findings('A key');
    await checkOwnRows(bearer, model, vis.A, out, 'A’s API key');
    await checkByIds(bearer, model, foreignOf('A', 'B'), out, 'A’s API key');
    expect(out.failures).toEqual([]);
  });

  it('a partner cannot make itself a key that sees more than it does', async () => {
    // The shared street sponsors A's second project (so A sees it) and B's second project.
    const before = await digest(app);
    const res = await client('A').gql(ScopeCreatesApiKeyDocument, {
      data: { name: '甲组自建组织密钥', organizationId: world.shared },
    });
    if (res.errors?.length) {
      expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(res.errors[0].extensions?.code);
      expect(changedTables(before, await digest(app))).toEqual([]);
      return;
    }
    const minted = app.as(res.data!.createApiKey.secret);
    const out = findings('A minted key');
    await checkByIds(minted, model, foreignOf('A', 'B'), out, 'key partner A made for the shared street');
    expect(out.failures).toEqual([]);
  });

  it('a revoked, expired or unknown key is refused', async () => {
    const revoked = newKey();
    const expired = newKey();
    for (const [k, column] of [
      [revoked, 'revoked_at'],
      [expired, 'expires_at'],
    ]) {
      await app.sql(
        `insert into api_key (id, name, prefix, key_hash, social_group_id, ${column})
         values (gen_random_uuid(), '失效密钥', $1, $2, $3, now() - interval '1 minute')`,
        [k.slice(3, 11), sha256(k), world.groups.A.group],
      );
    }
    for (const k of [revoked, expired, newKey()]) {
      const res = await app.as(k).gql(ScopeCountsProjectsDocument);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    }
    const q = `{ serviceProjects(where: ${literal({ id: { in: world.groups.B.projects } })}) { id } }`;
    expect((await withHeader(q)).data).toEqual({ serviceProjects: [] });
  });
});
