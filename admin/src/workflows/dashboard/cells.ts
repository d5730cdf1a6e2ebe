import type { ReportCell, ReportRow } from '../../data/domain/report-queries';
import type { Formatters } from '../../ui/formatters';
import { reportFigures, type FigureKind } from '../../generated/report-figures';

/**
 * A withheld figure as shown to an analyst: "<5" where it counts 1–4 people, 已隐藏 where it is hidden so
 * that such a count cannot be worked out by subtraction; never its number.
 */
export const SUPPRESSED = '<5';
export const HIDDEN = { zh: '已隐藏', en: 'hidden' } as const;

export type Measure = keyof Omit<ReportCell, 'suppressed' | 'withheld' | '__typename'>;
export type WithheldReason = ReportCell['withheld'][number]['reason'];

/** Why `m` is withheld from this cell, or null when it is shown. */
export const withheldReason = (cell: ReportCell, m: Measure): WithheldReason | null =>
  cell.withheld?.find((w) => w.figure === m)?.reason ?? null;

/** A withheld figure's text. */
export const withheldText = (reason: WithheldReason, locale: string): string =>
  reason === 'SMALL_COUNT' ? SUPPRESSED : locale === 'en' ? HIDDEN.en : HIDDEN.zh;
export type MeasureKind = FigureKind;

/** How each figure reads, as the API declares it (modules/report/model/figures.ts, generated here). */
export const KIND: Partial<Record<Measure, MeasureKind>> = Object.fromEntries(
  reportFigures.map((f) => [f.name, f.kind]),
);

export function showCell(cell: ReportCell | undefined, m: Measure, f: Formatters, locale: string): string {
  if (!cell) return '—';
  const reason = withheldReason(cell, m);
  if (reason) return withheldText(reason, locale);
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

/** A number for a chart: withheld and missing figures draw nothing (never a zero). */
export const chartValue = (cell: ReportCell, m: Measure): number | null =>
  withheldReason(cell, m) || cell[m] == null ? null : Number(cell[m]);

const EMPTY: ReportCell = {
  suppressed: false,
  withheld: [],
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
