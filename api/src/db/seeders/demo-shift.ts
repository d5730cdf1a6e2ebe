import type { DemoCalendar } from './demo-calendar';
import type { DemoContext, DemoRows } from './demo-context';
import { addDays } from './demo-dates';

/**
 * Moves a built story to its load date (demo-calendar.ts): every moment and date forward by
 * `shiftDays` (whole weeks, so sessions stay on their weekdays and ages stay right), years in names by
 * `years` (2025年暑期 → 2026年暑期). A period's bound on a month's first or last day (a project of
 * 2025-01-01…2025-12-31, a partnership until 2025-12-31) keeps its calendar day instead, moved by whole
 * years; classes and projects are then widened, if need be, to hold what they hold (a class its sessions,
 * a project its classes and sub-projects), so every rule the services keep still holds.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR_IN_TEXT = /(\d{4})年/g;
/** Fields holding a period's bound: these keep a month's first and last day. */
const PERIOD_BOUNDS = new Set(['startsOn', 'endsOn', 'since', 'until']);

const lastDayOfMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A date moved by whole weeks: for every date but a period's month-boundary bound. */
export function shiftWeekly(cal: DemoCalendar, date: string): string {
  return cal.shiftDays === 0 ? date : addDays(date, cal.shiftDays);
}

/** A period's bound: month boundaries move by calendar years, other days by weeks. */
export function shiftBound(cal: DemoCalendar, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = lastDayOfMonth(y, m);
  if (d !== 1 && d !== last) return shiftWeekly(cal, date);
  const year = y + cal.years;
  const day = d === 1 ? 1 : lastDayOfMonth(year, m);
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function shiftValue(cal: DemoCalendar, field: string, v: unknown): unknown {
  if (v instanceof Date) return new Date(v.getTime() + cal.shiftDays * 86_400_000);
  if (typeof v !== 'string') return v;
  if (DATE.test(v)) return PERIOD_BOUNDS.has(field) ? shiftBound(cal, v) : shiftWeekly(cal, v);
  if (MONTH.test(v)) return `${Number(v.slice(0, 4)) + cal.years}${v.slice(4)}`;
  return v.replace(YEAR_IN_TEXT, (_, y: string) => `${Number(y) + cal.years}年`);
}

export function shiftDemo(ctx: DemoContext): void {
  const cal = ctx.calendar;
  if (cal.shiftDays === 0 && cal.years === 0) return;
  for (const table of Object.keys(ctx.rows) as (keyof DemoRows)[]) {
    for (const row of ctx.rows[table] as Record<string, unknown>[]) {
      for (const [field, v] of Object.entries(row)) if (field !== 'id') row[field] = shiftValue(cal, field, v);
    }
  }
  for (const v of ctx.verifications) v.at = shiftValue(cal, 'at', v.at) as Date;
  widenToContents(ctx);
}

type Period = { id: string; startsOn: string; endsOn: string };

const widen = (p: Period, from: string, to: string) => {
  if (from < p.startsOn) p.startsOn = from;
  if (to > p.endsOn) p.endsOn = to;
};

function widenToContents(ctx: DemoContext): void {
  const rows = ctx.rows as unknown as Record<'serviceClass' | 'serviceProject', (Period & Record<string, unknown>)[]>;
  const classes = new Map(rows.serviceClass.map((c) => [c.id, c]));
  for (const s of ctx.rows.classSession) {
    const date = s.date as string;
    widen(classes.get(s.serviceClass as string)!, date, date);
  }
  const projects = new Map(rows.serviceProject.map((p) => [p.id, p]));
  for (const c of rows.serviceClass) widen(projects.get(c.project as string)!, c.startsOn, c.endsOn);
  // Sub-projects come after their parents: walk backwards so a grandchild widens its parent first.
  for (const p of [...rows.serviceProject].reverse()) {
    if (p.parent) widen(projects.get(p.parent as string)!, p.startsOn, p.endsOn);
  }
}
