/** Calendar days as the API takes them ('YYYY-MM-DD', China dates: UTC+8 all year, no daylight saving). */
const DAY = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export const chinaToday = (now = new Date()): string => iso(now.getTime() + 8 * 3_600_000);

export const addDays = (date: string, days: number): string => iso(ms(date) + days * DAY);

/** Whole days a due date is past; 0 when not yet due. */
export const daysOverdue = (dueOn: string, today = chinaToday()): number =>
  Math.max(0, Math.round((ms(today) - ms(dueOn)) / DAY));

/** First and last day of a month 'YYYY-MM'. */
export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  return { from: `${month}-01`, to: iso(Date.UTC(y, m, 0)) };
}

/** An instant on a China date at a local time ('HH:MM'), as ISO for the API. */
export const chinaInstant = (date: string, time: string): string =>
  new Date(`${date}T${time.slice(0, 5)}:00+08:00`).toISOString();

/** The China local time ('HH:MM') of an instant. */
export const chinaTime = (at: string | Date): string =>
  new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
