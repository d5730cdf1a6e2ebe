import { badInput } from '../../common/errors';

/**
 * A report period [from, to], both days included (China dates), split for the summaries: whole months are
 * read from report_month / report_person_month, the days before the first and after the last whole month
 * from report_day / the raw facts.
 */
export interface Period {
  from: string;
  to: string;
  /** First day of the first whole month, and first day of the last whole month; null when there is none. */
  firstMonth: string | null;
  lastMonth: string | null;
  /** Set when the period is exactly one calendar month, quarter or year (distinct-people fast path). */
  exact: { kind: 'M' | 'Q' | 'Y'; start: string } | null;
  /** The period is whole months (firstMonth … lastMonth, no edge days): the node summaries answer it. */
  whole: boolean;
  /** First days of the first and last quarter when the period is whole quarters, else null. */
  quarters: { first: string; last: string } | null;
}

const DAY_MS = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_YEARS = 20;

const ms = (d: string): number => Date.parse(`${d}T00:00:00Z`);
const day = (t: number): string => new Date(t).toISOString().slice(0, 10);
export const addDays = (d: string, n: number): string => day(ms(d) + n * DAY_MS);
const monthStart = (d: string): string => `${d.slice(0, 7)}-01`;
export const addMonths = (d: string, n: number): string => {
  const [y, m] = d.split('-').map(Number);
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}-01`;
};
const valid = (d: string): boolean => ISO.test(d) && day(ms(d)) === d;

export function parsePeriod(from: string, to: string): Period {
  const errors: Record<string, string> = {};
  if (!valid(from)) errors.from = '日期格式应为 YYYY-MM-DD';
  if (!valid(to)) errors.to = '日期格式应为 YYYY-MM-DD';
  if (!errors.from && !errors.to && from > to) errors.to = '结束日期不能早于开始日期';
  if (!errors.from && !errors.to && ms(to) - ms(from) > MAX_YEARS * 366 * DAY_MS)
    errors.to = `统计期间不能超过 ${MAX_YEARS} 年`;
  if (Object.keys(errors).length) throw badInput(errors, '统计期间有误');

  const firstMonth = from === monthStart(from) ? from : addMonths(from, 1);
  const afterTo = addDays(to, 1);
  const lastMonth = afterTo === monthStart(afterTo) ? monthStart(to) : addMonths(to, -1);
  const some = firstMonth <= lastMonth;
  const whole = some && firstMonth === from && addDays(addMonths(lastMonth, 1), -1) === to;
  const quarterStart = (m: string) => (Number(m.slice(5, 7)) - 1) % 3 === 0;
  return {
    from,
    to,
    firstMonth: some ? firstMonth : null,
    lastMonth: some ? lastMonth : null,
    exact: exactKind(from, to, some ? firstMonth : null, some ? lastMonth : null),
    whole,
    quarters:
      whole && quarterStart(firstMonth) && quarterStart(addMonths(lastMonth, -2))
        ? { first: firstMonth, last: addMonths(lastMonth, -2) }
        : null,
  };
}

function exactKind(from: string, to: string, first: string | null, last: string | null): Period['exact'] {
  if (!first || !last || first !== from || addDays(addMonths(last, 1), -1) !== to) return null;
  if (first === last) return { kind: 'M', start: first };
  const [fy, fm] = first.split('-').map(Number);
  if (addMonths(first, 2) === last && (fm - 1) % 3 === 0) return { kind: 'Q', start: first };
  if (addMonths(first, 11) === last && fm === 1) return { kind: 'Y', start: `${fy}-01-01` };
  return null;
}

/** The first days of the months (or quarters) of a period that is one whole year (or quarter). */
export function monthsOf(start: string, count: number, step = 1): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(start, i * step));
}

/**
 * Every month ('YYYY-MM') or quarter ('YYYY-Qn') the period touches, in order: a month or quarter with no
 * activity is a row of zeros, not a gap (a ledger's 按月 sheet has a row for every month).
 */
export function calendarKeys(by: 'MONTH' | 'QUARTER', period: Pick<Period, 'from' | 'to'>): string[] {
  const keys: string[] = [];
  for (let m = monthStart(period.from); m <= period.to; m = addMonths(m, 1)) {
    const key = by === 'MONTH' ? m.slice(0, 7) : `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1}`;
    if (keys.at(-1) !== key) keys.push(key);
  }
  return keys;
}
