import type { ReportCell, ReportRow } from '../../data/domain/report-queries';
import type { Formatters } from '../../ui/formatters';

/** A figure of a report cell as shown: "<5" for a suppressed (small) cell, never its number; "—" when not reported. */
export const SUPPRESSED = '<5';

export type Measure = keyof Omit<ReportCell, 'suppressed'>;
export type MeasureKind = 'count' | 'money' | 'rate' | 'minutes' | 'score';

export const KIND: Partial<Record<Measure, MeasureKind>> = {
  feeTotalFen: 'money',
  subsidyTotalFen: 'money',
  familyPaidFen: 'money',
  fillRateBp: 'rate',
  attendanceRateBp: 'rate',
  serviceMinutes: 'minutes',
  averageScore: 'score',
};

export function showCell(cell: ReportCell | undefined, m: Measure, f: Formatters, locale: string): string {
  if (!cell) return '—';
  if (cell.suppressed) return SUPPRESSED;
  const v = cell[m];
  if (v == null) return '—';
  const n = Number(v);
  switch (KIND[m] ?? 'count') {
    case 'money':
      return f.money(n);
    case 'rate':
      return f.percent(n);
    case 'minutes':
      return (n / 60).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 1 });
    case 'score':
      return n.toFixed(1);
    default:
      return n.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN');
  }
}

/** A number for a chart: suppressed and missing cells draw nothing. */
export const chartValue = (cell: ReportCell, m: Measure): number | null =>
  cell.suppressed || cell[m] == null ? null : Number(cell[m]);

const EMPTY: ReportCell = {
  suppressed: false,
  peopleServed: 0,
  enrollments: 0,
  personTimes: 0,
  attendancePersonTimes: 0,
  serviceRecordPersonTimes: 0,
  sessionsHeld: 0,
  serviceMinutes: 0,
  feeTotalFen: 0,
  subsidyTotalFen: 0,
  familyPaidFen: 0,
  capacity: 0,
  enrolledInClasses: 0,
  fillRateBp: null,
  attendanceRows: 0,
  attendanceRateBp: null,
  waitlisted: 0,
  needsOpen: 0,
  needsFulfilled: 0,
  evaluations: 0,
  averageScore: null,
};

/**
 * Every month of the period in order (the report lists only months with facts): a month without a
 * row had nothing to count. Labelled "7月", with the year when the period spans several.
 */
export function everyMonth(rows: ReportRow[], from: string, to: string): ReportRow[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const out: ReportRow[] = [];
  const several = from.slice(0, 4) !== to.slice(0, 4);
  let [y, m] = from.split('-').map(Number);
  const last = to.slice(0, 7);
  for (let i = 0; i < 240; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > last) break;
    const row = byKey.get(key);
    out.push({ key, label: several ? `${y}年${m}月` : `${m}月`, cell: row?.cell ?? EMPTY });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
