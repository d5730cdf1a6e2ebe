import { chinaToday, monthBounds } from '../../ui/dates';

/** The dashboard's period: a preset (this year, last year, a quarter, a month) or from/to days. */
export type PeriodKind = 'thisYear' | 'lastYear' | 'quarter' | 'month' | 'custom';
export interface Period {
  kind: PeriodKind;
  year: number;
  quarter: number;
  month: string;
  from: string;
  to: string;
}

export function initialPeriod(today = chinaToday()): Period {
  const year = Number(today.slice(0, 4));
  return {
    kind: 'thisYear',
    year,
    quarter: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1,
    month: today.slice(0, 7),
    from: `${year}-01-01`,
    to: today,
  };
}

/**
 * Where the dashboard opens: this year, or — when the caller's latest session up to today lies in an earlier
 * year (a new year's first days, a partner whose projects ended) — that whole year, so that the first screen
 * shows figures rather than zeros. `latestDay` is that session's date, or null when there is none.
 */
export function openingPeriod(latestDay: string | null, today = chinaToday()): { period: Period; earlier: boolean } {
  const period = initialPeriod(today);
  const thisYear = period.year;
  const year = latestDay ? Number(latestDay.slice(0, 4)) : thisYear;
  if (year >= thisYear) return { period, earlier: false };
  if (year === thisYear - 1) return { period: { ...period, kind: 'lastYear' }, earlier: true };
  return { period: { ...period, kind: 'custom', from: `${year}-01-01`, to: `${year}-12-31` }, earlier: true };
}

/** The days a period covers (both included), as the `report` query takes them. */
export function periodRange(p: Period, today = chinaToday()): { from: string; to: string } {
  const thisYear = Number(today.slice(0, 4));
  switch (p.kind) {
    case 'thisYear':
      return { from: `${thisYear}-01-01`, to: `${thisYear}-12-31` };
    case 'lastYear':
      return { from: `${thisYear - 1}-01-01`, to: `${thisYear - 1}-12-31` };
    case 'quarter': {
      const first = (p.quarter - 1) * 3 + 1;
      const from = `${p.year}-${String(first).padStart(2, '0')}-01`;
      return { from, to: monthBounds(`${p.year}-${String(first + 2).padStart(2, '0')}`).to };
    }
    case 'month':
      return monthBounds(p.month);
    case 'custom':
      return { from: p.from, to: p.to };
  }
}
