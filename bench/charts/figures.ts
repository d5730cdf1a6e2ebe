import fs from 'node:fs';
import path from 'node:path';

/**
 * The figures the capacity plan charts (bench/charts/measured.json): one point per dataset scale, each
 * figure with the result file it came from. The result files themselves (bench/results/) are not checked in,
 * so this file is what a fresh checkout regenerates the charts from; `--collect` refreshes it from them.
 */
export interface Figure {
  p50: number;
  p95: number;
  n?: number;
  source: string;
}

export interface ScenarioFigure {
  name: string;
  p50: number;
  p95: number;
  /** The same report from the raw tables (the peer), p50 in ms. */
  peerP50: number;
}

export const WRITE_STEPS = ['record', 'enroll', 'foldLagRecord', 'foldLagEnroll'] as const;
export type WriteStep = (typeof WRITE_STEPS)[number];

export interface ScalePoint {
  /** BENCH_SCALE of the run (1 = 10 M attendance rows; 0.1 = a city of 1 M). */
  benchScale: number;
  attendanceRows: number;
  reads?: { source: string; scenarios: ScenarioFigure[] };
  writes?: Partial<Record<WriteStep, Figure>>;
  rebuild?: { seconds: number; source: string };
  disk?: { databaseBytes: number; summariesBytes: number; attendanceBytes: number; source: string };
  /** The console's list, detail and roster pages (bench/report/pages.ts), p50 and p95 in ms. */
  pages?: { source: string; pages: PageFigure[] };
}

export interface PageFigure {
  page: string;
  p50: number;
  p95: number;
  statements: number;
}

export interface Measured {
  about: string;
  points: ScalePoint[];
}

/** A report bench result file (bench/report/main.ts): older files lack scale, disk and rebuildSeconds. */
export interface ResultFile {
  scale?: number;
  size: { attendance: string | number };
  disk?: { databaseBytes: number; summariesBytes: number; attendanceBytes: number };
  rebuildSeconds?: number;
  results: { scenario: string; p50: number; p95: number; peerP50: number }[];
  writes: { step: string; p50: number; p95: number; n: number }[];
  pages?: PageFigure[];
}

/**
 * A file's scale: BENCH_SCALE where the file records it; before it did, from its attendance rows (the
 * generator makes 10 M per unit of scale, plus the rows earlier write rounds added), to two significant digits.
 */
export function scaleOf(file: ResultFile): number {
  if (typeof file.scale === 'number') return file.scale;
  const units = Number(file.size.attendance) / 10_000_000;
  return Number(units.toPrecision(2));
}

/** "report-1796556310798.json" → "bench/results/report-1796556310798.json (2026-12-06 11:25 UTC)". */
export function describeSource(fileName: string): string {
  const ms = Number(/report-(\d+)\.json$/.exec(fileName)?.[1]);
  const when = Number.isFinite(ms) ? ` (${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC)` : '';
  return `bench/results/${path.basename(fileName)}${when}`;
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/**
 * Merges result files into the measured points, in the order given (the later file wins, figure by figure):
 * a file's reads replace its scale's only when it ran every scenario (a BENCH_ONLY run is a partial
 * picture), each write step is taken from the latest file that measured it, rebuild, disk and the console's
 * pages where recorded.
 */
export function collect(measured: Measured, files: { name: string; data: ResultFile }[], scenarios: number): Measured {
  const points = new Map(measured.points.map((p) => [p.benchScale, structuredClone(p)]));
  for (const { name, data } of files) {
    const benchScale = scaleOf(data);
    const source = describeSource(name);
    const point = points.get(benchScale) ?? { benchScale, attendanceRows: 0 };
    point.attendanceRows = Number(data.size.attendance);
    if (data.results.length >= scenarios)
      point.reads = {
        source,
        scenarios: data.results.map((r) => ({
          name: r.scenario,
          p50: round(r.p50, 2),
          p95: round(r.p95, 2),
          peerP50: round(r.peerP50, 0),
        })),
      };
    for (const w of data.writes) {
      if (!(WRITE_STEPS as readonly string[]).includes(w.step)) continue;
      point.writes = {
        ...point.writes,
        [w.step]: { p50: round(w.p50, 1), p95: round(w.p95, 1), n: w.n, source },
      };
    }
    if (data.rebuildSeconds !== undefined) point.rebuild = { seconds: Math.round(data.rebuildSeconds), source };
    if (data.disk) point.disk = { ...data.disk, source };
    if (data.pages?.length)
      point.pages = {
        source,
        pages: data.pages.map((g) => ({
          page: g.page,
          p50: round(g.p50, 2),
          p95: round(g.p95, 2),
          statements: g.statements,
        })),
      };
    points.set(benchScale, point);
  }
  return { ...measured, points: [...points.values()].sort((a, b) => a.attendanceRows - b.attendanceRows) };
}

/** The report result files in a folder, oldest first (their names carry Date.now()). */
export function readResultFiles(dir: string): { name: string; data: ResultFile }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^report-\d+\.json$/.test(f))
    .sort((a, b) => Number(a.slice(7, -5)) - Number(b.slice(7, -5)))
    .map((name) => ({ name, data: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ResultFile }));
}
