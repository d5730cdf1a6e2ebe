import { openingPeriod, periodRange } from '../src/workflows/dashboard/period';

/** Where the dashboard opens: the year of the caller's latest session up to today, this year at the latest. */
describe('openingPeriod', () => {
  const range = (latest: string | null, today: string) => {
    const { period, earlier } = openingPeriod(latest, today);
    return { ...periodRange(period, today), kind: period.kind, earlier };
  };

  it('opens on this year when a session of this year has been held, or when there is none', () => {
    expect(range('2026-12-04', '2026-12-05')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      kind: 'thisYear',
      earlier: false,
    });
    expect(range(null, '2026-12-05')).toMatchObject({ from: '2026-01-01', kind: 'thisYear', earlier: false });
  });

  it('opens on last year in a new year’s first days, and on an older year as a custom period', () => {
    expect(range('2026-12-31', '2027-01-02')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      kind: 'lastYear',
      earlier: true,
    });
    expect(range('2025-08-14', '2027-06-01')).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      kind: 'custom',
      earlier: true,
    });
  });
});
