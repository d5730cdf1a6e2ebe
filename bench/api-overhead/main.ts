import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cpuMs, loadavg, percentiles } from '../report/measure';

/**
 * npm run bench:api-overhead — what the API process itself costs per dashboard request (not the database).
 * Starts the built API (api/dist/main.js) on 127.0.0.1:PORT against its own embedded PostgreSQL with the demo
 * data (LINLI_DATA_DIR, default /tmp/linli-api-overhead; never bench/.data, which belongs to bench:report),
 * signs in a demo account over GraphQL and sends the same `report` query N times, one at a time. Per scenario:
 * client latency p50/p95/p99 (performance.now()) and CPU ms per request of the API process and of PostgreSQL
 * (utime + stime from /proc/<pid>/stat, before/after the N requests). The demo data is small, so PostgreSQL's
 * share is far below the 1M-people benchmark; the API's share is what this measures.
 *
 *   BENCH_REQUESTS (500)  BENCH_WARMUP (100)  BENCH_PORT (4311)  BENCH_USER (kunming-admin)
 *   BENCH_LOG_LEVEL (info, the production default)  BENCH_API_MAIN (api/dist/main.js)
 *   BENCH_NODE_ARGS   extra node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 *                     (the profile is written when the API exits at the end of the run;
 *                     summarise it with bench/api-overhead/profile-top.ts)
 */
const N = Number(process.env.BENCH_REQUESTS ?? 500);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
const PORT = Number(process.env.BENCH_PORT ?? 4311);
const USER = process.env.BENCH_USER ?? 'kunming-admin';
const DATA_DIR = process.env.LINLI_DATA_DIR ?? '/tmp/linli-api-overhead';
const PASSWORD = 'linli-demo-2025';
/** Another build of the API to measure (e.g. a copy of api/dist made before a change, to alternate runs). */
const MAIN = path.resolve(process.env.BENCH_API_MAIN ?? path.join(__dirname, '../../api/dist/main.js'));

const QUERY = `query ($from: LocalDate!, $to: LocalDate!, $scopeId: ID, $groupBy: [ReportGrouping!], $filter: ReportFilterInput) {
  report(from: $from, to: $to, scopeId: $scopeId, groupBy: $groupBy, filter: $filter) { peopleSource totals { ...C }
    groupings { by rows { key label cell { ...C } } } } }
  fragment C on ReportCell { suppressed peopleServed enrollments personTimes attendancePersonTimes serviceRecordPersonTimes
    sessionsHeld serviceMinutes feeTotalFen subsidyTotalFen familyPaidFen capacity enrolledInClasses fillRateBp
    attendanceRows attendanceRateBp waitlisted needsOpen needsFulfilled evaluations averageScore }`;

const SCENARIOS: { name: string; variables: Record<string, unknown>; query?: string }[] = [
  { name: 'city KPI totals, 2025 (no groupBy)', variables: { from: '2025-01-01', to: '2025-12-31' } },
  { name: 'city by month, 2025', variables: { from: '2025-01-01', to: '2025-12-31', groupBy: ['MONTH'] } },
  // The floor: the same request path (HTTP, Apollo, the signed-in request context) with no resolver work.
  { name: 'floor: { __typename }, signed in', variables: {}, query: '{ __typename }' },
];

const log = (line: string) => process.stdout.write(line + '\n');

/** User and system CPU ms of a process (/proc/<pid>/stat utime, stime; 100 ticks a second). */
function userSys(pid: number): { user: number; sys: number } {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { user: Number(f[11]) * 10, sys: Number(f[12]) * 10 };
}

/** CPU ms per thread name of a process (the main thread is `node`; V8's GC helpers, libuv's pool…). */
function threads(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      out.set(name, (out.get(name) ?? 0) + (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

async function main(): Promise<void> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const base = `http://127.0.0.1:${PORT}`;
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const spawned = performance.now();
  const api = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      LINLI_DATA_DIR: DATA_DIR,
      SEED_DEMO: 'true',
      // Fixed dev-only secrets: the demo data's ID numbers stay readable across runs of this data directory.
      JWT_SECRET: 'api-overhead-bench-jwt-secret-0123456789abcdef',
      PII_ENCRYPTION_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
      ACCESS_TOKEN_MINUTES: '240',
    },
    // The API logs a line per request to stdout: discard it (it still costs the API its CPU).
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const marks: string[] = [];
  try {
    for (let i = 0; ; i++) {
      if (
        await fetch(`${base}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 1200) throw new Error('API did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const postmaster = Number(fs.readFileSync(path.join(DATA_DIR, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const gql = async (token: string | null, query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!;
    };
    const login = await gql(
      null,
      `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
      { u: USER, p: PASSWORD },
    );
    const token = (login.login as { accessToken: string }).accessToken;
    log(
      `api-overhead: ${path.relative(process.cwd(), MAIN)}, user ${USER}, ${N} requests per scenario after ${WARMUP} warm-up; load ${loadavg()}`,
    );
    log('| scenario | p50 ms | p95 ms | p99 ms | API CPU ms/req (user + sys) | PostgreSQL CPU ms/req | n |');
    log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const [i, s] of SCENARIOS.entries()) {
      for (let i = 0; i < WARMUP; i++) await gql(token, s.query ?? QUERY, s.variables);
      // Where this scenario's timed requests start in a --cpu-prof profile (profile-top.ts --from).
      if (i === 0) marks.push(`profile window: from ${Math.round(performance.now() - spawned)} ms after start`);
      const samples: number[] = [];
      const before = cpuMs({ api: api.pid, postmaster });
      const us0 = userSys(api.pid!);
      const th0 = threads(api.pid!);
      for (let i = 0; i < N; i++) {
        const t = performance.now();
        await gql(token, s.query ?? QUERY, s.variables);
        samples.push(performance.now() - t);
      }
      const after = cpuMs({ api: api.pid, postmaster });
      const us1 = userSys(api.pid!);
      const th1 = threads(api.pid!);
      const perThread = [...th1]
        .map(([name, ms]) => [name, (ms - (th0.get(name) ?? 0)) / N] as const)
        .filter(([, ms]) => ms > 0)
        .map(([name, ms]) => `${name} ${ms.toFixed(2)}`);
      marks.push(`${s.name}: API CPU ms/req by thread: ${perThread.join(', ')}`);
      const p = percentiles(samples);
      const per = (ms: number) => (ms / N).toFixed(2);
      log(
        `| ${s.name} | ${p.p50.toFixed(2)} | ${p.p95.toFixed(2)} | ${p.p99.toFixed(2)} | ` +
          `${per(after.api - before.api)} (${per(us1.user - us0.user)} + ${per(us1.sys - us0.sys)}) | ` +
          `${per(after.pg - before.pg)} | ${p.n} |`,
      );
    }
    log(`load after: ${loadavg()}`);
    for (const m of marks) log(m);
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
