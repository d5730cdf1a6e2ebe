import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { ensureDatabase, initOrm, migrate, systemFork } from '../../api/src/db/database';
import type { ReportArgs } from '../../api/src/modules/report/report.service';
import { buildRawReport } from '../../api/test/support/report-raw-peer';
import type { Principal } from '../../api/src/common/principal';
import { BENCH_DIR, DB_NAME, log, startBenchPostgres } from './bench-db';
import { buildSummaries, generate, PASSWORD, repairDataset } from './generate';
import { cpuMs, diskSizes, loadavg, percentiles, printTable, statementBreakdown, statementCount } from './measure';
import { PLACEHOLDERS, SCENARIOS, type Scenario } from './scenarios';
import { runWrites } from './writes';
import { runPages, type PageResult } from './pages';
import { SCALE } from './scale';
import { gql as request, REPORT_QUERY } from '../graphql-client';

/**
 * npm run bench:report — generate (once) 1M people / 10M attendance rows into the benchmark's embedded
 * PostgreSQL, start the built API on port 4101, and measure each dashboard scenario over HTTP/GraphQL:
 * latencies collected here (p50/p95/p99), statements per request (pg_stat_statements), CPU per request;
 * then the peer — the same report computed from the raw tables (the fact views), in-process, after checking
 * both give the same answer — and the ratios. BENCH_REQUESTS (default 200), BENCH_PEER_REQUESTS (2, after the answer check warmed it), BENCH_SECONDS (30 per scenario),
 * BENCH_STATEMENTS=1 (print each scenario's slowest statements from pg_stat_statements). BENCH_PAGES=0 skips
 * the console's list, detail and roster pages (pages.ts), measured after the dashboards, BENCH_PAGE_REQUESTS
 * (1000) each.
 * BENCH_B_MAIN=<another build's api/dist/main.js>: also start that build (port 4102, same settings) and
 * measure both in the same run, alternating in BENCH_ROUNDS (default 4) rounds per scenario (A B, B A, …),
 * so that background load hits both alike: how a change to the summaries is judged (issue 19 item 3).
 * Delete bench/.data to generate again.
 */
const N = Number(process.env.BENCH_REQUESTS ?? 200);
// Per console page (pages.ts): the pages are cheap, so more requests than a dashboard's for a steady p95/p99.
const PAGE_REQUESTS = Number(process.env.BENCH_PAGE_REQUESTS ?? 1000);
const PEER_N = Number(process.env.BENCH_PEER_REQUESTS ?? 2);
/** A scenario stops after N requests or this many seconds, whichever comes first. */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
/** Roster saves and enrollments in the write scenario (each followed by a report read). */
const WRITES = Number(process.env.BENCH_WRITES ?? 60);
/** Only the scenarios whose name contains this, or one of several separated by | (all by default). */
const ONLY = process.env.BENCH_ONLY ?? '';
const PORT = 4101;
const B_MAIN = process.env.BENCH_B_MAIN ?? '';
const ROUNDS = B_MAIN ? Number(process.env.BENCH_ROUNDS ?? 4) : 1;
const QUERY = REPORT_QUERY;

const vars = (s: Scenario) =>
  Object.fromEntries(
    Object.entries(s.variables).map(([k, v]) => [k, typeof v === 'string' && PLACEHOLDERS[v] ? PLACEHOLDERS[v] : v]),
  );

/** The same question as a platform admin asks it (the answer check and the peer use no suppression). */
function asAdmin(s: Scenario): Record<string, unknown> {
  const v = vars(s);
  if (s.user === 'bench-analyst' && !v.scopeId) return { ...v, scopeId: PLACEHOLDERS.CITY };
  if (s.user === 'bench-district' && !v.scopeId) return { ...v, scopeId: PLACEHOLDERS.DISTRICT };
  if (s.user === 'bench-partner') return { ...v, filter: { socialGroupIds: [PLACEHOLDERS.G7] } };
  return v;
}

async function main(): Promise<void> {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const pg = await startBenchPostgres();
  const url = pg.urlFor(DB_NAME);
  let api: ReturnType<typeof spawn> | undefined;
  let apiB: ReturnType<typeof spawn> | undefined;
  try {
    await ensureDatabase(url);
    const db = new Client({ connectionString: url });
    await db.connect();
    await repairDataset(db);
    const orm = await initOrm(url, { preferTs: true, poolMax: 4 });
    const applied = await migrate(orm);
    if (applied.length) log(`migrations applied: ${applied.length}`);
    const [{ n }] = (await db.query<{ n: string }>('select count(*) n from organization')).rows;
    const done = (await db.query(`select 1 from pg_tables where tablename = 'bench_generated'`)).rowCount;
    if (Number(n) !== 0 && !done)
      throw new Error('an earlier generation did not finish: delete bench/.data and run again');
    if (!done) {
      await generate(url);
      await db.query('create table bench_generated (at timestamptz default now())');
    }
    // Only a run that built the summaries knows the rebuild's time; the others leave it out of the result.
    let rebuildSeconds: number | undefined;
    if (!(await db.query('select 1 from report_month limit 1')).rowCount) rebuildSeconds = await buildSummaries(url);
    await db.query('create extension if not exists pg_stat_statements');
    const size = (
      await db.query(`select (select count(*) from beneficiary) people, (select count(*) from attendance) attendance,
      (select count(*) from enrollment) enrollments, (select count(*) from class_session) sessions,
      (select count(*) from report_day) report_day, (select count(*) from report_month) report_month,
      (select count(*) from report_person_month) person_month, (select count(*) from report_member) member,
      (select count(*) from report_reach) reach`)
    ).rows[0];
    log(`dataset: ${JSON.stringify(size)}`);
    const disk = await diskSizes(db);

    const env = {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
      LINLI_DATA_DIR: BENCH_DIR,
      JWT_SECRET: randomBytes(24).toString('hex'),
      PII_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      ACCESS_TOKEN_MINUTES: '240',
      DB_POOL_MAX: '10',
    };
    // BENCH_NODE_ARGS: extra node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" (see
    // bench/api-overhead/README.md "Profiles").
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
    const start = async (main: string, port: number) => {
      const child = spawn(process.execPath, [...nodeArgs, main], {
        env: { ...env, PORT: String(port) },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      for (let i = 0; ; i++) {
        const up = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
        if (up) break;
        if (i > 300) throw new Error(`API ${main} did not start`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return child;
    };
    api = await start(path.resolve(__dirname, '../../api/dist/main.js'), PORT);
    const base = `http://127.0.0.1:${PORT}`;
    if (B_MAIN) apiB = await start(path.resolve(B_MAIN), PORT + 1);
    const baseB = `http://127.0.0.1:${PORT + 1}`;
    const gql = (token: string | null, query: string, variables: Record<string, unknown>) =>
      request(base, token, query, variables);
    const tokens: Record<string, string> = {};
    for (const u of ['bench-admin', 'bench-analyst', 'bench-district', 'bench-partner']) {
      const d = await gql(
        null,
        `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
        { u, p: PASSWORD },
      );
      tokens[u] = (d.login as { accessToken: string }).accessToken;
    }
    const admin: Principal = {
      kind: 'user',
      userId: null,
      apiKeyId: null,
      role: 'PLATFORM_ADMIN',
      organizationId: null,
      orgPath: null,
      socialGroupId: null,
      label: 'bench',
    };
    const peer = (s: Scenario) =>
      buildRawReport({ em: systemFork(orm), principal: admin }, asAdmin(s) as unknown as ReportArgs);
    const postmaster = Number(fs.readFileSync(path.join(BENCH_DIR, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

    const results = [];
    log(`load before: ${loadavg()}`);
    for (const s of SCENARIOS.filter((x) => ONLY.split('|').some((o) => x.name.includes(o)))) {
      // Same answers first: the API (from the summaries) and the peer (from the raw tables), both unsuppressed.
      const fromApi = (await gql(tokens['bench-admin'], QUERY, { ...asAdmin(s), fresh: true })).report as Record<
        string,
        unknown
      >;
      const checkStarted = performance.now();
      const fromRaw = await peer(s);
      const checkMs = performance.now() - checkStarted;
      const strip = (r: { totals: unknown; groupings: unknown }) => JSON.stringify({ t: r.totals, g: r.groupings });
      const rawShape = JSON.parse(JSON.stringify({ totals: fromRaw.totals, groupings: fromRaw.groupings }));
      if (strip(fromApi as never) !== strip(rawShape)) throw new Error(`answers differ: ${s.name}`);
      const token = tokens[s.user];
      if (B_MAIN) {
        const fromB = (await request(baseB, tokens['bench-admin'], QUERY, { ...asAdmin(s), fresh: true })).report;
        if (strip(fromB as never) !== strip(rawShape)) throw new Error(`build B answers otherwise: ${s.name}`);
      }
      const sides = [
        { url: base, pid: api.pid!, samples: [] as number[], cpu: { api: 0, pg: 0 }, statements: 0 },
        ...(B_MAIN && apiB
          ? [{ url: baseB, pid: apiB.pid!, samples: [] as number[], cpu: { api: 0, pg: 0 }, statements: 0 }]
          : []),
      ];
      for (const side of sides) for (let i = 0; i < 10; i++) await request(side.url, token, QUERY, vars(s));
      let source = '';
      for (let round = 0; round < ROUNDS; round++) {
        for (const side of round % 2 ? [...sides].reverse() : sides) {
          await db.query('select pg_stat_statements_reset()');
          const cpu0 = cpuMs({ api: side.pid, postmaster });
          const until = performance.now() + (SECONDS * 1000) / ROUNDS;
          const before = side.samples.length;
          for (let i = 0; i < N / ROUNDS && performance.now() < until; i++) {
            const t = performance.now();
            const d = await request(side.url, token, QUERY, vars(s));
            side.samples.push(performance.now() - t);
            source = (d.report as { peopleSource: string }).peopleSource;
          }
          const cpu1 = cpuMs({ api: side.pid, postmaster });
          side.cpu.api += cpu1.api - cpu0.api;
          side.cpu.pg += cpu1.pg - cpu0.pg;
          side.statements += await statementCount(db);
          if (process.env.BENCH_STATEMENTS && round === 0)
            for (const line of await statementBreakdown(db, side.samples.length - before)) log(line);
        }
      }
      const [a, b] = sides;
      const samples = a.samples;
      const done = samples.length;
      const statements = a.statements / done;
      // With BENCH_PEER_REQUESTS=0 the answer check's own run is the peer's one sample.
      const peerSamples: number[] = PEER_N ? [] : [checkMs];
      for (let i = 0; i < PEER_N; i++) {
        const t = performance.now();
        await peer(s);
        peerSamples.push(performance.now() - t);
      }
      const ours = percentiles(samples);
      const theirs = percentiles(peerSamples);
      const row = {
        scenario: s.name,
        people: source,
        ...ours,
        statements: Math.round(statements * 10) / 10,
        apiCpuMs: a.cpu.api / done,
        pgCpuMs: a.cpu.pg / done,
        ...(b
          ? {
              bP50: percentiles(b.samples).p50,
              bP95: percentiles(b.samples).p95,
              bApiCpuMs: b.cpu.api / b.samples.length,
              bPgCpuMs: b.cpu.pg / b.samples.length,
              bStatements: Math.round((b.statements / b.samples.length) * 10) / 10,
              bOverA: percentiles(b.samples).p50 / ours.p50,
            }
          : {}),
        load: loadavg(),
        peerP50: theirs.p50,
        ratio: theirs.p50 / ours.p50,
      };
      results.push(row);
      log(
        `${s.name}: p50 ${ours.p50.toFixed(2)} p95 ${ours.p95.toFixed(2)} p99 ${ours.p99.toFixed(2)} ms, ${row.statements} stmts; peer p50 ${theirs.p50.toFixed(0)} ms (×${row.ratio.toFixed(0)})`,
      );
    }
    log(`load after reads: ${loadavg()}`);
    // BENCH_PAGES=0 skips the console's pages (pages.ts); they run after the dashboards, before the writes.
    const pages: PageResult[] =
      process.env.BENCH_PAGES === '0'
        ? []
        : await runPages(
            db,
            (q, v) => gql(tokens['bench-admin'], q, v),
            { api: api.pid!, postmaster },
            { requests: PAGE_REQUESTS, seconds: SECONDS },
          );
    for (const p of pages)
      log(
        `page ${p.page}: p50 ${p.p50.toFixed(2)} p95 ${p.p95.toFixed(2)} ms, ${p.statements} stmts, API CPU ${p.apiCpuMs.toFixed(2)} ms`,
      );
    const writes: Record<string, unknown>[] = [];
    if (WRITES > 0) {
      const city = SCENARIOS[0];
      const steps = await runWrites(
        db,
        gql,
        { writer: tokens['bench-district'], enroller: tokens['bench-admin'], reader: tokens[city.user] },
        { query: QUERY, variables: vars(city) },
        WRITES,
      );
      for (const [step, samples] of Object.entries(steps)) {
        const p = percentiles(samples);
        writes.push({ step, ...p });
        log(`write ${step}: p50 ${p.p50.toFixed(2)} p95 ${p.p95.toFixed(2)} p99 ${p.p99.toFixed(2)} ms (n ${p.n})`);
      }
      // Still exact after the writes: the city report of 2025 equals the raw tables.
      const fromApi = (await gql(tokens['bench-admin'], QUERY, { ...asAdmin(city), fresh: true })).report as {
        totals: unknown;
      };
      const fromRaw = await peer(city);
      if (JSON.stringify(fromApi.totals) !== JSON.stringify(JSON.parse(JSON.stringify(fromRaw.totals))))
        throw new Error('answers differ after the writes');
      log('after the writes the report still equals the raw tables');
    }
    log(`load after: ${loadavg()}`);
    printTable(results, size);
    for (const w of writes) process.stdout.write(`write ${JSON.stringify(w)}\n`);
    fs.mkdirSync(path.join(__dirname, '..', 'results'), { recursive: true });
    fs.writeFileSync(
      path.join(__dirname, '..', 'results', `report-${Date.now()}.json`),
      // scale: BENCH_SCALE, so that bench/charts knows each file's point without guessing from the rows.
      JSON.stringify({ scale: SCALE, size, disk, rebuildSeconds, results, pages, writes, load: loadavg() }, null, 2),
    );
    await db.end();
    await orm.close(true);
  } catch (e) {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  } finally {
    api?.kill('SIGTERM');
    apiB?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await pg.stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
