import fs from 'node:fs';
import path from 'node:path';
import { makeIdNumber } from '../../api/src/common/validators';
import { apiReady, demoSignIn, runMain, startBuiltApi, stopApi } from '../api-process';
import { gql } from '../graphql-client';
import { loadavg } from '../report/measure';

/**
 * npm run bench:roster — how long a roster import (班级 → 导入名单) takes as the file grows. Starts the built
 * API (api/dist/main.js) on 127.0.0.1:BENCH_PORT against its own embedded PostgreSQL with the demo data
 * (LINLI_DATA_DIR, default /tmp/linli-roster-bench), signs in as a platform admin and, for each size, opens a
 * class and imports that many new children with a guardian each: the dry run, then the commit, both timed
 * over HTTP. The commit is all or nothing in one transaction; its class lock is held for the whole of it.
 *
 *   BENCH_SIZES (200,800,2000)  BENCH_PORT (4321)  BENCH_MAIN (api/dist/main.js)
 *   BENCH_NODE_ARGS  extra node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 *                    (summarise with bench/api-overhead/profile-top.ts)
 */
const SIZES = (process.env.BENCH_SIZES ?? '200,800,2000').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4321);
const DATA_DIR = process.env.LINLI_DATA_DIR ?? '/tmp/linli-roster-bench';
const MAIN = path.resolve(process.env.BENCH_MAIN ?? path.join(__dirname, '../../api/dist/main.js'));
const base = `http://127.0.0.1:${PORT}`;
const log = (line: string) => process.stdout.write(line + '\n');

const startApi = () =>
  startBuiltApi(MAIN, PORT, DATA_DIR, {
    LOG_LEVEL: 'warn',
    // A large import is one long transaction: give it the time it needs (the point is to measure it).
    DB_STATEMENT_TIMEOUT_MS: '0',
    DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0',
  });

/** Row i is always the same child (same name, same ID number): a later run that meets it again reuses it. */
let seq = Math.floor(Math.random() * 2_900_000);
const DAY = 86_400_000;
/** A child of 6–14 with a guardian who signed the form: every row valid. */
function row() {
  const i = ++seq % 3_000_000;
  const birth = new Date(Date.UTC(2012, 0, 1) + (i % 3000) * DAY).toISOString().slice(0, 10);
  return {
    name: `压测儿童${i}`,
    idNumber: makeIdNumber({ region: '530112', birthDate: birth, sequence: Math.floor(i / 3000) % 1000 }),
    categories: '儿童',
    guardianName: `压测家长${i}`,
    guardianPhone: `139${String(10_000_000 + i).slice(-8)}`,
    guardianRelation: '母亲',
    guardianConsent: true,
  };
}

const IMPORT = `mutation ($c: ID!, $rows: [RosterRowInput!]!, $dry: Boolean!) {
  importRoster(classId: $c, rows: $rows, dryRun: $dry) { total valid created enrolled waitlisted } }`;

async function main(): Promise<void> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const api = startApi();
  try {
    await apiReady(base);
    const token = await demoSignIn(base, 'admin');
    const found = await gql(
      base,
      token,
      `{ serviceProjects(take: 1, where: { status: { in: [ACTIVE, APPROVED] } }) { id } }`,
      {},
    );
    const project = (found.serviceProjects as { id: string }[])[0].id;
    log(`roster-import: load ${loadavg()}`);
    log('| rows | dry run s | commit s | created | enrolled | waitlisted |');
    log('| --- | --- | --- | --- | --- | --- |');
    for (const size of SIZES) {
      const made = await gql(
        base,
        token,
        `mutation ($d: ServiceClassCreateInput!) { createServiceClass(data: $d) { id } }`,
        {
          d: {
            projectId: project,
            name: `压测班${size}-${seq}`,
            careType: 'FULL_DAY',
            minAgeMonths: 36,
            maxAgeMonths: 200,
            capacity: Math.floor(size * 0.75),
            staffCount: 3,
            startsOn: '2026-07-13',
            endsOn: '2026-08-21',
            weekdays: [1, 2, 3, 4, 5],
            dailyStart: '08:00:00',
            dailyEnd: '17:00:00',
            feePerDayFen: 13000,
          },
        },
      );
      const classId = (made.createServiceClass as { id: string }).id;
      const rows = Array.from({ length: size }, row);
      let t = performance.now();
      const dry = await gql(base, token, IMPORT, { c: classId, rows, dry: true });
      const dryS = (performance.now() - t) / 1000;
      const valid = (dry.importRoster as { valid: number }).valid;
      if (valid !== size) throw new Error(`only ${valid} of ${size} rows valid`);
      t = performance.now();
      const done = await gql(base, token, IMPORT, { c: classId, rows, dry: false });
      const commitS = (performance.now() - t) / 1000;
      const r = done.importRoster as { created: number; enrolled: number; waitlisted: number };
      log(`| ${size} | ${dryS.toFixed(2)} | ${commitS.toFixed(2)} | ${r.created} | ${r.enrolled} | ${r.waitlisted} |`);
    }
  } finally {
    await stopApi(api);
  }
}

runMain(main);
