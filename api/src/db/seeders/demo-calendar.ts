import { addDays, daysBetween, STORY_DAY } from './demo-dates';

export { STORY_DAY };

/**
 * Where a demo loaded on `loadDate` stands.
 *
 * The story is told as of `today`, a day of the year that follows STORY_DAY (the same day of the year as
 * the load date, give or take three days), and then moved forward by `shiftDays`, a whole number of weeks
 * close to `years` calendar years, so that `today + shiftDays` is the load date. Weeks keep every session on
 * its weekday; the years keep the summer in summer: loaded in December 2026, the story's summer of 2025 is
 * the summer just past (2026), and its year-round classes run up to this week.
 */
export interface DemoCalendar {
  /** The day the demo is loaded for (China time), 'YYYY-MM-DD'. */
  loadDate: string;
  /** That day in the story's own dates: STORY_DAY ≤ today < STORY_DAY + 371 days. */
  today: string;
  /** Days added to every date of the story: a multiple of 7. */
  shiftDays: number;
  /** Whole calendar years the story moves (years in names, month and year-boundary dates). */
  years: number;
}

const YEAR_DAYS = 365.2425;
const shiftFor = (years: number): number => 7 * Math.round((years * YEAR_DAYS) / 7);

export function demoCalendar(loadDate: string): DemoCalendar {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(loadDate) || Number.isNaN(Date.parse(loadDate)))
    throw new Error(`demo data: the load date must be YYYY-MM-DD, got "${loadDate}"`);
  // A clock before the story (a machine with a wrong date) gets the story as written.
  if (loadDate < STORY_DAY) return { loadDate: STORY_DAY, today: STORY_DAY, shiftDays: 0, years: 0 };
  let years = 0;
  while (addDays(STORY_DAY, shiftFor(years + 1)) <= loadDate) years++;
  const shiftDays = shiftFor(years);
  return { loadDate, today: addDays(loadDate, -shiftDays), shiftDays, years };
}

/** Today's date in China (UTC+8, no daylight saving), the default load date. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Days from the story's day to the calendar's today, rounded down to whole weeks. */
export function weeksIntoStory(cal: DemoCalendar): number {
  return 7 * Math.floor(daysBetween(STORY_DAY, cal.today) / 7);
}
