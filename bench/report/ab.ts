import path from 'node:path';
import { Client } from 'pg';
import type { DeclaredObject } from '../../api/src/db/schema/declared';
import { declaredObjects } from '../../api/src/db/schema';
import { applyDeclaredObjects } from '../../api/src/db/schema/apply';
import { DB_NAME, log, startBenchPostgres } from './bench-db';
import { percentiles } from './measure';
import { enrollmentPool, ensureWriteFixture, WRITE_CLASS } from './writes';

/**
 * npm run bench:report:ab — another checkout's database functions and triggers (A, BENCH_A_SCHEMA=<its
 * api/src/db/schema>) against this checkout's (B), applied in turn to the same generated dataset (BENCH_SCALE),
 * without the API: how a change to the fold or the rebuild is judged (issue 19 item 3). Both must fit the
 * dataset's tables (a change of declarations only; their migrations differ by nothing but drops).
 * BENCH_AB=fold (default): in blocks in the order BENCH_AB_ORDER (ABBAABBA), BENCH_AB_N writes (20) of each
 * kind to the benchmark's write class by direct SQL, each followed by `select report_flush()`, timed: a
 * roster correction (about half of a session's 40 rows flip PRESENT/ABSENT), an enrollment, its withdrawal.
 * BENCH_AB=rebuild: `select report_rebuild()` in the order BENCH_AB_ORDER (ABAB), with its progress.
 * Leaves A applied (the shared dataset's owner is usually main); `npm run bench:report` of this checkout
 * applies B again through its migrations.
 */
const MODE = process.env.BENCH_AB ?? 'fold';
const ORDER = (process.env.BENCH_AB_ORDER ?? (MODE === 'fold' ? 'ABBAABBA' : 'ABAB')).split('');
const N = Number(process.env.BENCH_AB_N ?? 20);
const WARM = 2;

async function main(): Promise<void> {
  if (!process.env.BENCH_A_SCHEMA) throw new Error('BENCH_A_SCHEMA=<another checkout>/api/src/db/schema is required');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the other checkout's source, by path
  const A = require(path.resolve(process.env.BENCH_A_SCHEMA)).declaredObjects as DeclaredObject[];
  const builds: Record<string, DeclaredObject[]> = { A, B: declaredObjects };
  const pg = await startBenchPostgres();
  const url = pg.urlFor(DB_NAME);
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    const use = async (b: string) => {
      const r = await applyDeclaredObjects(admin, builds[b]);
      log(`${b}: ${r.applied.length} declared objects applied, ${r.dropped.length} dropped`);
    };
    if (MODE === 'rebuild') {
      admin.on('notice', (n) => log(`  ${n.message ?? ''}`));
      await admin.query(`set work_mem = '1GB'`); // as the generator's buildSummaries
      for (const b of ORDER) {
        await use(b);
        const t = performance.now();
        await admin.query('select report_rebuild()');
        log(`${b} rebuild ${((performance.now() - t) / 1000).toFixed(1)} s`);
      }
    } else await folds(url, admin, use);
    await use('A');
  } finally {
    await admin.end();
    await pg.stop();
  }
}

async function folds(url: string, admin: Client, use: (b: string) => Promise<void>): Promise<void> {
  const { sessions } = await ensureWriteFixture(admin);
  const pool = await enrollmentPool(admin, (N + WARM) * ORDER.length + 5);
  await admin.query('select report_flush()');
  const kinds = ['record', 'enroll', 'withdraw'];
  const out: Record<string, number[]> = {};
  let p = 0;
  for (const b of ORDER) {
    await use(b);
    const db = new Client({ connectionString: url }); // a new session: the fold's temporary tables made afresh
    await db.connect();
    for (let i = -WARM; i < N; i++) {
      const fold = async (kind: string) => {
        const t = performance.now();
        await db.query('select report_flush()');
        if (i >= 0) (out[`${b} ${kind}`] ??= []).push(performance.now() - t);
      };
      await db.query(
        `update attendance set status = case when status = 'PRESENT' then 'ABSENT' else 'PRESENT' end
          where session_id = $1 and hashtext(enrollment_id::text) % 2 = 0`,
        [sessions[p % sessions.length]],
      );
      await fold('record');
      const e = await db.query<{ id: string }>(
        `insert into enrollment (id, class_id, beneficiary_id, status, days_booked, fee_fen, subsidy_fen, payable_fen,
           created_at, enrolled_at) values (gen_random_uuid(), $1, $2, 'ENROLLED', 1, 0, 0, 0, now(), now()) returning id`,
        [WRITE_CLASS, pool[p++]],
      );
      await fold('enroll');
      await db.query(`update enrollment set status = 'WITHDRAWN' where id = $1`, [e.rows[0].id]);
      await fold('withdraw');
    }
    await db.end();
  }
  for (const k of kinds)
    for (const b of ['A', 'B']) {
      const s = percentiles(out[`${b} ${k}`] ?? []);
      log(`fold after ${k}, ${b}: p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} ms (n ${s.n})`);
    }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
