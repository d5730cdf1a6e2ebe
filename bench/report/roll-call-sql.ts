import { Client } from 'pg';
import { DB_NAME, log, startBenchPostgres } from './bench-db';
import { percentiles } from './measure';
import { runMain } from '../api-process';
import { dropExtraSessions, ensureWriteFixture, newSession } from './writes';

/**
 * npm run bench:report:roll-call-sql — what the database spends on a roll call, without the API: how a
 * change to attendance's columns, keys or triggers is judged (issue 21: the session day in its keys). On the
 * generated dataset (BENCH_SCALE), BENCH_N (300) times: a new session of the benchmark's write class and, in
 * one transaction, the 40 rows of its first roll call inserted as the API's ORM writes them (one multi-row
 * INSERT, the triggers on); then, in another, those 40 rows' status changed (one UPDATE per row, as the ORM
 * flushes a roster correction). Server round trips on a local socket, timed here; p50/p95/p99 per step.
 * The sessions and their rows are deleted at the end; the report keys they queued are folded by the next API
 * start.
 */
const N = Number(process.env.BENCH_N ?? 300);
const WARM = 20;

async function main(): Promise<void> {
  const pg = await startBenchPostgres();
  const db = new Client({ connectionString: pg.urlFor(DB_NAME) });
  await db.connect();
  try {
    const { enrollments } = await ensureWriteFixture(db);
    const out: Record<string, number[]> = { insert40: [], update40: [] };
    for (let i = -WARM; i < N; i++) {
      const session = await newSession(db);
      const values = enrollments.map((_, j) => `(gen_random_uuid(), $1, $${j + 2}, 'PRESENT', false, 1)`).join(', ');
      let t = performance.now();
      await db.query('begin');
      const ids = await db.query<{ id: string }>(
        `insert into attendance (id, session_id, enrollment_id, status, left_early, version) values ${values} returning id`,
        [session, ...enrollments],
      );
      await db.query('commit');
      if (i >= 0) out.insert40.push(performance.now() - t);
      t = performance.now();
      await db.query('begin');
      for (const r of ids.rows)
        await db.query(`update attendance set status = 'ABSENT', version = version + 1 where id = $1 and version = 1`, [
          r.id,
        ]);
      await db.query('commit');
      if (i >= 0) out.update40.push(performance.now() - t);
    }
    await dropExtraSessions(db);
    for (const [step, samples] of Object.entries(out)) {
      const p = percentiles(samples);
      log(
        `${process.env.BENCH_LABEL ?? ''} ${step}: p50 ${p.p50.toFixed(2)} p95 ${p.p95.toFixed(2)} p99 ${p.p99.toFixed(2)} ms (n ${p.n})`,
      );
    }
  } finally {
    await db.end();
    await pg.stop();
  }
}

runMain(main);
