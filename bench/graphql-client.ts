import http from 'node:http';

/** The report query with every figure, as the benchmarks ask it. */
export const REPORT_QUERY = `query ($from: LocalDate!, $to: LocalDate!, $scopeId: ID, $groupBy: [ReportGrouping!], $filter: ReportFilterInput, $fresh: Boolean) {
  report(from: $from, to: $to, scopeId: $scopeId, groupBy: $groupBy, filter: $filter, fresh: $fresh) { peopleSource asOf totals { ...C }
    groupings { by rows { key label cell { ...C } } } } }
  fragment C on ReportCell { suppressed withheld { figure reason } peopleServed enrollments personTimes attendancePersonTimes serviceRecordPersonTimes
    sessionsHeld serviceMinutes feeTotalFen subsidyTotalFen familyPaidFen capacity enrolledInClasses fillRateBp
    attendanceRows attendanceRateBp waitlisted needsOpen needsFulfilled evaluations averageScore }`;

type Body = { data?: Record<string, unknown>; errors?: unknown[] };

/**
 * The client the benchmarks time. `node:http` with one kept-alive connection by default: on this 2-core machine
 * the client shares the CPU with the API and PostgreSQL, and undici's `fetch` spent 0.6–0.9 ms more per request
 * than `node:http` against a trivial server (its p50 1.16 vs 0.40 ms), which is the client's cost, not the
 * server's. `BENCH_CLIENT=fetch` restores `fetch` to compare.
 */
const useFetch = process.env.BENCH_CLIENT === 'fetch';
const agent = new http.Agent({ keepAlive: true });

function post(base: string, headers: Record<string, string>, payload: string): Promise<Body> {
  headers = { 'content-type': 'application/json', ...headers };
  if (useFetch)
    return fetch(`${base}/graphql`, { method: 'POST', headers, body: payload }).then((r) => r.json() as Promise<Body>);
  const url = new URL(`${base}/graphql`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(payload)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body);
          } catch (e) {
            reject(new Error(`HTTP ${res.statusCode}: not JSON (${(e as Error).message})`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** One GraphQL request over HTTP, as a client sends it: the data, or an error carrying the GraphQL errors. */
export async function gql(
  base: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const body = await post(base, headers, JSON.stringify({ query, variables }));
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** A JSON body POSTed to `<base>/graphql` with the same client: the parsed reply, errors included. */
export function postJson(base: string, headers: Record<string, string>, body: unknown): Promise<Body> {
  return post(base, headers, JSON.stringify(body));
}
