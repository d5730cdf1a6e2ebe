import type { ReportCell } from '../../data/domain/report-queries';
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
