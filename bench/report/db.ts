import { BENCH_DIR, DB_NAME, log, startBenchPostgres } from './bench-db';
import fs from 'node:fs';
import path from 'node:path';

/**
 * npm run bench:db — start the benchmark's PostgreSQL (bench/.data) on BENCH_PG_PORT (default 5499) and keep
 * it running until Ctrl-C, for psql / EXPLAIN against the generated 1M-people dataset. Writes the URL to
 * bench/.data/url.
 */
async function main(): Promise<void> {
  const pg = await startBenchPostgres(Number(process.env.BENCH_PG_PORT ?? 5499));
  const url = pg.urlFor(DB_NAME);
  fs.writeFileSync(path.join(BENCH_DIR, 'url'), url);
  log(`benchmark PostgreSQL: ${url}`);
  const stop = () => {
    pg.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
