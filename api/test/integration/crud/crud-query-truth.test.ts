/**
 * The generic CRUD queries checked against ground truth computed with hand-written SQL.
 *
 * A deterministic world (support/truth-data.ts) is created through the API's bulk mutations; then
 * many `where` / `search` / `orderBy` / skip-take inputs are generated with a seeded PRNG
 * (support/truth-gen.ts) and the ids the API returns, in order, are compared with those of an
 * independent SQL translation (support/truth-sql.ts, which states the meaning it implements).
 * Cursor connections, to-many relation fields with arguments and the paging rules are checked the
 * same way. A failing generated case is reported with a shrunk query that still fails, the SQL the
 * API ran for it and, when it matches one, the known wrong reading that explains it.
 *
 * To explore further: TRUTH_SEED=n (other generated queries), TRUTH_FACTOR=n (n times as many),
 * TRUTH_DUMP=/tmp/truth.jsonl (the explained failures as JSON lines).
 */
import { appendFileSync } from 'node:fs';
import { Pool } from 'pg';
import { useTestApp } from '../../support/use-app';
import { seedTruthWorld, type TruthWorld } from '../../support/truth-data';
import { loadPools, QueryGen, type Pools } from '../../support/truth-gen';
import { MODELS, sortable, type Model } from '../../support/truth-model';
import { createRng } from '../../support/truth-random';
import { shrink } from '../../support/truth-shrink';
import {
  expectedChildren,
  expectedCount,
  expectedIds,
  limitOf,
  type ListQuery,
  type SqlOptions,
  type Where,
} from '../../support/truth-sql';

/** The ORM's query log is coloured. */
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

const SEED = 20260501;
/** Requests (and ground-truth queries) in flight at once. */
const CONCURRENCY = 6;

let world: TruthWorld;
let pools: Pools;
/** Ground-truth SQL through a pool of its own, so that cases can run a few at a time. */
let pg: Pool;
const sql = async <R>(text: string, params?: unknown[]): Promise<R[]> => (await pg.query(text, params)).rows as R[];

// Before useTestApp's own afterAll (hooks run in the order declared): the pool ends before the test
// database is dropped, which would otherwise end its idle connections under it (an unhandled error).
afterAll(async () => {
  await pg?.end();
});
const { app } = useTestApp();
beforeAll(async () => {
  pg = new Pool({ connectionString: app.orm.config.get('clientUrl'), max: CONCURRENCY });
  world = await seedTruthWorld(app, SEED);
  pools = await loadPools(sql);
}, 60_000);
/** fn over items, at most CONCURRENCY at a time, results in order. */
async function mapLimit<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return out;
}

/** How many generated cases ran, and how many of them soft-deleted rows changed (see the last test). */
const tally = { generated: 0, deletedMattered: 0 };

const listDoc = (
  m: Model,
) => `query ($where: ${m.name}Where, $search: String, $orderBy: [${m.name}OrderBy!], $skip: Int, $take: Int) {
  rows: ${m.plural}(where: $where, search: $search, orderBy: $orderBy, skip: $skip, take: $take) { id }
  count: ${m.plural}Count(where: $where, search: $search)
}`;

interface Mismatch {
  model: string;
  query: ListQuery;
  problem: string;
  cause?: string;
  expected?: unknown;
  actual?: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diff(expected: string[], actual: string[]) {
  const e = new Set(expected);
  const a = new Set(actual);
  return { missing: expected.filter((id) => !a.has(id)), extra: actual.filter((id) => !e.has(id)) };
}

/** Every row the API lists for the query, page by page (take is capped at 100). */
async function apiAll(m: Model, q: ListQuery): Promise<string[]> {
  const out: string[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await app.ok<{ rows: { id: string }[] }>(listDoc(m), { ...q, skip, take: 100 });
    out.push(...res.rows.map((r) => r.id));
    if (res.rows.length < 100) return out;
  }
}

/** Wrong readings a failure may match, to label it with its probable cause (the test still fails). */
const KNOWN_WRONG: [string, SqlOptions][] = [
  ['three-valued NOT / every: a NULL operand makes the row match neither w nor NOT w', { threeValued: true }],
  [
    'to-one filter as a JOIN: a missing or soft-deleted optional related row reads as a row of NULLs (LEFT JOIN); ' +
      'a soft-deleted required one drops the row whatever the rest of the filter says (INNER JOIN)',
    { nullRow: true },
  ],
  ['three-valued logic and the JOIN readings together', { threeValued: true, nullRow: true }],
];

/** One list + count request compared with SQL; an empty array when the API is right. */
async function checkList(m: Model, q: ListQuery, classify = true): Promise<Mismatch[]> {
  const res = await app.gql<{ rows: { id: string }[]; count: number }>(listDoc(m), { ...q });
  if (res.errors?.length) return [{ model: m.name, query: q, problem: 'error', actual: res.errors }];
  const limit = limitOf(q.take);
  const [ids, count] = await Promise.all([expectedIds(sql, m, q, limit), expectedCount(sql, m, q)]);
  const actual = res.data!.rows.map((r) => r.id);
  const rowsOk = same(actual, ids);
  const countOk = res.data!.count === count;
  if (rowsOk && countOk) return [];
  if (!classify) return [{ model: m.name, query: q, problem: 'any' }];
  let cause = 'unexplained';
  for (const [label, opts] of KNOWN_WRONG) {
    const [i, n] = await Promise.all([expectedIds(sql, m, q, limit, opts), expectedCount(sql, m, q, opts)]);
    if (same(i, actual) && n === res.data!.count) {
      cause = label;
      break;
    }
  }
  if (cause === 'unexplained' && !countOk && (await apiAll(m, q)).length !== res.data!.count) {
    cause = 'xCount disagrees with the rows the API itself lists';
  }
  const out: Mismatch[] = [];
  if (!rowsOk) {
    const d = diff(ids, actual);
    const setOk = !d.missing.length && !d.extra.length;
    out.push({
      model: m.name,
      query: q,
      problem: setOk ? 'order' : 'rows',
      cause,
      expected: setOk
        ? ids.slice(0, 8)
        : { count: ids.length, missing: d.missing.slice(0, 5), missingCount: d.missing.length },
      actual: setOk
        ? actual.slice(0, 8)
        : { count: actual.length, extra: d.extra.slice(0, 5), extraCount: d.extra.length },
    });
  }
  if (!countOk)
    out.push({ model: m.name, query: q, problem: 'count', cause, expected: count, actual: res.data!.count });
  return out;
}

/**
 * A readable account of failures: per cause, how many, and one example shrunk to a small query
 * that still fails, with the SQL the API ran for it.
 */
async function explain(m: Model, failures: Mismatch[]) {
  const byCause = new Map<string, Mismatch[]>();
  for (const f of failures) byCause.set(f.cause ?? '', [...(byCause.get(f.cause ?? '') ?? []), f]);
  const groups = [...byCause];
  // Shrinking runs in parallel (one per cause); the API's SQL is then captured one query at a time.
  const minimals = await Promise.all(
    groups.map(([, list]) => shrink(list[0].query, async (q) => (await checkList(m, q, false)).length > 0, 60)),
  );
  const out = [];
  for (const [i, [cause, list]] of groups.entries()) {
    const minimal = minimals[i];
    app.resetStatements();
    await app.gql(listDoc(m), { ...minimal });
    const apiSql = app.statements
      .map((s) => s.replace(ANSI_COLOURS, '').replace(/^\[query\] /, ''))
      .filter((s) => !s.includes('from "app_user"')); // the caller, resolved once per request
    const [again] = await checkList(m, minimal);
    out.push({
      model: m.name,
      cause,
      failures: list.length,
      minimal,
      minimalProblem: again && {
        problem: again.problem,
        cause: again.cause,
        expected: again.expected,
        actual: again.actual,
      },
      apiSql,
      original: list[0].query,
    });
  }
  // TRUTH_DUMP=/some/file.jsonl: the explained failures, one JSON line each (for investigating).
  if (process.env.TRUTH_DUMP) for (const o of out) appendFileSync(process.env.TRUTH_DUMP, JSON.stringify(o) + '\n');
  return out;
}

async function checkAll(m: Model, queries: ListQuery[]) {
  const failures = (await mapLimit(queries, (q) => checkList(m, q))).flat();
  return explain(m, failures);
}

const ids = async (text: string, params?: unknown[]) => (await sql<{ id: string }>(text, params)).map((r) => r.id);
const liveCount = async (table: string) =>
  (await sql<{ n: number }>(`select count(*)::int as n from ${table} where deleted_at is null`))[0].n;

// ---------------------------------------------------------------------------------------------

/** [model, generated cases, nesting depth of the generated where]: 470 list + count requests in all. */
const GENERATED: [string, number, number][] = [
  ['Organization', 70, 3],
  ['ServiceProject', 70, 3],
  ['ServiceClass', 90, 3],
  ['Venue', 40, 2],
  ['Beneficiary', 60, 3],
  ['Enrollment', 50, 3],
  ['SocialGroup', 20, 2],
  ['ApplicationRound', 20, 2],
  ['Application', 30, 3],
  ['RoundObjection', 20, 3],
];

describe('generated where / search / orderBy / skip / take: ids in order and xCount equal SQL', () => {
  for (const [name, cases, depth] of GENERATED) {
    it(`${name}: ${cases} generated list + count requests`, async () => {
      const m = MODELS[name];
      const extraSeed = Number(process.env.TRUTH_SEED ?? 0);
      const gen = new QueryGen(createRng(SEED + name.length * 7919 + cases + extraSeed), pools);
      const queries = Array.from({ length: cases * Number(process.env.TRUTH_FACTOR ?? 1) }, () => gen.list(m, depth));
      await mapLimit(queries, async (q) => {
        const [visible, all] = await Promise.all([
          expectedCount(sql, m, q),
          expectedCount(sql, m, q, { includeDeleted: true }),
        ]);
        tally.generated++;
        if (visible !== all) tally.deletedMattered++;
      });
      expect(await checkAll(m, queries)).toEqual([]);
    });
  }
});

describe('where semantics, one rule at a time', () => {
  it('contains, startsWith and search are case-insensitive and take %, _ and \\ literally', async () => {
    const tokens = ['%', '_', '\\', '100%', 'A_B', 'a\\b', 'aBc', 'x%y_z\\w', '%开', 'off club'];
    const fields: [string, string[]][] = [
      ['Organization', ['name', 'shortName']],
      ['ServiceProject', ['name', 'brand']],
      ['ServiceClass', ['name']],
      ['Beneficiary', ['name', 'employer']],
      ['Venue', ['name']],
    ];
    const failures = [];
    for (const [name, keys] of fields) {
      const m = MODELS[name];
      const queries: ListQuery[] = tokens.flatMap((t) => [
        ...keys.flatMap((k) => [{ where: { [k]: { contains: t } } }, { where: { [k]: { startsWith: t } } }]),
        { search: t },
        { search: `  ${t.toUpperCase()}  ` },
      ]);
      failures.push(
        ...(await checkAll(
          m,
          queries.map((q) => ({ ...q, take: 100 })),
        )),
      );
    }
    expect(failures).toEqual([]);
    // The data makes escaping matter: `%` and `_` are in some names, not all.
    const [{ pct, under, all }] = await sql<{ pct: number; under: number; all: number }>(
      `select count(*) filter (where strpos(name, '%') > 0)::int as pct, count(*) filter (where strpos(name, '_') > 0)::int as under,
              count(*)::int as all from organization where deleted_at is null`,
    );
    expect(pct).toBeGreaterThan(0);
    expect(under).toBeGreaterThan(0);
    expect(pct + under).toBeLessThan(all);
  });

  it('empty lists: in [] and OR [] match nothing; notIn [], hasEvery [] and AND [] match everything; hasSome [] nothing', async () => {
    const m = MODELS.ServiceClass;
    const queries: ListQuery[] = [
      { where: { name: { in: [] } } },
      { where: { venueId: { in: [] } } },
      { where: { name: { notIn: [] } } },
      { where: { venueId: { notIn: [] } } },
      { where: { weekdays: { hasSome: [] } } },
      { where: { weekdays: { hasEvery: [] } } },
      { where: { OR: [] } },
      { where: { AND: [] } },
      { where: { status: { in: [] } } },
    ].map((q) => ({ ...q, take: 100 }));
    expect(await checkAll(m, queries)).toEqual([]);
  });

  it('array filters: hasSome, hasEvery and isEmpty (true: empty arrays; false: non-empty ones)', async () => {
    const cases: [string, string, unknown[]][] = [
      ['ServiceClass', 'weekdays', [6, 7]],
      ['ServiceProject', 'targetCategories', ['CHILD', 'WORKER']],
      ['Beneficiary', 'categories', ['CHILD', 'ELDERLY']],
    ];
    const failures = [];
    for (const [name, key, values] of cases) {
      const [{ empty }] = await sql<{ empty: number }>(
        `select count(*)::int as empty from ${MODELS[name].table} where deleted_at is null and cardinality(${MODELS[name].fields[key].column}) = 0`,
      );
      expect(empty).toBeGreaterThan(0); // the data has empty arrays
      const queries: ListQuery[] = [
        { where: { [key]: { isEmpty: true } } },
        { where: { [key]: { isEmpty: false } } },
        { where: { [key]: { hasSome: values } } },
        { where: { [key]: { hasEvery: values } } },
        { where: { [key]: { hasSome: values.slice(0, 1), isEmpty: false } } },
      ];
      failures.push(
        ...(await checkAll(
          MODELS[name],
          queries.map((q) => ({ ...q, take: 100 })),
        )),
      );
    }
    expect(failures).toEqual([]);
  });

  it('NOT w is exactly the rows that do not match w, rows whose value is NULL included', async () => {
    const venue = (await ids('select venue_id as id from service_class where venue_id is not null limit 1'))[0];
    const applicant = (
      await ids('select applicant_id as id from enrollment where applicant_id is not null limit 1')
    )[0];
    const cases: [string, Where][] = [
      ['ServiceClass', { maxAgeMonths: { equals: 84 } }],
      ['ServiceClass', { minAgeMonths: { lt: 36 } }],
      ['ServiceClass', { venueId: { in: [venue] } }],
      ['ServiceProject', { edition: { gt: 1 } }],
      ['ServiceProject', { brand: { startsWith: 'Sun' } }],
      ['Organization', { shortName: { contains: '工会' } }],
      ['Organization', { regionCode: { equals: '530102' } }],
      ['Enrollment', { applicantId: { in: [applicant] } }],
      ['Beneficiary', { birthDate: { gte: '1990-01-01' } }],
      ['Venue', { capacity: { notIn: [40] } }],
    ];
    const failures = [];
    for (const [name, w] of cases) {
      const m = MODELS[name];
      failures.push(...(await checkAll(m, [{ where: { NOT: w }, take: 100 }])));
      // The complement law, stated on the API alone.
      const res = await app.ok<{ a: number; b: number; all: number }>(
        `query ($w: ${name}Where) { a: ${m.plural}Count(where: $w) b: ${m.plural}Count(where: { NOT: $w }) all: ${m.plural}Count }`,
        { w },
      );
      if (res.a + res.b !== res.all)
        failures.push({ model: name, where: w, law: 'count(w) + count(NOT w) = count()', ...res });
    }
    expect(failures).toEqual([]);
  });

  it('some / none / every look at live children only', async () => {
    const cases: [string, Where][] = [
      ['ServiceProject', { classes: { every: { status: { in: ['OPEN', 'CLOSED'] } } } }],
      ['ServiceProject', { classes: { some: { status: { equals: 'CANCELLED' } } } }],
      ['ServiceProject', { classes: { none: { status: { equals: 'CANCELLED' } } } }],
      ['ServiceProject', { classes: { every: { capacity: { gte: 10 } } } }],
      ['ServiceProject', { classes: { none: {} } }],
      ['ServiceProject', { classes: { some: {} } }],
      ['Organization', { children: { every: { level: { in: ['COMMUNITY'] } } } }],
      ['Organization', { children: { none: {} } }],
      ['Organization', { sponsoredProjects: { some: {}, every: { category: { notIn: ['OTHER'] } } } }],
      ['Organization', { sponsoredProjects: { none: {} } }],
      ['Venue', { classes: { every: { status: { equals: 'OPEN' } } } }],
      ['Venue', { classes: { none: {} } }],
      ['Beneficiary', { enrollments: { every: { status: { equals: 'ENROLLED' } } } }],
      ['Beneficiary', { enrollments: { some: { status: { in: ['WITHDRAWN'] } } } }],
      ['ServiceClass', { enrollments: { every: { status: { in: ['ENROLLED', 'WAITLISTED'] } } } }],
      ['SocialGroup', { operatedProjects: { none: {} } }],
    ];
    const failures = [];
    let deletedMattered = 0;
    for (const [name, w] of cases) {
      const m = MODELS[name];
      const q = { where: w, take: 100 };
      failures.push(...(await checkAll(m, [q])));
      const withDeleted = await expectedIds(sql, m, q, 100, { includeDeleted: true });
      if (!same(withDeleted, await expectedIds(sql, m, q, 100))) deletedMattered++;
    }
    expect(failures).toEqual([]);
    expect(deletedMattered).toBeGreaterThanOrEqual(8); // the data has deleted children that change the answer
  });

  it('every: a child whose value is NULL, or whose related row is missing, does not match', async () => {
    const at = (await sql<{ t: Date }>(`select max(withdrawn_at) as t from enrollment`))[0].t.toISOString();
    const cases: [string, Where][] = [
      ['Organization', { sponsoredProjects: { every: { brand: { contains: 'Sun' } } } }],
      ['Organization', { sponsoredProjects: { every: { edition: { gte: 1 } } } }],
      ['ServiceProject', { classes: { every: { maxAgeMonths: { gte: 0 } } } }],
      ['ServiceClass', { enrollments: { every: { withdrawnAt: { lte: at } } } }],
      ['ServiceClass', { enrollments: { every: { applicant: { gender: { in: ['MALE', 'FEMALE'] } } } } }],
      ['Venue', { classes: { every: { venue: { kind: { notIn: ['OTHER'] } }, minAgeMonths: { gte: 0 } } } }],
    ];
    const failures = [];
    for (const [name, w] of cases) failures.push(...(await checkAll(MODELS[name], [{ where: w, take: 100 }])));
    expect(failures).toEqual([]);
  });

  it('a to-one filter matches only rows whose related row exists and is live', async () => {
    const cases: [string, Where][] = [
      // No venue has a NULL name: no class can match, least of all those without a venue.
      ['ServiceClass', { venue: { name: { isNull: true } } }],
      ['ServiceClass', { venue: { capacity: { isNull: true } } }],
      ['ServiceClass', { venue: { NOT: { kind: { equals: 'OTHER' } } } }],
      ['ServiceProject', { parent: { name: { isNull: true } } }],
      ['ServiceProject', { operator: { grade: { isNull: true } } }],
      ['ServiceProject', { parent: { sponsor: { NOT: { level: { isNull: false } } } } }],
      ['Venue', { owner: { shortName: { isNull: true } } }],
      // Some people's home community is soft-deleted: it must not be seen, not even as NULLs.
      ['Beneficiary', { homeCommunity: { name: { isNull: true } } }],
      ['Beneficiary', { homeCommunity: { shortName: { isNull: true } } }],
      ['Enrollment', { applicant: { birthDate: { isNull: true } } }],
    ];
    const failures = [];
    for (const [name, w] of cases) failures.push(...(await checkAll(MODELS[name], [{ where: w, take: 100 }])));
    expect(failures).toEqual([]);
  });

  it('a row whose required related row is soft-deleted still matches OR alternatives and NOT', async () => {
    const [b] = await ids(
      `select b.id from beneficiary b join organization o on o.id = b.registered_by_id
        where b.deleted_at is null and o.deleted_at is not null order by b.id limit 1`,
    );
    expect(b).toBeDefined();
    const m = MODELS.Beneficiary;
    const queries: ListQuery[] = [
      { where: { OR: [{ registeredBy: { level: { equals: 'CITY' } } }, { id: { equals: b } }] } },
      { where: { NOT: { registeredBy: { level: { equals: 'CITY' } } } } },
      { where: { OR: [{ registeredBy: { name: { contains: '工会' } } }, { gender: { in: ['MALE', 'FEMALE'] } }] } },
    ].map((q) => ({ ...q, take: 100 }));
    expect(await checkAll(m, queries)).toEqual([]);
  });

  it('xCount counts what the list lists when a to-many filter sits inside a to-one filter', async () => {
    const cases: [string, Where][] = [
      // Alone under the to-one filter, the to-many filter is counted right ...
      ['ServiceClass', { project: { classes: { some: { status: { equals: 'CLOSED' } } } } }],
      ['ServiceClass', { project: { sponsor: { children: { some: {} } } } }],
      ['Organization', { parent: { children: { some: { level: { equals: 'COMMUNITY' } } } } }],
      // ... next to another condition, or under NOT / OR, it is not.
      [
        'ServiceClass',
        { project: { status: { notIn: ['DRAFT'] }, classes: { some: { status: { equals: 'CLOSED' } } } } },
      ],
      ['ServiceClass', { project: { NOT: { classes: { none: { status: { equals: 'CLOSED' } } } } } }],
      ['ServiceClass', { project: { OR: [{ classes: { none: { status: { equals: 'CLOSED' } } } }] } }],
      ['Organization', { parent: { children: { some: {}, none: { level: { equals: 'GRASSROOTS' } } } } }],
      [
        'Enrollment',
        { serviceClass: { capacity: { gte: 1 }, enrollments: { some: { status: { equals: 'WITHDRAWN' } } } } },
      ],
      ['Venue', { owner: { kind: { notIn: ['OTHER'] }, sponsoredProjects: { some: {} } } }],
    ];
    const failures = [];
    for (const [name, w] of cases) {
      const m = MODELS[name];
      failures.push(...(await checkAll(m, [{ where: w, take: 100 }])));
      const [listed, res] = await Promise.all([
        apiAll(m, { where: w }),
        app.ok<{ n: number }>(`query ($w: ${name}Where) { n: ${m.plural}Count(where: $w) }`, { w }),
      ]);
      if (listed.length !== res.n) failures.push({ model: name, where: w, listed: listed.length, counted: res.n });
    }
    expect(failures).toEqual([]);
  });

  it('id inside a to-many filter is the child id, also under NOT and in every', async () => {
    const [e] = await sql<{ id: string; beneficiary_id: string; class_id: string }>(
      `select e.id, e.beneficiary_id, e.class_id from enrollment e where e.deleted_at is null
         and (select count(*) from enrollment x where x.class_id = e.class_id and x.deleted_at is null) >= 2 order by e.id limit 1`,
    );
    const classmates = await ids('select id from enrollment where class_id = $1 and deleted_at is null', [e.class_id]);
    const cases: [string, Where][] = [
      ['Beneficiary', { enrollments: { some: { id: { equals: e.id } } } }],
      ['Beneficiary', { enrollments: { some: { NOT: { id: { equals: e.id } } } } }],
      ['ServiceClass', { enrollments: { every: { id: { notIn: [e.id] } } } }],
      ['ServiceClass', { enrollments: { every: { id: { in: classmates } } } }],
      ['ServiceClass', { enrollments: { none: { NOT: { id: { in: classmates } } } } }],
    ];
    const failures = [];
    for (const [name, w] of cases) failures.push(...(await checkAll(MODELS[name], [{ where: w, take: 100 }])));
    expect(failures).toEqual([]);
  });
});

describe('ordering', () => {
  it('every sortable field of every resource, ascending and descending, then id', async () => {
    const failures = [];
    let cases = 0;
    for (const m of Object.values(MODELS)) {
      const live = await liveCount(m.table);
      const queries: ListQuery[] = [
        {},
        ...sortable(m).flatMap((k) => (['ASC', 'DESC'] as const).map((d) => ({ orderBy: [{ [k]: d }] }))),
      ].flatMap((q) =>
        live > 100
          ? [
              { ...q, take: 100 },
              { ...q, skip: 100, take: 100 },
            ]
          : [{ ...q, take: 100 }],
      );
      cases += queries.length;
      failures.push(...(await checkAll(m, queries)));
    }
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(150);
  });

  it('NULLs come last ascending and first descending (PostgreSQL default), as the SQL mirror assumes', async () => {
    for (const [dir, nullsFirst] of [
      ['ASC', false],
      ['DESC', true],
    ] as const) {
      const res = await app.ok<{ serviceProjects: { edition: number | null }[] }>(
        `query ($o: [ServiceProjectOrderBy!]) { serviceProjects(orderBy: $o, take: 100) { edition } }`,
        { o: [{ edition: dir }] },
      );
      const editions = res.serviceProjects.map((p) => p.edition);
      const firstNull = editions.indexOf(null);
      const lastNull = editions.lastIndexOf(null);
      expect(firstNull).toBeGreaterThanOrEqual(0);
      if (nullsFirst) expect(editions.slice(0, lastNull + 1).every((e) => e === null)).toBe(true);
      else expect(editions.slice(firstNull).every((e) => e === null)).toBe(true);
    }
  });

  it('an orderBy element with no field or two fields is refused', async () => {
    for (const orderBy of [[{}], [{ name: 'ASC', capacity: 'DESC' }]]) {
      const res = await app.gql(`query ($o: [ServiceClassOrderBy!]) { serviceClasses(orderBy: $o) { id } }`, {
        o: orderBy,
      });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('paging', () => {
  it('take defaults to 25 and goes up to 100; a skip past the end gives []', async () => {
    const m = MODELS.ServiceClass;
    const live = await liveCount('service_class');
    expect(live).toBeGreaterThan(100);
    const queries: ListQuery[] = [
      {},
      { take: 100 },
      { take: 1 },
      { skip: live },
      { skip: live - 3, take: 10 },
      { skip: 99, take: 5 },
    ];
    expect(await checkAll(m, queries)).toEqual([]);
    const res = await app.ok<{ a: unknown[]; b: unknown[] }>(
      `{ a: serviceClasses { id } b: serviceClasses(take: 100) { id } }`,
    );
    expect([res.a.length, res.b.length]).toEqual([25, 100]);
  });

  it('a negative skip, a take or first outside 1…100, a search where nothing is searchable, or a malformed cursor, is BAD_USER_INPUT', async () => {
    const project = (await ids('select id from service_project where deleted_at is null limit 1'))[0];
    const bad = [
      `{ serviceClasses(skip: -1) { id } }`,
      `{ serviceClasses(take: -1) { id } }`,
      // Nothing is cut silently: a client that asked for 500 rows must not take the first 100 for all.
      `{ serviceClasses(take: 0) { id } }`,
      `{ serviceClasses(take: 101) { id } }`,
      `{ a: serviceClasses(take: 2) { id } b: serviceClasses(take: 1000) { id } }`,
      `{ serviceClassesConnection(first: 101) { nodes { id } } }`,
      `{ serviceClassesConnection(first: 0) { nodes { id } } }`,
      `{ serviceProject(id: "${project}") { classes(take: 0) { id } } }`,
      `{ serviceProject(id: "${project}") { classes(take: 500) { id } } }`,
      // A list without searchable fields refuses a search instead of answering every row.
      `{ enrollments(search: "张") { id } }`,
      `{ enrollmentsCount(search: "张") }`,
      `{ enrollmentsConnection(search: "张") { nodes { id } } }`,
      `{ organizations(skip: -5, take: -5) { id } }`,
      `{ serviceClassesConnection(first: -1) { nodes { id } } }`,
      `{ serviceClassesConnection(after: "bm90IGEgY3Vyc29y") { nodes { id } } }`,
      `{ serviceProject(id: "${project}") { classes(take: -1) { id } } }`,
      `{ serviceProject(id: "${project}") { classes(skip: -1) { id } } }`,
    ];
    for (const q of bad) {
      const res = await app.gql(q);
      expect({ q, code: res.errors?.[0]?.extensions?.code }).toEqual({ q, code: 'BAD_USER_INPUT' });
    }
  });
});

describe('cursor connections', () => {
  const connDoc = (
    m: Model,
    withCount: boolean,
  ) => `query ($where: ${m.name}Where, $search: String, $orderBy: [${m.name}OrderBy!], $first: Int, $after: String) {
    c: ${m.plural}Connection(where: $where, search: $search, orderBy: $orderBy, first: $first, after: $after) {
      edges { cursor node { id } }
      nodes { id }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      ${withCount ? 'totalCount' : ''}
    }
  }`;
  type Page = {
    c: {
      edges: { cursor: string; node: { id: string } }[];
      nodes: { id: string }[];
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
      totalCount?: number;
    };
  };

  it('walks every row exactly once, in order, with consistent pageInfo; totalCount costs a statement only when selected', async () => {
    const gen = new QueryGen(createRng(SEED + 1), pools, true);
    const failures = [];
    let walks = 0;
    for (const m of Object.values(MODELS)) {
      for (let i = 0; i < 5; i++) {
        const q = {
          where: gen.rng.chance(0.7) ? gen.where(m, 1) : undefined,
          search: gen.search(m),
          orderBy: gen.orderBy(m),
        };
        const first = gen.rng.pick([1, 3, 7, 25, 40, 100]);
        const expected = await expectedIds(sql, m, q, null);
        const total = await expectedCount(sql, m, q);
        const seen: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 500; page++) {
          const withCount = page % 2 === 0;
          app.resetStatements();
          const res: Page = await app.ok<Page>(connDoc(m, withCount), { ...q, first, after });
          const counts = app.statements.filter((s) => /select count\(/i.test(s)).length;
          const c = res.c;
          const pageIds = c.edges.map((e) => e.node.id);
          const problems: string[] = [];
          if (
            !same(
              pageIds,
              c.nodes.map((n) => n.id),
            )
          )
            problems.push('edges and nodes differ');
          if (pageIds.length > first) problems.push(`page larger than first (${pageIds.length})`);
          if (!same(pageIds, expected.slice(seen.length, seen.length + first))) problems.push('page rows');
          if (c.pageInfo.hasPreviousPage !== seen.length > 0) problems.push('hasPreviousPage');
          if (c.pageInfo.hasNextPage !== seen.length + pageIds.length < expected.length) problems.push('hasNextPage');
          if (c.pageInfo.startCursor !== (c.edges[0]?.cursor ?? null)) problems.push('startCursor');
          if (c.pageInfo.endCursor !== (c.edges.at(-1)?.cursor ?? null)) problems.push('endCursor');
          if (withCount && c.totalCount !== total) problems.push(`totalCount ${c.totalCount} ≠ ${total}`);
          if (counts !== (withCount ? 1 : 0)) problems.push(`${counts} count statements`);
          if (problems.length) failures.push({ model: m.name, q, first, after, problems });
          seen.push(...pageIds);
          if (!c.pageInfo.hasNextPage || problems.length) break;
          after = c.pageInfo.endCursor;
        }
        if (!failures.length && !same(seen, expected)) failures.push({ model: m.name, q, first, problem: 'walk' });
        walks++;
      }
    }
    expect(failures).toEqual([]);
    expect(walks).toBe(5 * Object.keys(MODELS).length);
    expect(walks).toBeGreaterThanOrEqual(50);
  });
});

describe('to-many relation fields with where / orderBy / skip / take, and their counts', () => {
  const RELATIONS: [string, string][] = [
    ['Organization', 'children'],
    ['Organization', 'sponsoredProjects'],
    ['Organization', 'venues'],
    ['ServiceProject', 'classes'],
    ['ServiceProject', 'subProjects'],
    ['ServiceClass', 'enrollments'],
    ['Venue', 'classes'],
    ['Beneficiary', 'enrollments'],
    ['SocialGroup', 'operatedProjects'],
    ['ApplicationRound', 'applications'],
  ];

  it('match SQL per parent, two differently-argued selections in one request included', async () => {
    const gen = new QueryGen(createRng(SEED + 2), pools, true);
    const cases = RELATIONS.flatMap(([parentName, rel]) => {
      const child = MODELS[MODELS[parentName].toMany[rel].target];
      return Array.from({ length: 6 }, () => ({
        parentName,
        rel,
        a: { where: gen.where(child, 1), orderBy: gen.orderBy(child), ...gen.paging() },
        b: { orderBy: gen.orderBy(child), take: gen.rng.pick([1, 3, undefined]) },
      }));
    });
    type Parent = { id: string; a: { id: string }[]; aCount: number; b: { id: string }[]; bCount: number };
    const failures = await mapLimit(cases, async ({ parentName, rel, a, b }) => {
      const parent = MODELS[parentName];
      const child = MODELS[parent.toMany[rel].target];
      const doc = `query ($skip: Int, $wa: ${child.name}Where, $oa: [${child.name}OrderBy!], $sa: Int, $ta: Int, $ob: [${child.name}OrderBy!], $tb: Int) {
        parents: ${parent.plural}(skip: $skip, take: 100) {
          id
          a: ${rel}(where: $wa, orderBy: $oa, skip: $sa, take: $ta) { id }
          aCount: ${rel}Count(where: $wa)
          b: ${rel}(orderBy: $ob, take: $tb) { id }
          bCount: ${rel}Count
        }
      }`;
      const rows: Parent[] = [];
      for (let skip = 0; ; skip += 100) {
        const vars = { skip, wa: a.where, oa: a.orderBy, sa: a.skip, ta: a.take, ob: b.orderBy, tb: b.take };
        const res = await app.ok<{ parents: Parent[] }>(doc, vars);
        rows.push(...res.parents);
        if (res.parents.length < 100) break;
      }
      const parentIds = rows.map((r) => r.id);
      const [ea, eb, live] = await Promise.all([
        expectedChildren(sql, parent, rel, parentIds, a),
        expectedChildren(sql, parent, rel, parentIds, b),
        liveCount(parent.table),
      ]);
      const out: unknown[] = parentIds.length === live ? [] : [{ parentName, problem: 'parents', live }];
      for (const r of rows) {
        const got = { a: r.a.map((x) => x.id), aCount: r.aCount, b: r.b.map((x) => x.id), bCount: r.bCount };
        const [wa, wb] = [ea.get(r.id)!, eb.get(r.id)!];
        const want = { a: wa.ids, aCount: wa.count, b: wb.ids, bCount: wb.count };
        if (!same(got, want)) out.push({ parent: parentName, rel, parentId: r.id, a, b, got, want });
      }
      return out;
    });
    expect(failures.flat().slice(0, 5)).toEqual([]);
    expect(cases.length).toBe(60);
  });

  it('xCount on a relation field takes any where its list takes, relation filters included', async () => {
    const cases: [string, string, Where][] = [
      ['ServiceProject', 'classes', { venue: { name: { contains: 'a' } } }],
      ['ServiceProject', 'classes', { enrollments: { some: {} } }],
      // A to-one filter on the relation that leads back to the parent.
      ['ServiceProject', 'classes', { project: { status: { notIn: ['DRAFT'] } } }],
      ['Venue', 'classes', { venue: { kind: { notIn: ['OTHER'] } } }],
      ['Organization', 'children', { parent: { level: { in: ['CITY', 'DISTRICT'] } } }],
      ['Beneficiary', 'enrollments', { beneficiary: { gender: { equals: 'FEMALE' } } }],
    ];
    const failures = [];
    for (const [parentName, rel, w] of cases) {
      const parent = MODELS[parentName];
      const child = MODELS[parent.toMany[rel].target];
      const res = await app.gql<{ p: { id: string; list: { id: string }[]; n: number }[] }>(
        `query ($w: ${child.name}Where) { p: ${parent.plural}(take: 100) { id list: ${rel}(where: $w, take: 100) { id } n: ${rel}Count(where: $w) } }`,
        { w },
      );
      if (res.errors?.length) {
        failures.push({
          relation: `${parentName}.${rel}`,
          where: w,
          error: res.errors[0].extensions?.code,
          path: res.errors[0].path,
        });
        continue;
      }
      const want = await expectedChildren(
        sql,
        parent,
        rel,
        res.data!.p.map((p) => p.id),
        { where: w, take: 100 },
      );
      for (const p of res.data!.p) {
        const got = { ids: p.list.map((c) => c.id), count: p.n };
        if (!same(got, want.get(p.id)))
          failures.push({ relation: `${parentName}.${rel}`, where: w, parent: p.id, got, want: want.get(p.id) });
      }
    }
    expect(failures).toEqual([]);
  });

  it('to-one relation objects are null when the related row is soft-deleted or absent; the xId keeps the value', async () => {
    type B = {
      id: string;
      registeredById: string;
      registeredBy: { id: string } | null;
      homeCommunityId: string | null;
      homeCommunity: { id: string } | null;
    };
    const got: B[] = [];
    for (let skip = 0; ; skip += 100) {
      const res = await app.ok<{ beneficiaries: B[] }>(
        `query ($skip: Int) { beneficiaries(skip: $skip, take: 100, orderBy: [{ id: ASC }]) {
          id registeredById registeredBy { id } homeCommunityId homeCommunity { id } } }`,
        { skip },
      );
      got.push(...res.beneficiaries);
      if (res.beneficiaries.length < 100) break;
    }
    const want = await sql<B>(
      `select b.id, b.registered_by_id as "registeredById",
              case when r.deleted_at is null then json_build_object('id', r.id) end as "registeredBy",
              b.home_community_id as "homeCommunityId",
              case when h.id is not null and h.deleted_at is null then json_build_object('id', h.id) end as "homeCommunity"
         from beneficiary b join organization r on r.id = b.registered_by_id left join organization h on h.id = b.home_community_id
        where b.deleted_at is null order by b.id`,
    );
    expect(got).toEqual(want);
    expect(want.some((b) => b.registeredBy === null)).toBe(true);
  });
});

describe('coverage of the generated data', () => {
  it('ran a few hundred generated cases, and soft-deleted rows changed the answer of many', () => {
    if (tally.generated === 0) return; // the generated tests were filtered out (jest -t)
    expect(tally.generated).toBeGreaterThanOrEqual(400);
    expect(tally.deletedMattered).toBeGreaterThan(tally.generated / 20);
    expect(world.deleted.Organization.length).toBeGreaterThan(0);
    // Rounds and applications (issue 22): enough rows, and soft-deleted ones of both.
    expect(world.ids.Application.length).toBeGreaterThan(50);
    expect(world.deleted.ApplicationRound.length).toBeGreaterThan(0);
    expect(world.deleted.Application.length).toBeGreaterThan(world.deleted.ApplicationRound.length);
    // Objections to rounds (issue 22 item 3): enough rows, about an application or none, soft-deleted ones.
    expect(world.ids.RoundObjection.length).toBeGreaterThan(20);
    expect(world.deleted.RoundObjection.length).toBeGreaterThan(0);
  });
});
