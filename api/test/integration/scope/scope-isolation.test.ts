import { createHash, randomBytes } from 'node:crypto';
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
  runMutationCases,
  type Client,
  type Foreign,
  type Vis,
} from '../../support/scope-matrix';
import { literal, loadApiModel, type ApiModel } from '../../support/scope-schema';
import {
  PartnerDeletesBeneficiaryDocument,
  PartnerProbesByValuesDocument,
  PartnerUpdatePermissionsDocument,
  ScopeCountsProjectsDocument,
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
    // own work only, tested in roster-progress.test.ts.
    expect(model.otherQueries.sort()).toEqual([
      '_adminMeta',
      'apiVersion',
      'lowAttendanceEnrollments',
      'me',
      'pendingApprovals',
      'pendingApprovalsCount',
      'report',
      'settlement',
      'workProgress',
    ]);
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
