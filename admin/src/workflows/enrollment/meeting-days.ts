/** Days a class meets (its dates from start to end on its weekdays): the most days one can book. */
export function meetingDays(startsOn: string, endsOn: string, weekdays: number[]): number {
  let n = 0;
  for (let t = Date.parse(`${startsOn}T00:00:00Z`); t <= Date.parse(`${endsOn}T00:00:00Z`); t += 86_400_000) {
    const iso = ((new Date(t).getUTCDay() + 6) % 7) + 1;
    if (weekdays.includes(iso)) n++;
  }
  return n;
}
