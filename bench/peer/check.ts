/**
 * Do Linli and the PostGraphile contestant give the same canonical answers? For each scenario of bench/read
 * that PostGraphile plays, sends Linli its document (as the platform admin) and PostGraphile its bench/peer
 * query, maps both and compares them. Both servers must already run on the same database, e.g.
 *
 *   LINLI=http://127.0.0.1:4392 PEER=http://127.0.0.1:4492 PERSON_ID=<beneficiary uuid> SEARCH=班 \
 *     TS_NODE_PROJECT=bench/tsconfig.json node -r ts-node/register/transpile-only bench/peer/check.ts
 */
import { deepStrictEqual } from 'node:assert';
import { demoSignIn, runMain } from '../api-process';
import { gql } from '../graphql-client';
import { SCENARIOS } from '../read/scenarios';
import { PEER } from './queries';

runMain(async () => {
  const linli = process.env.LINLI ?? 'http://127.0.0.1:4392';
  const peer = process.env.PEER ?? 'http://127.0.0.1:4492';
  const vars = { personId: process.env.PERSON_ID, search: process.env.SEARCH };
  const token = await demoSignIn(linli, process.env.ADMIN_USER ?? 'admin');
  let failed = 0;
  for (const s of SCENARIOS.filter((x) => !x.floorOnly)) {
    const p = PEER[s.name];
    if (!p) throw new Error(`bench/peer/queries.ts has no ${s.name}`);
    const ours = s.canonical(await gql(linli, token, s.linli, vars));
    const theirs = p.canonical(await gql(peer, null, p.query, vars));
    let verdict = 'equal';
    try {
      deepStrictEqual(theirs, ours);
      // Key order too: a runner may compare serialized answers.
      if (JSON.stringify(theirs) !== JSON.stringify(ours)) throw new Error('same values, different key order');
    } catch (e) {
      failed++;
      verdict = `DIFFERENT\n${(e as Error).message}`;
    }
    const rows = (ours as { rows?: unknown[] } | null)?.rows?.length;
    process.stdout.write(`${s.name}: ${verdict}${rows === undefined ? '' : ` (${rows} rows)`}\n`);
  }
  if (failed) throw new Error(`${failed} scenario(s) differ`);
});
