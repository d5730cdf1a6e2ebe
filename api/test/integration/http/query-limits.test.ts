import { QUERY_LIMITS } from '../../../src/graphql/query-limits';
import { buildWorld } from '../../support/fixtures';
import { startTestApp } from '../../support/test-app';
import { useWorld } from '../../support/use-app';

/**
 * One query must not take the server down: depth, cost (objects an answer may hold), input nesting and
 * list lengths are bounded before anything runs, with a clean 400, a Chinese message and a code. The
 * hostile queries of issue 17 are refused; the ordinary console queries (every test file's) are not.
 */
const { app } = useWorld();
let token: string;
beforeAll(async () => {
  token = await app.signIn({ username: 'limits-admin', role: 'PLATFORM_ADMIN' });
});

async function post(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] },
  };
}

const nest = (open: string, close: string, n: number, inner: string) => open.repeat(n) + inner + close.repeat(n);

describe('query limits', () => {
  it.each([
    [
      'enrollments → class ×3 at take 100 (heap exhaustion before)',
      `{ serviceClasses(take: 2) { id enrollments(take: 100) { id serviceClass { id enrollments(take: 100) { id serviceClass { id enrollments(take: 100) { id serviceClass { id } } } } } } } }`,
    ],
    [
      'sponsor → sponsoredProjects ×5',
      `{ serviceProjects { ${nest('sponsor { sponsoredProjects { ', '} } ', 5, 'id ')} } }`,
    ],
    ['40 levels deep', `{ organizations { ${nest('parent { ', '} ', 40, 'id ')} } }`],
    [
      'a where filter 40 relations deep',
      `{ serviceProjectsCount(where: ${nest('{ parent: ', '}', 40, '{ name: { contains: "x" } }')}) }`,
    ],
    [
      'NOT nested 1,000 deep',
      `{ serviceProjectsCount(where: ${nest('{ NOT: ', '}', 1000, '{ name: { contains: "x" } }')}) }`,
    ],
  ])('refuses %s: 400, QUERY_TOO_COMPLEX, nothing run', async (_label, query) => {
    const res = await post(query);
    expect(res.status).toBe(400);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.body.errors?.[0].message).toMatch(/^查询过于复杂：/);
  });

  it('refuses an `in` list of 70,000 ids in the variables before coercing them', async () => {
    const ids = Array.from({ length: 70_000 }, (_, i) => `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`);
    const started = Date.now();
    const res = await post(`query ($ids: [ID!]) { beneficiariesCount(where: { id: { in: $ids } }) }`, { ids });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: QUERY_LIMITS.listItems });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('lets an ordinary list page with its references and the first five enrollments through', async () => {
    const res = await post(`{ serviceClasses(take: 100) { id project { id sponsor { id name } } venue { id }
        enrollments(take: 5) { id beneficiary { id } } enrollmentsCount } serviceClassesCount }`);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});

describe('in production', () => {
  it('introspection and "Did you mean" suggestions are for platform admins only', async () => {
    const prod = await startTestApp({
      env: { NODE_ENV: 'production', JWT_SECRET: 'test-secret-test-secret-test-secret-0123' },
    });
    try {
      const staff = prod.as(await prod.signIn({ username: 'prod-analyst', role: 'ANALYST' }));
      const schema = await staff.gql(`{ __schema { queryType { name } } }`);
      expect(schema.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(schema.data ?? null).toBeNull();
      const type = await prod.as(null).gql(`{ __type(name: "Beneficiary") { name } }`);
      expect(type.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await staff.gql(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
      expect((await prod.gql(`{ __schema { queryType { name } } }`)).data).toEqual({
        __schema: { queryType: { name: 'Query' } },
      });
      const typo = await staff.gql(`{ beneficiarie { id } }`);
      expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    } finally {
      await prod.close();
    }
    // Outside production the suggestion helps developers.
    const typo = await app.as(null).gql(`{ beneficiarie { id } }`);
    expect(typo.errors?.[0].message).toMatch(/Did you mean/);
  });
});

describe('the size of an answer', () => {
  it('an answer over GRAPHQL_RESPONSE_LIMIT_KB is replaced by a 400 QUERY_TOO_COMPLEX, a smaller one is sent', async () => {
    const small = await startTestApp({ env: { GRAPHQL_RESPONSE_LIMIT_KB: '2' } });
    try {
      await buildWorld(small);
      const big = await small.gql(
        `{ _adminMeta { name label { zh en } fields { name kind label { zh en } } } }`, // tens of kilobytes
      );
      expect(big.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(big.errors?.[0].message).toMatch(/^查询结果过大/);
      expect(big.data ?? null).toBeNull();
      expect((await small.gql(`{ organizationsCount }`)).errors).toBeUndefined();
    } finally {
      await small.close();
    }
  });
});
