import fs from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { SCENARIOS } from '../report/scenarios';
import { allCharts } from './charts';
import { collect, readResultFiles, type Measured } from './figures';
import { renderChart } from './svg';

/**
 * npm run bench:charts — draw the capacity plan's charts (docs/charts/*.svg, embedded in docs/scaling.md)
 * from bench/charts/measured.json. With --collect, first merge the report bench's result files
 * (bench/results/report-*.json, each placed at its BENCH_SCALE) into measured.json: after a new
 * `npm run bench:report` at some scale, its figures replace that scale's. Runs no benchmark.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const MEASURED = path.join(__dirname, 'measured.json');
const OUT = path.join(ROOT, 'docs', 'charts');

async function main(): Promise<void> {
  let measured = JSON.parse(fs.readFileSync(MEASURED, 'utf8')) as Measured;
  if (process.argv.includes('--collect')) {
    const files = readResultFiles(path.join(ROOT, 'bench', 'results'));
    measured = collect(measured, files, SCENARIOS.length);
    // Written as prettier would, so that `npm run format` stays green after a collect.
    const options = { ...(await resolveConfig(MEASURED)), filepath: MEASURED };
    fs.writeFileSync(MEASURED, await format(JSON.stringify(measured, null, 2), options));
    process.stdout.write(`measured.json: ${files.length} result files merged\n`);
  }
  fs.mkdirSync(OUT, { recursive: true });
  for (const [name, spec] of Object.entries(allCharts(measured))) {
    fs.writeFileSync(path.join(OUT, name), renderChart(spec));
    process.stdout.write(`docs/charts/${name}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
