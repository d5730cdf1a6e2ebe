import { calendarKeys } from '../../src/modules/report/report.period';

/** The months and quarters a report period lists as rows, empty ones included (report.service.ts). */
describe('calendarKeys', () => {
  it('lists every month and quarter the period touches, edge days included', () => {
    expect(calendarKeys('MONTH', { from: '2025-03-15', to: '2025-06-02' })).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    expect(calendarKeys('QUARTER', { from: '2025-03-15', to: '2025-10-01' })).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
    expect(calendarKeys('MONTH', { from: '2025-12-31', to: '2026-01-01' })).toEqual(['2025-12', '2026-01']);
    expect(calendarKeys('MONTH', { from: '2024-01-01', to: '2024-12-31' })).toHaveLength(12);
  });
});
