import type { Measured, ScalePoint, WriteStep } from './figures';
import { decadeTicks, type Axis, type ChartPoint, type ChartSpec, type Series } from './svg';

/**
 * The capacity plan's charts (docs/scaling.md) from the measured points. Extrapolation follows the plan's
 * table: what the measurements show flat stays at the mean of the measured values; what grows is taken as
 * proportional to the rows through the largest measured point (the doc's "per million rows" figures). Reads
 * and writes are extrapolated to a province only: one primary serves a province, a nation is the Citus
 * sketch's (section 3), where one machine's latency no longer describes the system.
 */

export const PROVINCE = 1e8;
export const PROVINCE_FIVE_YEARS = 5e8;
export const NATION = 3e9;

const ROWS_AXIS: Omit<Axis, 'label'> = {
  scale: 'log',
  min: 5e5,
  max: 6e9,
  ticks: [
    { value: 1e6, label: '10⁶ 城市 city' },
    { value: 1e7, label: '10⁷' },
    { value: 1e8, label: '10⁸ 省 province' },
    { value: 3e9, label: '3·10⁹ 全国 nation' },
  ],
};
const rowsAxis: Axis = { ...ROWS_AXIS, label: '考勤记录行数 attendance rows (log)' };

const COLORS = ['#1f6fb4', '#d9711c', '#2f9e44', '#c2255c', '#7048e8', '#5c5f66'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Flat: the mean of the measured values, at each x. */
export function extrapolateFlat(measured: ChartPoint[], xs: number[]): ChartPoint[] {
  const y = mean(measured.map((p) => p.y));
  return xs.map((x) => ({ x, y }));
}

/** Proportional to x through the largest measured point, each point labelled by `label`. */
export function extrapolateProportional(
  measured: ChartPoint[],
  xs: number[],
  label?: (y: number) => string,
): ChartPoint[] {
  const last = measured.reduce((a, b) => (b.x > a.x ? b : a));
  return xs.map((x) => {
    const y = (last.y * x) / last.x;
    return { x, y, ...(label ? { label: label(y) } : {}) };
  });
}

/**
 * Affine through the smallest and the largest measured point (a fixed part plus a part proportional to the
 * rows): for a figure that grew between the scales without growing tenfold, such as a page whose statement
 * counts a table's rows among other, fixed work.
 */
export function extrapolateAffine(measured: ChartPoint[], xs: number[]): ChartPoint[] {
  const first = measured.reduce((a, b) => (b.x < a.x ? b : a));
  const last = measured.reduce((a, b) => (b.x > a.x ? b : a));
  const slope = (last.y - first.y) / (last.x - first.x);
  return xs.map((x) => ({ x, y: last.y + slope * (x - last.x) }));
}

/** A page counts as grown when its p50 at the largest scale is this much above the smallest (docs/scaling.md). */
export const GROWN = 1.1;

const ms = (v: number) => (v >= 1000 ? `${v / 1000} s` : `${v} ms`);

/** (a) Dashboard p50 / p95 against the rows, with the raw-table peer: median over scenarios, bar = range. */
export function dashboardChart(points: ScalePoint[]): ChartSpec {
  const withReads = points.filter((p) => p.reads);
  const over = (pick: (s: { p50: number; p95: number; peerP50: number }) => number): ChartPoint[] =>
    withReads.map((p) => {
      const v = p.reads!.scenarios.map(pick);
      return { x: p.attendanceRows, y: median(v), low: Math.min(...v), high: Math.max(...v) };
    });
  const p50 = over((s) => s.p50);
  const p95 = over((s) => s.p95);
  const peer = over((s) => s.peerP50);
  const scenarios = withReads[0]?.reads?.scenarios.length ?? 0;
  const series: Series[] = [
    { name: '看板 p50 dashboard', color: COLORS[0], measured: p50, extrapolated: extrapolateFlat(p50, [PROVINCE]) },
    { name: '看板 p95 dashboard', color: COLORS[1], measured: p95, extrapolated: extrapolateFlat(p95, [PROVINCE]) },
    {
      name: '原始表对照 raw tables p50',
      color: COLORS[3],
      measured: peer,
      extrapolated: extrapolateProportional(peer, [PROVINCE]),
    },
  ];
  return {
    title: '看板延迟与数据量 Dashboard latency vs rows',
    note: `点：${scenarios} 个场景的中位数，竖线：最小–最大 · dot: median of ${scenarios} scenarios, bar: min–max`,
    x: rowsAxis,
    y: { label: '毫秒 ms (log)', scale: 'log', min: 1, max: 1e6, ticks: decadeTicks(1, 1e6, ms) },
    series,
  };
}

const STEPS: { step: WriteStep; name: string }[] = [
  { step: 'record', name: '点名保存 roll call (40 rows)' },
  { step: 'enroll', name: '报名 enrollment' },
  { step: 'foldLagRecord', name: '汇总延迟 fold lag, roll call' },
  { step: 'foldLagEnroll', name: '汇总延迟 fold lag, enrollment' },
];

/** (b) Write latency and fold lag against the rows: p50, bar up to p95. */
export function writesChart(points: ScalePoint[]): ChartSpec {
  const series: Series[] = STEPS.map(({ step, name }, i) => {
    const measured = points
      .filter((p) => p.writes?.[step])
      .map((p) => ({
        x: p.attendanceRows,
        y: p.writes![step]!.p50,
        low: p.writes![step]!.p50,
        high: p.writes![step]!.p95,
      }));
    return {
      name,
      color: COLORS[i],
      measured,
      extrapolated: measured.length ? extrapolateFlat(measured, [PROVINCE]) : [],
    };
  });
  return {
    title: '写入延迟与汇总延迟 Writes and fold lag vs rows',
    note: '点：p50，竖线至 p95 · dot: p50, bar up to p95; 外推按持平 extrapolated flat',
    x: rowsAxis,
    y: { label: '毫秒 ms (log)', scale: 'log', min: 10, max: 1000, ticks: decadeTicks(10, 1000, ms) },
    series,
  };
}

/** Console pages' names in the charts, by bench/report/pages.ts's page names. */
const PAGES: Record<string, string> = {
  'class list': '班级列表 class list',
  'project list': '项目列表 project list',
  'enrollment list': '报名列表 enrollment list',
  'people list (pinyin)': '人员列表（拼音）people list',
  'person detail': '人员详情 person detail',
  'roster of the fullest session': '点名册 roster (3 requests)',
};

/** (d) The console's list, detail and roster pages against the rows: p50, bar up to p95. */
export function pagesChart(points: ScalePoint[]): ChartSpec {
  const withPages = points.filter((p) => p.pages);
  const names = withPages[0]?.pages?.pages.map((g) => g.page) ?? [];
  const series: Series[] = names.map((page, i) => {
    const measured = withPages.flatMap((p) =>
      p
        .pages!.pages.filter((g) => g.page === page)
        .map((g) => ({ x: p.attendanceRows, y: g.p50, low: g.p50, high: g.p95 })),
    );
    return {
      name: PAGES[page] ?? page,
      color: COLORS[i % COLORS.length],
      measured,
      extrapolated: !measured.length
        ? []
        : measured.length > 1 && measured[measured.length - 1].y > GROWN * measured[0].y
          ? extrapolateAffine(measured, [PROVINCE])
          : extrapolateFlat(measured, [PROVINCE]),
    };
  });
  return {
    title: '控制台页面延迟 Console pages vs rows',
    note: `点 p50，竖线至 p95 · dot p50, bar to p95; 外推：增长 > ${Math.round((GROWN - 1) * 100)}% 者线性，余持平 · extrapolated affine if p50 grew > ${Math.round((GROWN - 1) * 100)} %, else flat`,
    x: rowsAxis,
    y: { label: '毫秒 ms (log)', scale: 'log', min: 1, max: 1000, ticks: decadeTicks(1, 1000, ms) },
    series,
  };
}

const EXTRAPOLATE_TO = [PROVINCE, PROVINCE_FIVE_YEARS, NATION];

const duration = (s: number) =>
  s >= 86400 * 2
    ? `≈ ${(s / 86400).toFixed(1)} 天 days`
    : s >= 3600
      ? `≈ ${(s / 3600).toFixed(1)} 时 h`
      : `≈ ${Math.round(s / 60)} 分 min`;

/** (c) The full rebuild's time against the rows, extrapolated to a province and a nation. */
export function rebuildChart(points: ScalePoint[]): ChartSpec {
  const measured = points
    .filter((p) => p.rebuild)
    .map((p) => ({ x: p.attendanceRows, y: p.rebuild!.seconds, label: duration(p.rebuild!.seconds).slice(2) }));
  return {
    title: '全量重建时间 Full rebuild (report_rebuild) vs rows',
    note: '外推：与行数成正比，经最大实测点 · extrapolated proportional to rows through the largest measured point',
    x: rowsAxis,
    y: {
      label: '时间 time (log)',
      scale: 'log',
      min: 30,
      max: 2e6,
      ticks: [
        { value: 60, label: '1 min' },
        { value: 600, label: '10 min' },
        { value: 3600, label: '1 h' },
        { value: 36000, label: '10 h' },
        { value: 86400, label: '1 天 day' },
        { value: 604800, label: '1 周 week' },
      ],
    },
    series: [
      {
        name: '全量重建 full rebuild',
        color: COLORS[0],
        measured,
        extrapolated: measured.length ? extrapolateProportional(measured, EXTRAPOLATE_TO, duration) : [],
      },
    ],
  };
}

const GB = 1e9;
const size = (bytes: number) => (bytes >= 1e12 ? `${+(bytes / 1e12).toFixed(1)} TB` : `${+(bytes / GB).toFixed(1)} GB`);

/** (c) The database's size (and the summaries' and attendance's share) against the rows. */
export function diskChart(points: ScalePoint[]): ChartSpec {
  const withDisk = points.filter((p) => p.disk);
  const pick = (key: 'databaseBytes' | 'summariesBytes' | 'attendanceBytes', labelled: boolean): ChartPoint[] =>
    withDisk.map((p) => ({ x: p.attendanceRows, y: p.disk![key], ...(labelled ? { label: size(p.disk![key]) } : {}) }));
  const line = (name: string, color: string, key: Parameters<typeof pick>[0], labelled: boolean): Series => {
    const measured = pick(key, labelled);
    return {
      name,
      color,
      measured,
      extrapolated: measured.length
        ? extrapolateProportional(measured, EXTRAPOLATE_TO, labelled ? (y) => `≈ ${size(y)}` : undefined)
        : [],
    };
  };
  return {
    title: '数据库大小 Database size vs rows',
    note: '外推：与行数成正比，经最大实测点 · extrapolated proportional to rows through the largest measured point',
    x: rowsAxis,
    y: { label: '字节 bytes (log)', scale: 'log', min: 1e8, max: 3e13, ticks: decadeTicks(1e8, 3e13, size) },
    series: [
      line('整个数据库 database', COLORS[0], 'databaseBytes', true),
      line('其中汇总表 report summaries', COLORS[1], 'summariesBytes', false),
      line('其中考勤表 attendance', COLORS[2], 'attendanceBytes', false),
    ],
  };
}

/** Every chart, by its file name under docs/charts/. */
export function allCharts(measured: Measured): Record<string, ChartSpec> {
  const points = [...measured.points].sort((a, b) => a.attendanceRows - b.attendanceRows);
  return {
    'dashboard-latency.svg': dashboardChart(points),
    'writes-fold-lag.svg': writesChart(points),
    'console-pages.svg': pagesChart(points),
    'rebuild-time.svg': rebuildChart(points),
    'database-size.svg': diskChart(points),
  };
}
