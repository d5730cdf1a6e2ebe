/**
 * A class's schedule as dates, a pure function: every date from startsOn to endsOn (both included)
 * whose ISO weekday (1 = Monday … 7 = Sunday) is one of the class's weekdays, minus the dates to
 * skip (holidays). Dates are 'YYYY-MM-DD' and computed in UTC, so no time zone or daylight-saving
 * rule can move a date.
 */
export interface Schedule {
  /** The meeting dates, ascending. */
  dates: string[];
  /** Skip dates that were meeting dates (others change nothing), ascending. */
  skipped: string[];
  /** Set when more than `limit` dates were found; `dates` then stops at limit + 1. */
  overLimit: boolean;
}

const DAY_MS = 86_400_000;

export function isoWeekday(date: string): number {
  const d = new Date(Date.parse(`${date}T00:00:00Z`)).getUTCDay();
  return d === 0 ? 7 : d;
}

export function scheduleDates(
  startsOn: string,
  endsOn: string,
  weekdays: readonly number[],
  skip: ReadonlySet<string> = new Set(),
  limit = Number.MAX_SAFE_INTEGER,
): Schedule {
  const days = new Set(weekdays);
  const dates: string[] = [];
  const skipped: string[] = [];
  const end = Date.parse(`${endsOn}T00:00:00Z`);
  for (let t = Date.parse(`${startsOn}T00:00:00Z`); t <= end; t += DAY_MS) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (!days.has(isoWeekday(date))) continue;
    if (skip.has(date)) {
      skipped.push(date);
      continue;
    }
    dates.push(date);
    if (dates.length > limit) return { dates, skipped, overLimit: true };
  }
  return { dates, skipped, overLimit: false };
}
