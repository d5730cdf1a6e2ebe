import type { DemoRandom } from './demo-random';

/**
 * Calendar helpers for the seeders, on 'YYYY-MM-DD' strings (as the entities store dates).
 *
 * The story's day: every literal date in the seeders belongs to a story told as of 2025-08-15, a Friday in
 * the fifth week of 西山区's 2025 summer class (7月14日 start, article 000). A load on another day tells it
 * as of a later day of the story and moves it to the load date (demo-calendar.ts).
 */
export const STORY_DAY = '2025-08-15';

const DAY_MS = 86_400_000;

const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(toUtc(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** Every date in [from, to] that falls on one of `weekdays`, minus `skip`. */
export function classDates(
  from: string,
  to: string,
  weekdays: readonly number[],
  skip: readonly string[] = [],
): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (weekdays.includes(isoWeekday(d)) && !skip.includes(d)) out.push(d);
  }
  return out;
}

/** A local time in China (UTC+8, no daylight saving) as an instant. */
export function chinaTime(date: string, time: string): Date {
  return new Date(`${date}T${time.length === 5 ? `${time}:00` : time}+08:00`);
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}

/** Whole months from `birth` to `on`. */
export function ageInMonths(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  return (oy - by) * 12 + (om - bm) - (od < bd ? 1 : 0);
}

/** A birth date making the person between minMonths and maxMonths old on `on` (both ends included). */
export function birthDateForAge(rng: DemoRandom, on: string, minMonths: number, maxMonths: number): string {
  for (;;) {
    const months = rng.int(minMonths, maxMonths);
    const [y, m] = on.split('-').map(Number);
    const total = y * 12 + (m - 1) - months;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    const day = rng.int(1, 28);
    const birth = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const age = ageInMonths(birth, on);
    if (age >= minMonths && age <= maxMonths) return birth;
  }
}
