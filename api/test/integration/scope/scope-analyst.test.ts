import {
  AnalystListsClassIdsDocument,
  AnalystReadsAdminMetaDocument,
  RoundNoticeDocument,
  ScopeRevealsPersonalInfoDocument,
  StaffCountsBeneficiariesByNameDocument,
  StaffReadsPeopleForScanDocument,
} from '../../generated/operations';
import { buildWorld, sampleInput, type World } from '../../support/fixtures';
import {
  checkOwnRows,
  Findings,
  harmlessChange,
  otherMutationCases,
  runMutationCases,
  type Client,
  type MutationCase,
} from '../../support/scope-matrix';
import { literal, loadApiModel, type ApiModel, type ResourceModel } from '../../support/scope-schema';
import { changedTables, digest, visibleIds } from '../../support/scope-truth';
import { buildPartnerWorld, type PartnerWorld } from '../../support/scope-world';
import { type GqlError, type GqlResponse } from '../../support/test-app';
import { useTestApp } from '../../support/use-app';

/**
 * Analysts see aggregates, never personal data. Rows about one person (people, guardianships, consents,
 * enrollments, applications for a place, attendance, service records) are refused outright: every query of those resources, every
 * relation field leading to them and every filter through them is FORBIDDEN. Through queries generated
 * from the schema (every list of every other resource with every scalar field, nested relations,
 * connections, single look-ups) an analyst gets every personal field as null with a FORBIDDEN error,
 * cannot filter, sort or search on one, and cannot write anything. A scan of every analyst response in this file finds no ID number, no mobile
 * number and no name (or other personal value) of any person in the database.
 */
let model: ApiModel;
let world: PartnerWorld;
let small: World;
let analyst: Client;
let districtAnalyst: Client;
/** Every analyst response body of this file, for the scan at the end. */
const bodies: string[] = [];
const stats: Record<string, number> = {};
const tally = (what: string, n = 1) => (stats[what] = (stats[what] ?? 0) + n);

/** A client whose responses are kept for the scan. */
function recording(c: Client): Client {
  return {
    async gql<T, V>(query: Parameters<Client['gql']>[0], variables?: V) {
      const res = await c.gql<T>(query as string, variables as Record<string, unknown>);
      bodies.push(JSON.stringify(res));
      return res;
    },
    async ok<T, V>(query: Parameters<Client['ok']>[0], variables?: V) {
      const res = await this.gql<T, V>(query as never, variables);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data as T;
    },
  } as Client;
}

const { app } = useTestApp();
beforeAll(async () => {
  model = await loadApiModel(app);
  world = await buildPartnerWorld(app);
  small = await buildWorld(app);
  analyst = recording(app.as(await app.signIn({ username: 'analyst', role: 'ANALYST' })));
  districtAnalyst = recording(
    app.as(await app.signIn({ username: 'district-analyst', role: 'ANALYST', organizationId: world.district })),
  );
  // An API key (so that revokeApiKey has a record to be refused on).
  await app.sql(
    `insert into api_key (id, name, prefix, key_hash, social_group_id) values (gen_random_uuid(), '分析测试密钥', 'anlz0001', 'not-a-real-hash', $1)`,
    [world.groups.A.group],
  );
  // A reveal by an admin leaves an audit event the analyst can list: it must hold no personal value.
  if (model.otherMutations.some((m) => m.name === 'revealPersonalInfo')) {
    await app.ok(ScopeRevealsPersonalInfoDocument, {
      id: world.groups.A.parents[0],
      field: 'phone',
      reason: '核对联系方式',
    });
  }
}, 60_000);

afterAll(async () => {
  if (process.env.SCOPE_REPORT) process.stdout.write(`\nanalyst: ${JSON.stringify(stats)}\n`);
});

/** `__typename`, every scalar (personal ones included) and, `depth` levels down, every relation. */
function selection(model: ApiModel, r: ResourceModel, depth: number): string {
  const parts = ['__typename', ...r.scalars];
  if (depth > 0) {
    for (const t of r.toOne)
      parts.push(`${t.field} { ${selection(model, model.resources.get(t.target)!, depth - 1)} }`);
    // Lists of people's rows are refused as a whole (tested on their own below): not asked for here.
    for (const t of r.toMany.filter((x) => !PER_PERSON.has(x.target))) {
      parts.push(`${t.field}(take: 3) { ${selection(model, model.resources.get(t.target)!, depth - 1)} }`);
      if (t.countField) parts.push(t.countField);
    }
  }
  return parts.join(' ');
}

/**
 * Every personal field in the data is null and has exactly one FORBIDDEN error at its path; there is
 * no other error. Returns the problems found.
 */
function personalGated(model: ApiModel, res: GqlResponse, label: string): string[] {
  const problems: string[] = [];
  const expected = new Set<string>();
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i]));
    if (!value || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    const r = model.resources.get(obj.__typename as string);
    const toPeople = new Set((r?.toOne ?? []).filter((t) => PER_PERSON.has(t.target)).map((t) => t.field));
    for (const [k, v] of Object.entries(obj)) {
      if (r?.personal.has(k) || toPeople.has(k)) {
        expected.add([...path, k].join('.'));
        if (v !== null)
          problems.push(`${label}: ${[...path, k].join('.')} = ${JSON.stringify(v)} (personal, expected null)`);
      } else walk(v, [...path, k]);
    }
  };
  if (!res.data) problems.push(`${label}: no data (${JSON.stringify(res.errors?.slice(0, 2))})`);
  walk(res.data, []);
  const got = new Set<string>();
  for (const e of res.errors ?? []) {
    const p = (e.path ?? []).join('.');
    if (e.extensions?.code !== 'FORBIDDEN' || !expected.has(p)) {
      problems.push(`${label}: unexpected error at ${p}: ${e.extensions?.code} ${e.message}`);
    }
    got.add(p);
  }
  for (const p of expected) if (!got.has(p)) problems.push(`${label}: no FORBIDDEN error for ${p}`);
  // One line per field, not per row.
  return [...new Set(problems.map((p) => p.replace(/\.\d+\./g, '.#.')))];
}

/** Rows about one person: the analyst reads none of them (independent of the API's own list). */
const PER_PERSON = new Set([
  'Beneficiary',
  'Guardianship',
  'Consent',
  'Enrollment',
  // An application for a place names the person, the guardian applying and the outcome of the draw.
  'Application',
  // An objection's reason is free text that may name a person.
  'RoundObjection',
  'Attendance',
  'ServiceRecord',
]);
const rowResources = () => [...model.resources.values()].filter((r) => !PER_PERSON.has(r.name));

const personalModels = () => [...model.resources.values()].filter((r) => r.personal.size);

describe('an analyst reads', () => {
  it('the personal fields of the design are marked personal, and _adminMeta tells the analyst it may not read or write them', async () => {
    const personal = Object.fromEntries(personalModels().map((r) => [r.name, [...r.personal].sort()]));
    expect(personal).toEqual({
      AuditEvent: ['detail'], // a reveal's reason is free text
      Beneficiary: ['birthDate', 'employer', 'idNumber', 'name', 'notes', 'phone'],
      Organization: ['contactName', 'contactPhone'],
      ServiceRecord: ['outcome', 'summary'],
      SocialGroup: ['contactName', 'contactPhone'],
    });
    const meta = await analyst.ok(AnalystReadsAdminMetaDocument);
    for (const r of meta._adminMeta) {
      const read = !PER_PERSON.has(r.name);
      expect([r.name, r.permissions]).toEqual([r.name, { read, create: false, update: false, delete: false }]);
      for (const f of r.fields) expect([r.name, f.name, f.readable]).toEqual([r.name, f.name, !f.personal]);
    }
  });

  it('counts of every resource but people’s rows equal the ground truth (aggregates are what analysts are for)', async () => {
    const out = new Findings();
    const others = { ...model, resources: new Map(rowResources().map((r) => [r.name, r])) };
    await checkOwnRows(analyst, others, await visibleIds(app, { all: true }), out, 'analyst', 5);
    expect(out.failures).toEqual([]);
  });

  it('every query of a resource about one person is FORBIDDEN, with no data, for both analysts', async () => {
    const problems: string[] = [];
    const people = [...model.resources.values()].filter((r) => PER_PERSON.has(r.name));
    expect(people.map((r) => r.name).sort()).toEqual([...PER_PERSON].sort());
    for (const who of [analyst, districtAnalyst]) {
      for (const r of people) {
        const [id] = [...((await visibleIds(app, { all: true }, [r.name])).get(r.name) ?? [])];
        expect([r.name, Boolean(id)]).toEqual([r.name, true]);
        for (const q of [
          `{ r: ${r.queries.single}(id: ${literal(id)}) { id } }`,
          `{ r: ${r.queries.list}(take: 100) { id } }`,
          `{ r: ${r.queries.count} }`,
          `{ r: ${r.queries.connection}(first: 5) { totalCount nodes { id } } }`,
        ]) {
          const res = await who.gql<{ r: unknown }>(q);
          tally('refused queries of people’s rows');
          if (res.errors?.[0]?.extensions?.code !== 'FORBIDDEN' || res.data?.r != null) {
            problems.push(`${q} → ${JSON.stringify(res).slice(0, 200)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every list of every resource, with every scalar and every relation one level down: personal fields null + FORBIDDEN', async () => {
    const problems: string[] = [];
    for (const who of [analyst, districtAnalyst]) {
      for (const r of rowResources()) {
        const res = await who.gql(`{ r: ${r.queries.list}(take: 100) { ${selection(model, r, 1)} } }`);
        tally('lists with every field');
        problems.push(...personalGated(model, res, r.queries.list!));
      }
    }
    expect(problems).toEqual([]);
    // The lists hold rows; a list of people's rows asked for inside them refuses the whole answer.
    const classes = await analyst.gql(AnalystListsClassIdsDocument);
    expect(classes.data!.r.length).toBeGreaterThan(5);
    for (const field of [
      'enrollments(take: 3) { id }',
      'enrollmentsCount',
      'sessions(take: 2) { attendanceRecords { id } }',
    ]) {
      const res = await analyst.gql<{ r: unknown }>(`{ r: serviceClasses(take: 100) { id ${field} } }`);
      expect([field, res.data?.r ?? null, res.errors?.[0]?.extensions?.code]).toEqual([field, null, 'FORBIDDEN']);
    }
  });

  it('connections, single look-ups (two levels of relations) and nested lists keep personal fields null', async () => {
    const problems: string[] = [];
    for (const r of rowResources()) {
      const conn = await analyst.gql(
        `{ r: ${r.queries.connection}(first: 20) { totalCount pageInfo { hasNextPage endCursor }
            edges { cursor node { ${selection(model, r, 1)} } } nodes { ${selection(model, r, 0)} } } }`,
      );
      problems.push(...personalGated(model, conn, r.queries.connection!));
      tally('connections');
      const ids = await app.ok<{ r: { id: string }[] }>(`{ r: ${r.queries.list}(take: 3) { id } }`);
      for (const { id } of ids.r) {
        const one = await analyst.gql(`{ r: ${r.queries.single}(id: ${literal(id)}) { ${selection(model, r, 2)} } }`);
        problems.push(...personalGated(model, one, `${r.queries.single}(${id})`));
        tally('single look-ups');
      }
    }
    expect(problems).toEqual([]);
  });

  it('filtering, sorting and searching on personal fields is FORBIDDEN, directly, through relations and in nested lists', async () => {
    const cases: { label: string; query: string }[] = [];
    const valueFor = (kind: string) => (kind === 'date' ? { lt: '2000-01-01' } : { contains: 'x' });
    /** `where` conditions on a personal field of `r`, directly or one relation away. */
    const personalWheres = (r: ResourceModel): { label: string; where: unknown }[] => {
      const out: { label: string; where: unknown }[] = [];
      for (const f of r.meta.fields.filter((x) => x.personal && x.filterable)) {
        out.push({ label: f.name, where: { [f.name]: valueFor(f.kind) } });
        out.push({ label: `NOT ${f.name}`, where: { NOT: { [f.name]: valueFor(f.kind) } } });
        out.push({ label: `OR ${f.name}`, where: { OR: [{ id: { in: [] } }, { [f.name]: valueFor(f.kind) }] } });
      }
      return out;
    };
    for (const r of model.resources.values()) {
      const direct = personalWheres(r);
      for (const rel of r.whereRelations) {
        // Every personal field of the related resource, plainly (NOT / OR are tried directly above).
        for (const w of personalWheres(model.resources.get(rel.target)!).filter((x) => !x.label.includes(' '))) {
          direct.push({
            label: `${rel.key}.${w.label}`,
            where: { [rel.key]: rel.many ? { some: w.where } : w.where },
          });
        }
      }
      for (const w of direct) {
        const where = literal(w.where);
        cases.push({
          label: `${r.queries.list}(where ${w.label})`,
          query: `{ r: ${r.queries.list}(where: ${where}) { id } }`,
        });
        cases.push({
          label: `${r.queries.count}(where ${w.label})`,
          query: `{ r: ${r.queries.count}(where: ${where}) }`,
        });
        cases.push({
          label: `${r.queries.connection}(where ${w.label})`,
          query: `{ r: ${r.queries.connection}(where: ${where}) { totalCount } }`,
        });
      }
      for (const f of r.meta.fields.filter((x) => x.personal && x.sortable)) {
        cases.push({
          label: `${r.queries.list}(orderBy ${f.name})`,
          query: `{ r: ${r.queries.list}(orderBy: [{ ${f.name}: ASC }]) { id } }`,
        });
        cases.push({
          label: `${r.queries.connection}(orderBy ${f.name})`,
          query: `{ r: ${r.queries.connection}(orderBy: [{ ${f.name}: DESC }]) { totalCount } }`,
        });
      }
      if (r.meta.searchFields.some((s) => r.personal.has(s))) {
        for (const q of [r.queries.list, r.queries.count, r.queries.connection]) {
          const sel = q === r.queries.count ? '' : q === r.queries.list ? '{ id }' : '{ totalCount }';
          cases.push({
            label: `${q}(search) on ${r.meta.searchFields.join(', ')}`,
            query: `{ r: ${q}(search: "x") ${sel} }`,
          });
        }
      }
      // Nested lists: a to-many field filtered through its child's relation to a personal field.
      for (const t of r.toMany) {
        const child = model.resources.get(t.target)!;
        const nested = [
          ...personalWheres(child),
          ...child.whereRelations
            .filter((rel) => !rel.many)
            .flatMap((rel) =>
              personalWheres(model.resources.get(rel.target)!)
                .slice(0, 1)
                .map((w) => ({ label: `${rel.key}.${w.label}`, where: { [rel.key]: w.where } })),
            ),
        ];
        for (const w of nested.slice(0, 2)) {
          cases.push({
            label: `${r.queries.list} { ${t.field}(where ${w.label}) }`,
            query: `{ r: ${r.queries.list}(take: 2) { id ${t.field}(where: ${literal(w.where)}) { id } } }`,
          });
          if (t.countField) {
            cases.push({
              label: `${r.queries.list} { ${t.countField}(where ${w.label}) }`,
              query: `{ r: ${r.queries.list}(take: 2) { id ${t.countField}(where: ${literal(w.where)}) } }`,
            });
          }
        }
      }
    }
    expect(cases.length).toBeGreaterThan(50);
    tally('personal filter/sort/search cases', cases.length);
    const problems: string[] = [];
    for (const c of cases) {
      const res = await analyst.gql<{ r: unknown }>(c.query);
      const errs: GqlError[] = res.errors ?? [];
      if (!errs.length || errs.some((e) => e.extensions?.code !== 'FORBIDDEN')) {
        problems.push(`${c.label} → ${errs.length ? errs.map((e) => e.extensions?.code).join(',') : 'answered'}`);
      }
      const rows = res.data?.r;
      const leaked = Array.isArray(rows)
        ? rows.some((x) =>
            Object.values(x as object).some((v) => (Array.isArray(v) ? v.length : typeof v === 'number')),
          )
        : rows != null;
      if (leaked) problems.push(`${c.label} returned data: ${JSON.stringify(rows).slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
  });

  it('the public notice of every round (readable by anyone) is readable by analysts too, and goes into the scan', async () => {
    const rounds = [...((await visibleIds(app, { all: true }, ['ApplicationRound'])).get('ApplicationRound') ?? [])];
    expect(rounds.length).toBeGreaterThan(0);
    let results = 0;
    for (const id of rounds) {
      const res = await analyst.gql(RoundNoticeDocument, { id });
      tally('public notices');
      expect([id, res.errors]).toEqual([id, undefined]);
      results += res.data!.roundNotice.results.length;
    }
    // Drawn rounds show masked names: the scan below finds no name in them.
    expect(results).toBeGreaterThan(0);
  });

  it('the same filters stay open to staff (the refusals are the analyst’s, not everyone’s)', async () => {
    const res = await app.ok(StaffCountsBeneficiariesByNameDocument);
    expect(res.beneficiariesCount).toBeGreaterThan(0);
    expect(res.s).toBe(res.beneficiariesCount);
  });
});

describe('an analyst writes', () => {
  it('every mutation is refused (FORBIDDEN) and nothing changes', async () => {
    const w: Partial<World> = small;
    const cases: MutationCase[] = [];
    const deleted = await app.sql<{ id: string }>(`select id::text from service_record where deleted_at is not null`);
    for (const r of model.resources.values()) {
      const m = r.mutations;
      const [id] = [...((await visibleIds(app, { all: true }, [r.name])).get(r.name) ?? [])].sort();
      const add = (label: string, query: string, variables: Record<string, unknown>) =>
        cases.push({ label, query, variables, ghost: variables });
      if (m.create) {
        const data = sampleInput(r.name, w);
        add(m.create, `mutation ($d: ${r.name}CreateInput!) { r: ${m.create}(data: $d) { id } }`, { d: data });
        add(m.createMany!, `mutation ($d: [${r.name}CreateInput!]!) { r: ${m.createMany}(data: $d) { id } }`, {
          d: [data],
        });
      }
      if (m.update && id) {
        const data = harmlessChange(r);
        add(m.update, `mutation ($id: ID!, $d: ${r.name}UpdateInput!) { r: ${m.update}(id: $id, data: $d) { id } }`, {
          id,
          d: data,
        });
        add(
          m.updateMany!,
          `mutation ($ids: [ID!]!, $d: ${r.name}UpdateInput!) { r: ${m.updateMany}(ids: $ids, data: $d) { id } }`,
          { ids: [id], d: data },
        );
      }
      if (m.delete && id) {
        add(m.delete, `mutation ($id: ID!) { r: ${m.delete}(id: $id) { id } }`, { id });
        add(m.deleteMany!, `mutation ($ids: [ID!]!) { r: ${m.deleteMany}(ids: $ids) { id } }`, { ids: [id] });
        const gone = r.name === 'ServiceRecord' ? deleted[0].id : id;
        add(m.restore!, `mutation ($id: ID!) { r: ${m.restore}(id: $id) { id } }`, { id: gone });
      }
    }
    // Not an analyst's own account for the User slots: anyone may set their own password (user-password.service),
    // and the first id in sort order was sometimes the district analyst's (ids are random per run).
    const own = new Set(
      (await app.sql<{ id: string }>(`select id from app_user where username in ('analyst', 'district-analyst')`)).map(
        (u) => u.id,
      ),
    );
    const some = new Map<string, string>();
    for (const [r, ids] of await visibleIds(app, { all: true })) {
      const pick = [...ids].sort().filter((id) => r !== 'User' || !own.has(id));
      if (pick.length) some.set(r, pick[0]);
    }
    cases.push(...otherMutationCases(model, (resource) => some.get(resource)));
    const names = new Set(cases.map((c) => /\{ r: (\w+)/.exec(c.query)![1]));
    const all = Object.keys(model.schema.getMutationType()!.getFields()).filter(
      (n) => !['login', 'logout', 'refresh'].includes(n),
    );
    expect(all.filter((n) => !names.has(n))).toEqual([]);

    tally('mutation cases (x2 analysts)', cases.length);
    const before = await digest(app);
    const out = new Findings();
    await runMutationCases(analyst, cases, out, 'analyst', { expectCode: 'FORBIDDEN', compareWithGhost: false });
    await runMutationCases(districtAnalyst, cases, out, 'district analyst', {
      expectCode: 'FORBIDDEN',
      compareWithGhost: false,
    });
    expect(out.failures).toEqual([]);
    expect(changedTables(before, await digest(app))).toEqual([]);
  });
});

describe('a scan of every analyst response of this file', () => {
  const PATTERNS: [string, RegExp][] = [
    // Neither inside a longer run of letters and digits (a seed or hash of a public notice is hexadecimal).
    ['ID number', /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g],
    ['masked ID number', /\*{14}[\dXx]{4}/g],
    // (A UUID's last group can hold 11 digits in a row.)
    ['mobile number', /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g],
    ['masked mobile number', /1\d\d\*{4}\d{4}/g],
  ];

  /** Every ID-number or mobile pattern, and every personal value stored in the database, found in `text`. */
  async function scan(text: string): Promise<string[]> {
    const hits: string[] = [];
    for (const [what, re] of PATTERNS) for (const m of text.match(re) ?? []) hits.push(`${what}: ${m}`);
    const people = await app.sql<{
      name: string;
      employer: string | null;
      notes: string | null;
      birth_date: string | null;
    }>(`select name, employer, notes, to_char(birth_date, 'YYYY-MM-DD') as birth_date from beneficiary`);
    const summaries = await app.sql<{ summary: string }>(
      `select summary from service_record where summary is not null`,
    );
    expect(people.length).toBeGreaterThan(60);
    const values = new Set<string | null>([
      ...people.flatMap((p) => [p.name, p.employer, p.notes, p.birth_date]),
      ...summaries.map((s) => s.summary),
    ]);
    for (const v of values) if (v && text.includes(v)) hits.push(`personal value: ${v}`);
    return hits;
  }

  it('would find them in what staff see (the scan works)', async () => {
    const staff: GqlResponse<unknown>[] = [await app.gql(StaffReadsPeopleForScanDocument)];
    const kinds = ['masked ID number', 'masked mobile number', 'personal value'];
    if (model.otherMutations.some((m) => m.name === 'revealPersonalInfo')) {
      for (const field of ['phone', 'idNumber'] as const) {
        staff.push(
          await app.gql(ScopeRevealsPersonalInfoDocument, {
            id: world.groups.B.parents[2],
            field,
            reason: '核对身份信息',
          }),
        );
      }
      kinds.push('mobile number', 'ID number');
    }
    const hits = await scan(JSON.stringify(staff));
    for (const what of kinds) expect([what, hits.some((h) => h.startsWith(`${what}:`))]).toEqual([what, true]);
  });

  it('finds no ID number, no mobile number and no name or other personal value of anyone', async () => {
    expect(bodies.length).toBeGreaterThan(100);
    tally('bodies scanned', bodies.length);
    tally('bytes scanned', bodies.join('').length);
    expect(await scan(bodies.join('\n'))).toEqual([]);
  });
});
