/**
 * BENCH_SCALE: the report benchmark's dataset against its default size (1 = 10 M attendance rows and
 * 1 M people; 0.1 = a city of 1 M rows; 3 = 30 M). The organization tree, the social groups and the shape
 * per class stay the same; classes, projects, people, service records, needs and evaluations scale. Each
 * scale has its own data folder (bench/.data at 1, bench/.data-x<scale> otherwise): docs/scaling.md.
 */
export const SCALE = Number(process.env.BENCH_SCALE ?? 1);
if (!(SCALE > 0) || SCALE > 100)
  throw new Error(`BENCH_SCALE must be a number in (0, 100], got ${process.env.BENCH_SCALE}`);

/** Classes, a multiple of 5 (five classes per project) and of 100 (attendance is loaded 2,000 at a time). */
export const CLASSES = Math.max(100, Math.round((20_000 * SCALE) / 100) * 100);
export const PROJECTS = CLASSES / 5;
const scaled = (n: number) => Math.max(100, Math.round(n * SCALE));
export const PEOPLE = scaled(1_000_000);
/** The people classes draw from (the rest are never enrolled: the write scenario's pool). */
export const POOL = scaled(300_000);
export const SERVICE_RECORDS = scaled(200_000);
export const NEEDS = scaled(20_000);
export const EVALUATIONS = scaled(8_000);
export const DATA_FOLDER = SCALE === 1 ? '.data' : `.data-x${SCALE}`;
