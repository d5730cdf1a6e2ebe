import type { DemandRow } from '../src/data/domain/report-queries';
import { DEMAND_GROUPS, oversubscribed, ratioShare, ratioText } from '../src/workflows/dashboard/demand';

/** How the dashboard's 报名需求 panel shows applications against places. */
describe('dashboard demand rows', () => {
  const row = (ratio: number | null): Pick<DemandRow, 'ratio'> => ({ ratio });

  it('writes the ratio with one decimal, and nothing when no place was offered', () => {
    expect(ratioText(2.5)).toBe('2.5');
    expect(ratioText(7 / 3)).toBe('2.3');
    expect(ratioText(1)).toBe('1.0');
    expect(ratioText(0.25)).toBe('0.3');
    expect(ratioText(null)).toBeNull();
    expect(ratioText(undefined)).toBeNull();
    expect(ratioText(Infinity)).toBeNull();
  });

  it('marks rows with more applications than places', () => {
    expect(oversubscribed(row(1.5))).toBe(true);
    expect(oversubscribed(row(1))).toBe(false);
    expect(oversubscribed(row(null))).toBe(false);
  });

  it('scales bars to the longest ratio, never below one application per place', () => {
    const rows = [row(4), row(2), row(null)];
    expect(ratioShare(4, rows)).toBe(1);
    expect(ratioShare(2, rows)).toBe(0.5);
    expect(ratioShare(null, rows)).toBe(0);
    // Every class under-subscribed: half a place filled is half a bar, not a full one.
    expect(ratioShare(0.5, [row(0.5), row(0.25)])).toBe(0.5);
  });

  it('offers class, area and category in that order', () => {
    expect(DEMAND_GROUPS).toEqual(['CLASS', 'AREA', 'CATEGORY']);
  });
});
