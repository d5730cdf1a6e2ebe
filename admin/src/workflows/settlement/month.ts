import { chinaToday } from '../../ui';

/** The month to settle first: this month in China, moved into the project's period. */
export function defaultMonth(startsOn?: string, endsOn?: string, today = chinaToday()): string {
  const month = today.slice(0, 7);
  if (endsOn && month > endsOn.slice(0, 7)) return endsOn.slice(0, 7);
  if (startsOn && month < startsOn.slice(0, 7)) return startsOn.slice(0, 7);
  return month;
}
