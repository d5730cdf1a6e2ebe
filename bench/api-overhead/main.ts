import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cpuMs, loadavg, percentiles } from '../report/measure';
import { apiReady, startBuiltApi } from '../api-process';
import { gql, REPORT_QUERY } from '../graphql-client';

/**
 * npm run bench:api-overhead — what the API process itself costs per dashboard request (not the database).
 * Starts the built API (api/dist/main.js) on 127.0.0.1:BENCH_PORT against its own embedded PostgreSQL with the
 * demo data (LINLI_DATA_DIR, default /tmp/linli-api-overhead; never bench/.data, which belongs to bench:report),
 * signs in a demo account over GraphQL and sends the same `report` query N times, one at a time. Per scenario:
 * client latency p50/p95/p99 (performance.now()) and CPU ms per request of the API process (utime + stime
 * from /proc/<pid>/stat before/after the N requests, split user + sys) and of PostgreSQL (postmaster and
 * children). The demo data is small, so PostgreSQL's share is far below the 1M-people benchmark's; the
 * API's share is what this measures.
 *
 * With BENCH_PEER_MAIN (another build, e.g. a copy of api/dist made before a change) a second API is started
 * on BENCH_PORT+1 on the same PostgreSQL and the two are asked in alternation, request by request, so both
 * run under the same load of this shared machine (a second run minutes later is not comparable here).
 *
 *   BENCH_REQUESTS (500)  BENCH_WARMUP (200 per scenario)  BENCH_PORT (4311)  BENCH_USER (kunming-admin)
 *   BENCH_ONLY (scenarios whose name contains it)  BENCH_LOG_LEVEL (info, the production default)  BENCH_MAIN (api/dist/main.js)  BENCH_PEER_MAIN (none)
 *   BENCH_NODE_ARGS   extra node flags for the APIs, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 *                     (written when the API exits at the end of the run; summarise it with
 *                     bench/api-overhead/profile-top.ts and the start of the timed window printed here)
 */
const N = Number(process.env.BENCH_REQUESTS ?? 500);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);
const PORT = Number(process.env.BENCH_PORT ?? 4311);
const USER = process.env.BENCH_USER ?? 'kunming-admin';
const DATA_DIR = process.env.LINLI_DATA_DIR ?? '/tmp/linli-api-overhead';
const PASSWORD = 'linli-demo-2025';
const MAIN = path.resolve(process.env.BENCH_MAIN ?? path.join(__dirname, '../../api/dist/main.js'));
/** Only the scenarios whose name contains this (all by default). */
const ONLY = process.env.BENCH_ONLY ?? '';
const PEER_MAIN = process.env.BENCH_PEER_MAIN ? path.resolve(process.env.BENCH_PEER_MAIN) : undefined;

const QUERY = REPORT_QUERY;

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

interface Api {
  label: string;
  base: string;
  proc: ChildProcess;
  token: string;
  samples: number[];
  cpu0: { user: number; sys: number };
}

const startApi = (main: string, port: number) =>
  startBuiltApi(main, port, DATA_DIR, { LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' });

async function main(): Promise<void> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const spawned = performance.now();
  const apis: Api[] = [];
  const marks: string[] = [];
  try {
    // The first API owns the embedded PostgreSQL (and seeds it once); a peer attaches to it.
    for (const [i, main] of [MAIN, ...(PEER_MAIN ? [PEER_MAIN] : [])].entries()) {
      const base = `http://127.0.0.1:${PORT + i}`;
      const proc = startApi(main, PORT + i);
      apis.push({
        label: path.relative(process.cwd(), main),
        base,
        proc,
        token: '',
        samples: [],
        cpu0: { user: 0, sys: 0 },
      });
      await apiReady(base);
    }
    const postmaster = Number(fs.readFileSync(path.join(DATA_DIR, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    for (const api of apis) {
      const login = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`;
      const d = await gql(api.base, null, login, { u: USER, p: PASSWORD });
      api.token = (d.login as { accessToken: string }).accessToken;
    }
    log(`api-overhead: user ${USER}, ${N} requests per scenario and API after ${WARMUP} warm-up; load ${loadavg()}`);
    log('| scenario | API | p50 ms | p95 ms | p99 ms | API CPU ms/req (user + sys) | PostgreSQL CPU ms/req | n |');
    log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    const scenarios = SCENARIOS.filter((x) => x.name.includes(ONLY));
    // Warm every scenario up before timing any (JIT): otherwise the first one timed pays for the compilation.
    for (const s of scenarios)
      for (let i = 0; i < WARMUP; i++)
        for (const api of apis) await gql(api.base, api.token, s.query ?? QUERY, s.variables);
    // Where the timed requests start in a --cpu-prof profile (profile-top.ts fromMs).
    marks.push(`profile window: from ${Math.round(performance.now() - spawned)} ms after start`);
    for (const s of scenarios) {
      const ask = (api: Api) => gql(api.base, api.token, s.query ?? QUERY, s.variables);
      const pg0 = cpuMs({ postmaster }).pg;
      for (const api of apis) {
        api.samples = [];
        api.cpu0 = userSys(api.proc.pid!);
      }
      for (let i = 0; i < N; i++) {
        for (const api of apis) {
          const t = performance.now();
          await ask(api);
          api.samples.push(performance.now() - t);
        }
      }
      const pg = (cpuMs({ postmaster }).pg - pg0) / (N * apis.length);
      for (const api of apis) {
        const cpu = userSys(api.proc.pid!);
        const p = percentiles(api.samples);
        const per = (ms: number) => (ms / N).toFixed(2);
        const user = cpu.user - api.cpu0.user;
        const sys = cpu.sys - api.cpu0.sys;
        log(
          `| ${s.name} | ${api.label} | ${p.p50.toFixed(2)} | ${p.p95.toFixed(2)} | ${p.p99.toFixed(2)} | ` +
            `${per(user + sys)} (${per(user)} + ${per(sys)}) | ${pg.toFixed(2)} | ${p.n} |`,
        );
      }
    }
    log(`load after: ${loadavg()}`);
    for (const m of marks) log(m);
  } finally {
    // The peer first: the owner stops PostgreSQL when it exits.
    for (const api of [...apis].reverse()) {
      api.proc.kill('SIGTERM');
      await new Promise((r) => api.proc.once('exit', r));
    }
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
