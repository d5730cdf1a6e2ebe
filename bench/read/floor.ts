import http from 'node:http';
import { Pool } from 'pg';

/**
 * The floor of the read benchmark (bench/read/scenarios.ts): the cheapest way to answer each scenario. No
 * GraphQL at all — POST /graphql takes `{ scenario, variables }` — and one prepared SQL statement per request
 * that builds the canonical answer in PostgreSQL, returned as text and written out without parsing it.
 *
 * DATABASE_URL=postgres://… PORT=4493 TS_NODE_PROJECT=bench/tsconfig.json \
 *   node -r ts-node/register/transpile-only bench/read/floor.ts
 */

type Vars = Record<string, unknown>;

interface Statement {
  text: string;
  values: (v: Vars) => unknown[];
}

/** `createdAt` as Date#toISOString prints it (timestamptz keeps microseconds; both cut them to milliseconds). */
const iso = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** `{ id, name }` of a live row, or null: a correlated sub-query on the primary key. */
const ref = (table: string, key: string) =>
  `(select json_build_object('id', x.id, 'name', x.name) from ${table} x where x.id = ${key} and x.deleted_at is null)`;

/**
 * A live table's first rows in page order, aggregated in that order (json_agg alone does not promise it); the
 * sub-query has the table's own alias so that `fields` and `order` read the same in both scopes.
 */
const list = (table: string, a: string, fields: string, where: string, order: string, limit: number | 'all') =>
  `coalesce((select json_agg(json_build_object(${fields}) order by ${order}) from (select * from ${table} ${a}
    where ${where} and ${a}.deleted_at is null order by ${order} limit ${limit}) ${a}), '[]')`;

/** A page: `{ total, rows }` of live rows, both from the same filter; rows are `t`. */
const page = (table: string, where: string, fields: string, order: string) =>
  `select json_build_object('total', (select count(*) from ${table} t where ${where} and t.deleted_at is null),
    'rows', ${list(table, 't', fields, where, order, 25)})::text as data`;

const classFields = `'id', t.id, 'name', t.name, 'startsOn', t.starts_on, 'capacity', t.capacity,
  'project', (select json_build_object('id', p.id, 'name', p.name, 'sponsor', ${ref('organization', 'p.sponsor_id')})
    from service_project p where p.id = t.project_id and p.deleted_at is null),
  'venue', ${ref('venue', 't.venue_id')},
  'enrollments', ${list(
    'enrollment',
    'e',
    `'id', e.id, 'status', e.status, 'beneficiary', ${ref('beneficiary', 'e.beneficiary_id')}`,
    'e.class_id = t.id',
    'e.created_at desc, e.id',
    5,
  )}`;

/** Same pattern as the API's `search`: its text trimmed, `\ % _` taken literally. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);
const contains = (v: Vars) => `%${escapeLike(String(v.search ?? '').trim())}%`;

const byStart = 't.starts_on desc, t.id';
const byName = 't.name collate "zh-x-icu", t.id';
const none = () => [];

export const STATEMENTS: Record<string, Statement> = {
  classList: { text: page('service_class', 'true', classFields, byStart), values: none },
  classSearch: { text: page('service_class', 't.name ilike $1', classFields, byStart), values: (v) => [contains(v)] },
  personDetail: {
    text: `select json_build_object('id', b.id, 'name', b.name, 'gender', b.gender, 'birthDate', b.birth_date,
      'guardians', ${list(
        'guardianship',
        'g',
        `'relation', g.relation, 'guardian', ${ref('beneficiary', 'g.guardian_id')}`,
        'g.ward_id = b.id',
        'g.created_at, g.id',
        'all',
      )},
      'enrollments', ${list(
        'enrollment',
        'e',
        `'id', e.id, 'status', e.status, 'createdAt', ${iso('e.created_at')},
        'serviceClass', ${ref('service_class', 'e.class_id')}`,
        'e.beneficiary_id = b.id',
        'e.created_at desc, e.id',
        10,
      )})::text as data from beneficiary b where b.id = $1 and b.deleted_at is null`,
    values: (v) => [v.personId],
  },
  projectList: {
    text: page(
      'service_project',
      'true',
      `'id', t.id, 'name', t.name, 'status', t.status, 'startsOn', t.starts_on, 'budgetFen', t.budget_fen,
      'sponsor', ${ref('organization', 't.sponsor_id')}, 'operator', ${ref('social_group', 't.operator_id')},
      'classesCount', (select count(*) from service_class c where c.project_id = t.id and c.deleted_at is null)`,
      byStart,
    ),
    values: none,
  },
  enrollmentList: {
    text: page(
      'enrollment',
      'true',
      `'id', t.id, 'status', t.status, 'createdAt', ${iso('t.created_at')},
      'serviceClass', ${ref('service_class', 't.class_id')}, 'beneficiary', ${ref('beneficiary', 't.beneficiary_id')}`,
      't.created_at desc, t.id',
    ),
    values: none,
  },
  peopleList: {
    text: page(
      'beneficiary',
      'true',
      `'id', t.id, 'name', t.name, 'gender', t.gender, 'birthDate', t.birth_date, 'categories', t.categories`,
      byName,
    ),
    values: none,
  },
  organizationList: {
    text: page(
      'organization',
      'true',
      `'id', t.id, 'name', t.name, 'level', t.level, 'parent', ${ref('organization', 't.parent_id')}`,
      byName,
    ),
    values: none,
  },
  // One trivial round trip, like every other scenario: the floor of a request that reaches the database.
  typename: { text: `select '{"__typename":"Query"}' as data`, values: none },
};

/** One request: its scenario's statement, prepared once per connection under the scenario's name. */
async function answer(pool: Pool, body: string): Promise<string> {
  const { scenario, variables } = JSON.parse(body) as { scenario?: string; variables?: Vars };
  const s = STATEMENTS[scenario ?? ''];
  if (!s) throw new Error(`unknown scenario ${JSON.stringify(scenario)}`);
  const r = await pool.query<{ data: string }>({
    name: `floor_${scenario}`,
    text: s.text,
    values: s.values(variables ?? {}),
  });
  return `{"data":${r.rows[0]?.data ?? 'null'}}`;
}

/** The floor on 127.0.0.1:port, with a pool of 10 connections (as many as the API's); closing it ends the pool. */
export function startFloor(databaseUrl: string, port: number): Promise<http.Server> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  pool.on('error', (e) => process.stderr.write(`idle connection: ${e.message}\n`));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const reply = (status: number, json: string) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(json);
      if (req.method !== 'POST' || req.url !== '/graphql') return reply(404, '{"errors":[{"message":"not found"}]}');
      answer(pool, Buffer.concat(chunks).toString('utf8')).then(
        (json) => reply(200, json),
        (e: unknown) =>
          reply(500, JSON.stringify({ errors: [{ message: e instanceof Error ? e.message : String(e) }] })),
      );
    });
  });
  server.on('close', () => void pool.end());
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  startFloor(url, Number(process.env.PORT ?? 4493)).then(
    (server) => process.stdout.write(`ready ${(server.address() as { port: number }).port}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
