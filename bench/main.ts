import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * npm run bench [-- <name>] — the benchmarks, run on purpose (never by `npm test` or CI):
 *   read (default)  the read path against PostGraphile v5 and a hand-written SQL floor (bench/read/main.ts)
 *   report          the dashboard over 1M people / 10M attendance rows (bench/report/main.ts)
 *   roster | soak | api-overhead   the older single-purpose benchmarks (also npm run bench:<name>)
 * The API is built first (package.json); PostGraphile is installed into bench/peer the first time.
 */
const name = process.argv[2] ?? 'read';
const entries: Record<string, string> = {
  read: 'read/main.ts',
  report: 'report/main.ts',
  roster: 'roster-import/main.ts',
  soak: 'soak/main.ts',
  'api-overhead': 'api-overhead/main.ts',
};
if (!entries[name]) {
  process.stderr.write(`unknown benchmark "${name}"; one of: ${Object.keys(entries).join(', ')}\n`);
  process.exit(2);
}
if (name === 'read' && !fs.existsSync(path.join(__dirname, 'peer/node_modules/postgraphile'))) {
  process.stdout.write('installing PostGraphile and Node 22 into bench/peer (once) …\n');
  const r = spawnSync('npm', ['ci', '--prefix', path.join(__dirname, 'peer'), '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(`./${entries[name]}`);
