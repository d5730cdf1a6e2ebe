import { sampleIdNumber, sampleInput } from '../../support/fixtures';
import { otherMutationCases, otherQueryCases, type MutationCase } from '../../support/scope-matrix';
import { literal, loadApiModel, type ApiModel } from '../../support/scope-schema';
import type { GqlResponse } from '../../support/test-app';
import { useWorld } from '../../support/use-app';

/**
 * Bad input is the caller's, not a fault of the server: malformed ids and NUL bytes in every argument
 * that takes an id, in filters and in search answer BAD_USER_INPUT (or, for an id, like a missing record),
 * never INTERNAL_SERVER_ERROR. No answer names a database constraint or table; every failed request
 * leaves one log line with its request id and codes, expected refusals at info level.
 */
const { app, world } = useWorld({ captureLogs: true });
let model: ApiModel;
const MALFORMED = ['not-a-uuid', '12345', 'ab\u0000cd', '00000000-0000-0000-0000-00000000000g', "x' or 1=1 --", ''];
const ACCEPTABLE = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'CLASS_FULL']);

beforeAll(async () => {
  model = await loadApiModel(app);
});

/** Problems of one answer: a server error, or a database name in an error. */
function problems(label: string, res: GqlResponse): string[] {
  const out: string[] = [];
  for (const e of res.errors ?? []) {
    const code = String(e.extensions?.code);
    if (!ACCEPTABLE.has(code)) out.push(`${label} → ${code} ${e.message}`);
    if (e.extensions && 'constraint' in e.extensions) out.push(`${label} names a constraint`);
    if (/_(pkey|unique|check|foreign|fkey|index)\b|relation "|column "/.test(JSON.stringify(e))) {
      out.push(`${label} names a database object: ${JSON.stringify(e).slice(0, 160)}`);
    }
  }
  return out;
}

describe('malformed ids and NUL bytes', () => {
  it('every domain query and mutation that takes an id answers a malformed one as bad input or a missing record', async () => {
    const found: string[] = [];
    let cases = 0;
    for (const bad of MALFORMED) {
      const all: MutationCase[] = [...otherMutationCases(model, () => bad), ...otherQueryCases(model, () => bad)];
      for (const c of all) {
        cases++;
        found.push(...problems(`${c.label} with ${JSON.stringify(bad)}`, await app.gql(c.query, c.variables)));
      }
    }
    expect(cases).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  it('every resource’s look-up, id filters, foreign-key filters, updates and deletes with malformed ids', async () => {
    const found: string[] = [];
    for (const r of model.resources.values()) {
      const fks = r.meta.fields.filter((f) => f.kind === 'ref' && f.filterable).map((f) => f.name);
      for (const bad of MALFORMED) {
        const b = literal(bad);
        const queries = [
          `{ r: ${r.queries.single}(id: ${b}) { id } }`,
          `{ r: ${r.queries.list}(where: { id: { equals: ${b} } }) { id } }`,
          `{ r: ${r.queries.count}(where: { id: { in: [${b}] } }) }`,
          `{ r: ${r.queries.connection}(where: { NOT: { id: { notIn: [${b}] } } }) { totalCount } }`,
          ...fks.map((k) => `{ r: ${r.queries.list}(where: { ${k}: { equals: ${b} } }) { id } }`),
          ...(r.mutations.update ? [`mutation { r: ${r.mutations.update}(id: ${b}, data: {}) { id } }`] : []),
          ...(r.mutations.delete ? [`mutation { r: ${r.mutations.delete}(id: ${b}) { id } }`] : []),
        ];
        for (const q of queries) found.push(...problems(q, await app.gql(q)));
      }
    }
    expect(found).toEqual([]);
  });

  it('a NUL byte in search, in a text filter or in a text input is bad input', async () => {
    const found: string[] = [];
    for (const r of model.resources.values()) {
      const text = r.meta.fields.find((f) => f.kind === 'string' && f.filterable && !f.personal);
      found.push(
        ...problems(`${r.queries.list}(search)`, await app.gql(`{ r: ${r.queries.list}(search: "a\\u0000b") { id } }`)),
      );
      if (text) {
        const q = `{ r: ${r.queries.count}(where: { ${text.name}: { contains: "\\u0000" } }) }`;
        found.push(...problems(q, await app.gql(q)));
      }
    }
    const res = await app.gql(`mutation ($d: VenueCreateInput!) { createVenue(data: $d) { id } }`, {
      d: { ...sampleInput('Venue', world), name: '名称\u0000截断' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(found).toEqual([]);
  });
});

describe('the log', () => {
  it('holds one line per failed request with its request id and code; expected refusals at info level', async () => {
    const requestId = 'hygiene-log-check-1';
    const token = await app.signIn({ username: 'hygiene-admin', role: 'PLATFORM_ADMIN' });
    const d = { ...sampleInput('Beneficiary', world), idNumber: sampleIdNumber(4711) };
    const PERSON = `mutation ($d: BeneficiaryCreateInput!) { a: createBeneficiary(data: $d) { id } }`;
    await app.ok(PERSON, { d });
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: PERSON, variables: { d } }),
    });
    const body = (await res.json()) as GqlResponse;
    expect(body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const lines = app.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.requestId === requestId);
    expect(lines.map((l) => [l.msg, l.level, l.codes])).toEqual([['graphql', 30, ['CONFLICT']]]);
    expect(JSON.stringify(lines[0].details)).toContain('beneficiary_id_number_hash_live_unique');
  });
});
