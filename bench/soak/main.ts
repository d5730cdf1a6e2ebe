import fs from 'node:fs';
import path from 'node:path';
import { apiReady, demoSignIn, runMain, startBuiltApi, stopApi } from '../api-process';
import { gql } from '../graphql-client';
import { loadavg } from '../report/measure';

/**
 * npm run bench:soak — the API's memory under a steady mixed load. Starts the built API (api/dist/main.js) on
 * 127.0.0.1:BENCH_PORT against its own embedded PostgreSQL with the demo data (LINLI_DATA_DIR, default
 * /tmp/linli-soak), signs in as district staff and sends SOAK_RATE requests a second for SOAK_SECONDS: 70 %
 * reads (a class list page with references and enrollments, a people list, a dashboard) and 30 % writes (a
 * venue's note changed, a need raised and closed again). Every 10 s it reads the API's resident memory
 * (VmRSS of /proc/<pid>/status). Prints the samples, the figures after warm-up (the first SOAK_WARMUP
 * seconds) and whether they hold: RSS at most 200 MB, growth from the first to the last third under 10 %.
 *
 *   SOAK_SECONDS (600)  SOAK_RATE (20)  SOAK_WARMUP (60)  BENCH_PORT (4341)  BENCH_MAIN (api/dist/main.js)
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const RATE = Number(process.env.SOAK_RATE ?? 20);
const WARMUP = Number(process.env.SOAK_WARMUP ?? 60);
const PORT = Number(process.env.BENCH_PORT ?? 4341);
const DATA_DIR = process.env.LINLI_DATA_DIR ?? '/tmp/linli-soak';
const MAIN = path.resolve(process.env.BENCH_MAIN ?? path.join(__dirname, '../../api/dist/main.js'));
const base = `http://127.0.0.1:${PORT}`;
const log = (line: string) => process.stdout.write(line + '\n');

const startApi = () => startBuiltApi(MAIN, PORT, DATA_DIR, {});

const rssMb = (pid: number) => {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Number(/(\d+)/.exec(line)![1]) / 1024;
};

const CLASSES = `{ serviceClasses(take: 25, orderBy: [{ startsOn: DESC }]) { id name capacity enrolledCount
  project { id name sponsor { id name } } venue { id name } enrollments(take: 5) { id status beneficiary { id name } } }
  serviceClassesCount }`;
const PEOPLE = `{ beneficiaries(take: 25) { id name gender birthDate phone idNumber categories } beneficiariesCount }`;
const REPORT = `{ report(from: "2025-01-01", to: "2025-12-31", groupBy: [MONTH]) { totals { peopleServed personTimes } } }`;

async function main(): Promise<void> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const api = startApi();
  try {
    await apiReady(base);
    const token = await demoSignIn(base, 'xishan-staff');
    const found = await gql(base, token, `{ venues(take: 1) { id } organizations(take: 1) { id } }`, {});
    const venue = (found.venues as { id: string }[])[0].id;
    const org = (found.organizations as { id: string }[])[0].id;
    let n = 0;
    let failed = 0;
    const reasons = new Map<string, number>();
    const one = async () => {
      const i = n++;
      const pick = i % 10;
      try {
        if (pick < 3) await gql(base, token, CLASSES, {});
        else if (pick < 5) await gql(base, token, PEOPLE, {});
        else if (pick < 7) await gql(base, token, REPORT, {});
        else if (pick < 9) {
          await gql(
            base,
            token,
            `mutation ($id: ID!, $a: String) { updateVenue(id: $id, data: { address: $a }) { id } }`,
            {
              id: venue,
              a: `浸泡测试路${i}号`,
            },
          );
        } else {
          const need = await gql(
            base,
            token,
            `mutation ($d: NeedRequestCreateInput!) { createNeedRequest(data: $d) { id } }`,
            { d: { raisedById: org, category: 'SUMMER_CARE', title: `浸泡测试需求${i}`, peopleAffected: 3 } },
          );
          const id = (need.createNeedRequest as { id: string }).id;
          await gql(base, token, `mutation ($id: ID!) { deleteNeedRequest(id: $id) { id } }`, { id });
        }
      } catch (e) {
        failed++;
        const why = (e as Error).message.slice(0, 160);
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
      }
    };
    log(`soak: ${RATE} requests/s for ${SECONDS} s (70 % reads, 30 % writes), API pid ${api.pid}; load ${loadavg()}`);
    const samples: { t: number; mb: number }[] = [];
    const started = Date.now();
    const inFlight = new Set<Promise<void>>();
    let next = started;
    while (Date.now() - started < SECONDS * 1000) {
      const p = one().finally(() => inFlight.delete(p));
      inFlight.add(p);
      next += 1000 / RATE;
      const t = (Date.now() - started) / 1000;
      if (samples.length === 0 || t - samples[samples.length - 1].t >= 10) samples.push({ t, mb: rssMb(api.pid!) });
      const wait = next - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    await Promise.all(inFlight);
    samples.push({ t: (Date.now() - started) / 1000, mb: rssMb(api.pid!) });
    log(`requests ${n}, failed ${failed}`);
    for (const [why, times] of reasons) log(`  ${times}× ${why}`);
    log(`RSS MB every 10 s: ${samples.map((s) => s.mb.toFixed(0)).join(' ')}`);
    const after = samples.filter((s) => s.t >= WARMUP);
    const third = Math.max(1, Math.floor(after.length / 3));
    const avg = (xs: { mb: number }[]) => xs.reduce((a, s) => a + s.mb, 0) / xs.length;
    const first = avg(after.slice(0, third));
    const last = avg(after.slice(-third));
    const max = Math.max(...after.map((s) => s.mb));
    const growth = ((last - first) / first) * 100;
    log(
      `after ${WARMUP} s of warm-up: max ${max.toFixed(0)} MB, first third ${first.toFixed(0)} MB, last third ${last.toFixed(0)} MB, growth ${growth.toFixed(1)} %`,
    );
    log(`target RSS ≤ 200 MB: ${max <= 200 ? 'met' : 'NOT met'}; growth < 10 %: ${growth < 10 ? 'met' : 'NOT met'}`);
  } finally {
    await stopApi(api);
  }
}

runMain(main);
