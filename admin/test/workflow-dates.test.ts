import { addDays, workflowDates } from './support/workflow-dates';

/**
 * The workflow browser tests' days, for any "today": the dashboard period they read holds every session
 * they record (the roll call's and the check-in's) and the class's days, also when those straddle a new
 * year (the first week of January, 31 December), where 本年度 would miss some.
 */
const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};

describe('workflowDates', () => {
  it.each(['2027-01-02', '2027-01-01', '2026-12-31', '2026-12-01', '2028-02-29', '2026-07-15'])(
    'on %s: the period read covers the recorded sessions; roll call before today, check-in today',
    (today) => {
      const d = workflowDates(today);
      const classDays = days(d.class.startsOn, d.class.endsOn);
      expect(classDays).toHaveLength(8); // 7 generated, 1 skipped
      expect(classDays).toContain(d.skipDate);
      expect([d.rollCall, d.checkIn]).not.toContain(d.skipDate);
      expect(d.rollCall < today).toBe(true);
      expect(d.checkIn).toBe(today);
      for (const day of [d.rollCall, d.checkIn, ...classDays]) {
        expect(day >= d.period.from && day <= d.period.to).toBe(true);
        expect(day >= d.project.startsOn && day <= d.project.endsOn).toBe(true);
      }
      expect(d.settlementMonth).toBe(d.rollCall.slice(0, 7));
    },
  );

  it('straddles the new year where it must (this year alone would not hold the sessions)', () => {
    expect(workflowDates('2027-01-02')).toMatchObject({
      rollCall: '2027-01-01',
      period: { from: '2026-12-27', to: '2027-01-03' },
      settlementMonth: '2027-01',
    });
    expect(workflowDates('2027-01-01')).toMatchObject({ rollCall: '2026-12-31', settlementMonth: '2026-12' });
    expect(workflowDates('2026-12-31').period).toEqual({ from: '2026-12-25', to: '2027-01-01' });
  });
});
