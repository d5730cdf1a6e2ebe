/**
 * The days the workflow browser tests put their data on, from one "today" (a China date), so the date
 * logic is checked for any day of the year (test/workflow-dates.test.ts) while the browser tests use the
 * real today: the API takes check-in on today's session only and roll call on a past one.
 */
export const chinaToday = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
export const addDays = (d: string, n: number): string =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export interface WorkflowDates {
  today: string;
  /** The project's days, around the class. */
  project: { startsOn: string; endsOn: string };
  /** The class meets every day from 6 days ago to tomorrow: 8 meeting dates. */
  class: { startsOn: string; endsOn: string };
  /** The holiday skipped when generating (7 sessions are generated). */
  skipDate: string;
  /** The session whose roll call is recorded and verified (yesterday). */
  rollCall: string;
  /** The session children are checked in and out of (today). */
  checkIn: string;
  /** The month settled: the verified session's. */
  settlementMonth: string;
  /**
   * The dashboard period read before and after recording: exactly the class's days, whatever year
   * they fall in (in the first days of January some are last year's, on 31 December tomorrow is next
   * year's), so 本年度 is never assumed to hold them.
   */
  period: { from: string; to: string };
}

export function workflowDates(today: string): WorkflowDates {
  const cls = { startsOn: addDays(today, -6), endsOn: addDays(today, 1) };
  const rollCall = addDays(today, -1);
  return {
    today,
    project: { startsOn: addDays(today, -30), endsOn: addDays(today, 30) },
    class: cls,
    skipDate: addDays(today, -3),
    rollCall,
    checkIn: today,
    settlementMonth: rollCall.slice(0, 7),
    period: { from: cls.startsOn, to: cls.endsOn },
  };
}
