import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { ensureDatabase } from '../../api/src/db/database';
import { apiReady, runMain } from '../api-process';
import { gql } from '../graphql-client';
import { BENCH_DIR, log, startBenchPostgres } from '../report/bench-db';
import { loadavg, percentiles, statementCount } from '../report/measure';
import { linli, secondLinli, startFloor, startLinli, startPostgraphile, stop, type Contestant } from './contestants';
import { CLASSES, generateReadData, PASSWORD } from './generate';
import { SCENARIOS, type Scenario } from './scenarios';
import { cpuOf, postgresCpu, rssMb, sameAnswer } from './measure';

/**
 * npm run bench (or `npm run bench -- read`) — the read path against PostGraphile v5 and a hand-written SQL
 * floor, on the same PostgreSQL (bench/.data, database linli_read: generated once, see generate.ts), in the
 * same run. First every contestant's answer to every scenario is compared in canonical form with the floor's;
 * a contestant whose answer differs is reported and not timed for that scenario. Then, per scenario and
 * concurrency (1 and 8 clients in a closed loop), ROUNDS rounds in which the contestants take turns of SECONDS
 * each, so background load on this shared machine hits all of them alike. Per cell: requests/s, p50/p95/p99,
 * CPU ms per request of the contestant's process, statements per request (pg_stat_statements), resident memory
 * and the load average; ratios within the run.
 *
 *   BENCH_SECONDS (5 per turn)  BENCH_ROUNDS (3)  BENCH_ONLY (scenario names containing it)
 *   BENCH_CONCURRENCY ("1,8")   BENCH_PG_PORT (5499)   BENCH_OUT (bench/results/read-<time>.json)
 *   BENCH_B_MAIN / BENCH_B_NODE / BENCH_B_NODE_ARGS: a fourth contestant, "linli-b" (contestants.ts)
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ONLY = process.env.BENCH_ONLY ?? '';
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '1,8').split(',').map(Number);
const PORTS = { linli: 4521, postgraphile: 4522, floor: 4523, linliB: 4524 };
/** The benchmark PostgreSQL's postmaster (its children are the backends). */
const postmaster = () => Number(fs.readFileSync(path.join(BENCH_DIR, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

interface Cell {
  scenario: string;
  contestant: string;
  concurrency: number;
  requests: number;
  failed: number;
  seconds: number;
  latencies: number[];
  cpuMs: number;
  /** PostgreSQL's CPU (postmaster and its children) in the turn. */
  pgCpuMs: number;
  statements: number;
  rssMb: number;
  load: string;
}

async function turn(c: Contestant, s: Scenario, vars: Record<string, unknown>, level: number, db: Client) {
  const latencies: number[] = [];
  let failed = 0;
  await db.query('select pg_stat_statements_reset()');
  const cpu0 = cpuOf(c.process.pid!);
  const pg0 = postgresCpu(postmaster());
  const started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: level }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await c.ask(s, vars);
          latencies.push(performance.now() - t);
        } catch {
          failed++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuOf(c.process.pid!) - cpu0;
  const pgCpu = postgresCpu(postmaster()) - pg0;
  const statements = await statementCount(db);
  return { latencies, failed, seconds, cpu, pgCpu, statements };
}

async function main(): Promise<void> {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const pg = await startBenchPostgres(Number(process.env.BENCH_PG_PORT ?? 5499));
  const url = pg.urlFor('linli_read');
  await ensureDatabase(url);
  const db = new Client({ connectionString: url });
  await db.connect();
  await db.query('create extension if not exists pg_stat_statements');
  const running: Contestant[] = [];
  // Our API migrates the database at start; the data is generated once, into the migrated schema.
  const api = startLinli(PORTS.linli, url, path.join(BENCH_DIR, 'read-api'));
  try {
    await apiReady(`http://127.0.0.1:${PORTS.linli}`);
    const { rows } = await db.query<{ n: number }>('select count(*)::int n from service_class');
    if (rows[0].n < CLASSES) {
      log(`generating the read dataset into ${url.replace(/:[^:@/]*@/, ':***@')} …`);
      await generateReadData(url);
    }
    const login = `mutation ($p: String!) { login(username: "bench-admin", password: $p) { accessToken } }`;
    const token = (
      (await gql(`http://127.0.0.1:${PORTS.linli}`, null, login, { p: PASSWORD })).login as {
        accessToken: string;
      }
    ).accessToken;
    running.push(linli(api, PORTS.linli, token));
    const b = secondLinli();
    if (b) {
      const child = startLinli(PORTS.linliB, url, path.join(BENCH_DIR, 'read-api-b'), b.main, b.runtime);
      running.push(linli(child, PORTS.linliB, token, 'linli-b'));
      await apiReady(`http://127.0.0.1:${PORTS.linliB}`);
    }
    running.push(await startPostgraphile(PORTS.postgraphile, url));
    running.push(await startFloor(PORTS.floor, url));
    const [person] = (
      await db.query<{ id: string }>(`select e.beneficiary_id id from enrollment e
        join guardianship g on g.ward_id = e.beneficiary_id and g.deleted_at is null
        where e.deleted_at is null group by 1 having count(*) >= 2 order by 1 limit 1`)
    ).rows;
    const vars = { personId: person.id, search: '书法班12' };
    const scenarios = SCENARIOS.filter((s) => s.name.includes(ONLY));
    log(`dataset: ${await sizes(db)}; load ${loadavg()}`);

    // Answers first: the floor is the reference; a contestant that differs is not timed on that scenario.
    const timed = new Map<string, Contestant[]>();
    for (const s of scenarios) {
      const floor = running.find((c) => c.name === 'floor')!;
      const expected = await floor.ask(s, vars);
      const ok: Contestant[] = [];
      for (const c of running.filter((x) => x.takes(s))) {
        const got = await c.ask(s, vars).catch((e: Error) => ({ error: e.message }));
        const diff = sameAnswer(expected, got);
        if (diff) log(`ANSWER DIFFERS: ${s.name} / ${c.name}: ${diff}`);
        else ok.push(c);
      }
      timed.set(s.name, ok);
      log(
        `answers ${s.name}: ${ok.map((c) => c.name).join(', ')} agree${s.floorOnly ? ' (no PostGraphile: pinyin order)' : ''}`,
      );
    }

    const cells: Cell[] = [];
    for (const s of scenarios) {
      for (const level of LEVELS) {
        const contestants = timed.get(s.name)!;
        for (const c of contestants) await turn(c, s, vars, level, db); // warm-up turn, not counted
        for (let round = 0; round < ROUNDS; round++) {
          for (const c of round % 2 ? [...contestants].reverse() : contestants) {
            const r = await turn(c, s, vars, level, db);
            cells.push({
              scenario: s.name,
              contestant: c.name,
              concurrency: level,
              requests: r.latencies.length,
              failed: r.failed,
              seconds: r.seconds,
              latencies: r.latencies,
              cpuMs: r.cpu,
              pgCpuMs: r.pgCpu,
              statements: r.statements,
              rssMb: rssMb(c.process.pid!),
              load: loadavg().split(' ')[0],
            });
          }
        }
        report(cells.filter((x) => x.scenario === s.name && x.concurrency === level));
      }
    }
    const out = process.env.BENCH_OUT ?? path.join(__dirname, '..', 'results', `read-${Date.now()}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(cells.map(({ latencies, ...c }) => ({ ...c, ...percentiles(latencies) }))));
    log(`cells written to ${out}`);
  } finally {
    for (const c of running) if (c.name !== 'linli') await stop(c.process);
    await stop(api);
    await db.end();
    await pg.stop();
  }
}

async function sizes(db: Client): Promise<string> {
  const r = await db.query<Record<string, number>>(`select
    (select count(*)::int from service_class) classes, (select count(*)::int from enrollment) enrollments,
    (select count(*)::int from beneficiary) people, (select count(*)::int from guardianship) guardianships`);
  return Object.entries(r.rows[0])
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
}

/** One scenario at one concurrency: each contestant's figures over its rounds, and ratios to Linli. */
function report(cells: Cell[]): void {
  const by = new Map<string, Cell[]>();
  for (const c of cells) by.set(c.contestant, [...(by.get(c.contestant) ?? []), c]);
  const sum = (xs: Cell[], f: (c: Cell) => number) => xs.reduce((a, c) => a + f(c), 0);
  const figures = [...by].map(([name, xs]) => {
    const n = sum(xs, (c) => c.requests);
    const p = percentiles(xs.flatMap((c) => c.latencies));
    return {
      name,
      rps: n / sum(xs, (c) => c.seconds),
      p,
      cpu: sum(xs, (c) => c.cpuMs) / n,
      pgCpu: sum(xs, (c) => c.pgCpuMs) / n,
      statements: sum(xs, (c) => c.statements) / n,
      rss: Math.max(...xs.map((c) => c.rssMb)),
      failed: sum(xs, (c) => c.failed),
      load: xs.map((c) => c.load).join('/'),
    };
  });
  const ours = figures.find((f) => f.name === 'linli');
  const { scenario, concurrency } = cells[0];
  for (const f of figures) {
    const ratio = ours && f !== ours ? `  linli÷${f.name} req/s ${(ours.rps / f.rps).toFixed(2)}` : '';
    log(
      `${scenario} c=${concurrency} ${f.name.padEnd(12)} ${f.rps.toFixed(0).padStart(5)} req/s  p50/95/99 ` +
        `${f.p.p50.toFixed(1)}/${f.p.p95.toFixed(1)}/${f.p.p99.toFixed(1)} ms  CPU ${f.cpu.toFixed(2)} ms/req (PG ${f.pgCpu.toFixed(2)})  ` +
        `${f.statements.toFixed(2)} stmt/req  RSS ${f.rss.toFixed(0)} MB  load ${f.load}${f.failed ? `  FAILED ${f.failed}` : ''}${ratio}`,
    );
  }
}

runMain(main);
