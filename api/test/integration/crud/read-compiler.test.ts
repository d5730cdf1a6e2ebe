import { readPathCounts, setReadCompiler } from '../../../src/common/crud/compile/compiled-read';
import { setWholeAnswer, wholeAnswerCounts } from '../../../src/common/crud/compile/whole-answer';
import { buildPartnerWorld, MARKER, type PartnerWorld } from '../../support/scope-world';
import { type GqlResponse } from '../../support/test-app';
import { useTestApp } from '../../support/use-app';

/**
 * The compiled read path (crud/compile) answers exactly what the entity path answers — data, nulls and
 * errors with their paths and codes — for every role, on selections that use what the console and partners
 * use: nested to-one chains, to-many lists with where / orderBy / skip / take, counts, aliases of one field
 * with different arguments, fragments, @include / @skip, personal fields (masked or refused), search and
 * pinyin order, detail look-ups, soft-deleted and out-of-scope related rows. Each document runs with the
 * compiler on and off against the same data, and the compiled run must take fewer statements.
 */
let world: PartnerWorld;
const callers: Record<string, string | null> = {};

const { app } = useTestApp();
beforeAll(async () => {
  world = await buildPartnerWorld(app);
  callers.admin = null;
  callers.district = await app.signIn({ username: 'rc-district', role: 'ORG_STAFF', organizationId: world.district });
  callers.street = await app.signIn({
    username: 'rc-street',
    role: 'ORG_STAFF',
    organizationId: world.groups.A.street,
  });
  callers.partnerA = await app.signIn({ username: 'rc-a', role: 'PARTNER', socialGroupId: world.groups.A.group });
  callers.partnerC = await app.signIn({ username: 'rc-c', role: 'PARTNER', socialGroupId: world.groups.C.group });
  callers.analyst = await app.signIn({ username: 'rc-analyst', role: 'ANALYST', organizationId: world.district });
}, 180_000);
afterAll(async () => {
  setReadCompiler(true);
  setWholeAnswer(true);
});

const PERSON = `fragment Person on Beneficiary { id name gender birthDate idNumber phone categories employer
  registeredBy { name contactName } registeredByGroupId }`;
const DOCUMENTS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  classPage: {
    query: `query ($take: Int) { serviceClasses(take: $take, orderBy: [{ name: ASC }]) { id name capacity enrolledCount
      startsOn dailyStart weekdays feePerDayFen createdAt status
      project { id name budgetFen sponsor { id name } operator { id name } parent { name } }
      venue { id name } enrollments(take: 3) { id status beneficiary { id name idNumber } }
      enrollmentsCount waitlisted: enrollmentsCount(where: { status: { equals: WAITLISTED } }) }
      serviceClassesCount }`,
    variables: { take: 40 },
  },
  aliasesAndFragments: {
    query: `query ($withPeople: Boolean!, $skipVenue: Boolean!) { serviceProjects(orderBy: [{ startsOn: DESC }]) {
      ...P classes(take: 2, orderBy: [{ name: DESC }]) { id name venue @skip(if: $skipVenue) { name } }
      first: classes(take: 1, skip: 1) { id }
      open: classes(where: { status: { equals: OPEN } }) { id ... on ServiceClass { sessionsCount } }
      classesCount
      sub: subProjects { id } } }
      fragment P on ServiceProject { id name sponsorId evaluationSummary { count } rollup { classes }
        classes(take: 2, orderBy: [{ name: DESC }]) { enrollments @include(if: $withPeople) { beneficiary { ...Person } } } }
      ${PERSON}`,
    variables: { withPeople: true, skipVenue: false },
  },
  people: {
    query: `{ beneficiaries(take: 50, orderBy: [{ name: ASC }]) { ...Person guardians { relation guardian { ...Person } }
      wards { ward { name } } enrollments(orderBy: [{ createdAt: ASC }]) { serviceClass { name project { name } } }
      consentsCount } } ${PERSON}`,
  },
  searchAndFilters: {
    query: `query ($q: String) { serviceClasses(search: $q, where: { project: { sponsor: { name: { contains: "街道" } } },
      enrollments: { some: { status: { equals: ENROLLED } } } }) { id name } beneficiaries(search: "欧阳") { id name }
      serviceClassesCount(search: $q) }`,
    variables: { q: MARKER.A },
  },
  detail: {
    query: `query ($id: ID!, $cls: ID!) { serviceProject(id: $id) { id name classes { id name sessions(take: 2) { id date } } }
      serviceClass(id: $cls) { id project { name } } missing: serviceClass(id: "00000000-0000-4000-8000-000000000000") { id }
      bad: serviceClass(id: "nope") { id } }`,
  },
  organizations: {
    query: `{ organizations(orderBy: [{ level: ASC }, { name: ASC }]) { id name level path contactName contactPhone
      parent { name } children { name } childrenCount sponsoredProjects(take: 2) { name } venues { name owner { name } } } }`,
  },
  directory: {
    query: `{ socialGroups { id name creditCode managedBy { name } operatedProjects { name } partnerships { status organization { name } } } }`,
  },
  badNested: {
    query: `{ serviceClasses(take: 2) { id enrollments(take: -1) { id } sessions(orderBy: [{ date: ASC, id: ASC }]) { id } } }`,
  },
  noPeople: {
    query: `{ serviceClasses(take: 30) { name status project { name sponsor { name contactName } } sessionsCount
      sessions(take: 2, orderBy: [{ date: DESC }]) { date startsAt status } } }`,
  },
  connection: {
    query: `{ serviceClassesConnection(first: 7, orderBy: [{ name: DESC }]) { edges { cursor node { id name
      project { name sponsor { name } } enrollments(take: 2) { status beneficiary { name idNumber } } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`,
  },
  auditTrail: { query: `{ auditEvents(take: 20) { id action entityType changedFields detail actor { username } } }` },
};

const settle = () => new Promise((r) => setTimeout(r, 50));
type Answer = { data: unknown; errors: { path?: readonly (string | number)[]; code?: unknown }[] };
const answer = (r: GqlResponse): Answer => ({
  data: r.data ?? null,
  errors: (r.errors ?? [])
    .map((e) => ({ path: e.path, code: e.extensions?.code }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
});

describe('compiled read path', () => {
  it('answers every document exactly as the entity path does, for every caller', async () => {
    const vars = { id: world.groups.A.projects[0], cls: world.groups.B.classes[0] };
    let compared = 0;
    let withData = 0;
    const answeredWhole = new Set<string>();
    for (const [who, token] of Object.entries(callers)) {
      const run = token ? app.as(token) : app;
      for (const [name, doc] of Object.entries(DOCUMENTS)) {
        const variables = { ...vars, ...(doc.variables ?? {}) };
        setReadCompiler(false);
        app.resetStatements();
        const entity = answer(await run.gql(doc.query, variables));
        // An error that nulls a non-null parent answers before sibling loaders finish: let them.
        await settle();
        const entityStatements = app.statements.length;
        setReadCompiler(true);
        const before = readPathCounts.compiled;
        app.resetStatements();
        const compiled = answer(await run.gql(doc.query, variables));
        await settle();
        const compiledStatements = app.statements.length;
        expect({ who, name, ...compiled }).toEqual({ who, name, ...entity });
        if (readPathCounts.compiled > before) {
          expect({ who, name, fewer: compiledStatements <= entityStatements }).toEqual({ who, name, fewer: true });
        }
        // Answered whole (whole-answer.ts) or by graphql-js over the same compiled rows: the same text, key
        // order and serialized values included, and the same errors.
        const whole = wholeAnswerCounts.whole;
        setWholeAnswer(false);
        const executed = await run.gql(doc.query, variables);
        await settle();
        setWholeAnswer(true);
        const again = await run.gql(doc.query, variables);
        await settle();
        if (wholeAnswerCounts.whole > whole) answeredWhole.add(name);
        expect({ who, name, text: JSON.stringify(again.data), errors: answer(again).errors }).toEqual({
          who,
          name,
          text: JSON.stringify(executed.data),
          errors: answer(executed).errors,
        });
        compared++;
        if (JSON.stringify(entity.data).length > 200) withData++;
      }
    }
    expect(compared).toBe(Object.keys(callers).length * Object.keys(DOCUMENTS).length);
    // Selections of plain generic fields are answered whole; computed fields, errors and connections are not.
    expect(Object.keys(DOCUMENTS).filter((name) => !answeredWhole.has(name))).toEqual([
      'aliasesAndFragments',
      'badNested',
      'connection',
    ]);
    // The comparison is not vacuous: most answers carry real rows.
    expect(withData).toBeGreaterThan(compared / 2);
  });

  it('compiles the class page and its count into two statements; masked values and FORBIDDEN stay as they were', async () => {
    const street = app.as(callers.street);
    app.resetStatements();
    const before = readPathCounts.compiled;
    const r = await street.gql<{ serviceClasses: { enrollments: { beneficiary: { idNumber: string } }[] }[] }>(
      DOCUMENTS.classPage.query,
      { take: 40 },
    );
    expect(r.errors).toBeUndefined();
    // The list with all its levels, and its count: two compiled statements; the caller is known already.
    expect(readPathCounts.compiled - before).toBe(2);
    expect(app.statements.length).toBeLessThanOrEqual(2);
    const ids = r.data!.serviceClasses.flatMap((c) => c.enrollments.map((e) => e.beneficiary.idNumber));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => /^\*{14}[0-9X]{4}$/.test(id))).toBe(true);

    const analyst = await app.as(callers.analyst).gql(`{ organizations(take: 3) { name contactName } }`);
    expect(analyst.errors?.map((e) => [e.path?.[2], e.extensions?.code])).toEqual([
      ['contactName', 'FORBIDDEN'],
      ['contactName', 'FORBIDDEN'],
      ['contactName', 'FORBIDDEN'],
    ]);
  });
});
