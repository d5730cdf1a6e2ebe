import type { LedgerColumnType } from '../../../common/export';
import type { Components } from './components';

/**
 * Every figure a report cell shows, declared once (issue 19 item 1, the figures' half): from this list come
 * the GraphQL `ReportCell` fields (report.types.ts), the cell's computation (report.cells.ts), which small
 * count withholds it from analysts (report.suppress.ts), the .xlsx ledger's columns (report.export.ts) and,
 * through schema/admin-meta.json, the console's KPI tiles and number formats (admin/src/generated). Adding a
 * figure here adds it to all of them; the console's labels (zh, en) live in its i18n, and its unit tests
 * fail until the new figure has them. The components it is computed from are kept by the summaries
 * (model/components.ts and the SQL in src/db/schema): the other half of item 1.
 */
export type FigureKind = 'count' | 'money' | 'rate' | 'minutes' | 'score';

export interface FigureDef {
  name: string;
  /** GraphQL scalar: Int, SafeInt (may pass 2³¹: money in fen, minutes, places) or Float. */
  scalar: 'Int' | 'SafeInt' | 'Float';
  /** The GraphQL description (the Chinese term first where there is one). */
  description: string;
  /** How it reads: counts, money in fen, rates in basis points, minutes, scores. */
  kind: FigureKind;
  /** The .xlsx ledger column: its header and cell type (absent: not in the ledger). */
  ledger?: { header: string; type: LedgerColumnType };
  /** The console's KPI tiles: a headline figure or one of the row below, and its place (absent: not a tile). */
  tile?: { row: 'main' | 'more'; at: number };
  /**
   * The small count (1–4) that withholds it from analysts besides a small number of people (which withholds
   * every figure of the cell): enrollments, or the waitlist.
   */
  part?: 'enrollment' | 'waitlist';
  value(c: Components): number | null;
}

const rate = (num: number | null, den: number | null): number | null =>
  num === null || den === null || den === 0 ? null : Math.round((num * 10000) / den);

export const FIGURES = [
  {
    name: 'peopleServed',
    scalar: 'Int',
    description: '服务人数: distinct people with at least one person-time in the period. Not additive',
    kind: 'count',
    ledger: { header: '服务人数（去重）', type: 'int' },
    tile: { row: 'main', at: 1 },
    value: (c) => c.people,
  },
  {
    name: 'enrollments',
    scalar: 'Int',
    description:
      '报名数: live ENROLLED/COMPLETED enrollments whose enrollment day (enrolledAt, China date) is in the period',
    kind: 'count',
    ledger: { header: '报名数', type: 'int' },
    tile: { row: 'more', at: 1 },
    part: 'enrollment',
    value: (c) => c.enrollments,
  },
  {
    name: 'personTimes',
    scalar: 'Int',
    description: '服务人次: attendancePersonTimes + serviceRecordPersonTimes',
    kind: 'count',
    ledger: { header: '服务人次', type: 'int' },
    tile: { row: 'main', at: 2 },
    value: (c) => c.attended + c.records,
  },
  {
    name: 'attendancePersonTimes',
    scalar: 'Int',
    description: 'Attendance rows PRESENT or LATE on sessions (not cancelled) dated in the period',
    kind: 'count',
    ledger: { header: '其中：出勤人次', type: 'int' },
    value: (c) => c.attended,
  },
  {
    name: 'serviceRecordPersonTimes',
    scalar: 'Int',
    description: 'Service records (one-to-one work) that occurred in the period',
    kind: 'count',
    ledger: { header: '其中：个案服务人次', type: 'int' },
    value: (c) => c.records,
  },
  {
    name: 'sessionsHeld',
    scalar: 'Int',
    description: '场次: sessions with status HELD dated in the period. Null in person groupings',
    kind: 'count',
    ledger: { header: '开展场次', type: 'int' },
    tile: { row: 'main', at: 3 },
    value: (c) => c.sessionsHeld,
  },
  {
    name: 'serviceMinutes',
    scalar: 'SafeInt',
    description: '服务时长 (person-minutes): session length per attended person-time + service record minutes',
    kind: 'minutes',
    ledger: { header: '服务时长（人·小时）', type: 'int' },
    tile: { row: 'more', at: 5 },
    value: (c) => c.minutes,
  },
  {
    name: 'feeTotalFen',
    scalar: 'SafeInt',
    description: '费用合计 (fen) of the counted enrollments',
    kind: 'money',
    ledger: { header: '费用合计（元）', type: 'money' },
    tile: { row: 'more', at: 6 },
    part: 'enrollment',
    value: (c) => c.feeFen,
  },
  {
    name: 'subsidyTotalFen',
    scalar: 'SafeInt',
    description: '补贴合计 (fen) of the counted enrollments',
    kind: 'money',
    ledger: { header: '补贴合计（元）', type: 'money' },
    tile: { row: 'main', at: 4 },
    part: 'enrollment',
    value: (c) => c.subsidyFen,
  },
  {
    name: 'familyPaidFen',
    scalar: 'SafeInt',
    description: '家庭自付 (fen) of the counted enrollments',
    kind: 'money',
    ledger: { header: '家庭自付（元）', type: 'money' },
    tile: { row: 'more', at: 7 },
    part: 'enrollment',
    value: (c) => c.payableFen,
  },
  {
    name: 'capacity',
    scalar: 'SafeInt',
    description: 'Places of live, not cancelled classes starting in the period. Null in person groupings',
    kind: 'count',
    ledger: { header: '学位数', type: 'int' },
    value: (c) => c.capacity,
  },
  {
    name: 'enrolledInClasses',
    scalar: 'Int',
    description: 'Current live ENROLLED/COMPLETED enrollments of those classes',
    kind: 'count',
    ledger: { header: '在班人数', type: 'int' },
    value: (c) => c.classEnrolled,
  },
  {
    name: 'fillRateBp',
    scalar: 'Int',
    description: '满班率 (bp): enrolledInClasses / capacity',
    kind: 'rate',
    ledger: { header: '满班率', type: 'percent' },
    tile: { row: 'more', at: 3 },
    value: (c) => rate(c.classEnrolled, c.capacity),
  },
  {
    name: 'attendanceRows',
    scalar: 'Int',
    description: 'Attendance rows of any status (the base of the attendance rate)',
    kind: 'count',
    value: (c) => c.attRows,
  },
  {
    name: 'attendanceRateBp',
    scalar: 'Int',
    description: '出勤率 (bp): attendancePersonTimes / attendanceRows',
    kind: 'rate',
    ledger: { header: '出勤率', type: 'percent' },
    tile: { row: 'more', at: 2 },
    value: (c) => rate(c.attended, c.attRows),
  },
  {
    name: 'waitlisted',
    scalar: 'Int',
    description: '候补: enrollments now WAITLISTED that were requested in the period',
    kind: 'count',
    ledger: { header: '候补人数', type: 'int' },
    tile: { row: 'more', at: 4 },
    part: 'waitlist',
    value: (c) => c.waitlisted,
  },
  {
    name: 'needsOpen',
    scalar: 'Int',
    description: 'Needs raised in the period that are OPEN, MATCHED or IN_PROGRESS. Null in person groupings',
    kind: 'count',
    ledger: { header: '待解决需求', type: 'int' },
    tile: { row: 'more', at: 8 },
    value: (c) => c.needsOpen,
  },
  {
    name: 'needsFulfilled',
    scalar: 'Int',
    description: 'Needs raised in the period that are FULFILLED',
    kind: 'count',
    ledger: { header: '已解决需求', type: 'int' },
    tile: { row: 'more', at: 9 },
    value: (c) => c.needsFulfilled,
  },
  {
    name: 'evaluations',
    scalar: 'Int',
    description: 'Evaluations dated in the period',
    kind: 'count',
    ledger: { header: '评估次数', type: 'int' },
    value: (c) => c.evaluations,
  },
  {
    name: 'averageScore',
    scalar: 'Float',
    description: 'Average evaluation score (0–100, two decimals)',
    kind: 'score',
    ledger: { header: '平均评分', type: 'text' },
    tile: { row: 'more', at: 10 },
    value: (c) => (c.evaluations && c.scoreSum !== null ? Math.round((c.scoreSum * 100) / c.evaluations) / 100 : null),
  },
] as const satisfies readonly FigureDef[];

export type FigureName = (typeof FIGURES)[number]['name'];

/** What the console's generator needs of each figure (schema/admin-meta.json `reportFigures`). */
export const figureMeta = (list: readonly FigureDef[]) =>
  list.map((f) => ({ name: f.name, kind: f.kind, tile: f.tile ?? null }));
