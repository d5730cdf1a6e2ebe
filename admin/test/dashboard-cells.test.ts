import type { ReportCell, ReportRow } from '../src/data/domain/report-queries';
import { chartValue, everyMonth, showCell, SUPPRESSED } from '../src/workflows/dashboard/cells';
import { formatters } from '../src/ui/formatters';

/** How the dashboard shows report cells: small cells never as a number, every month of the period on the chart. */
describe('dashboard cells', () => {
  const cell = (over: Partial<ReportCell>): ReportCell =>
    ({
      suppressed: false,
      withheld: [],
      personTimes: 1234,
      subsidyTotalFen: 1234500,
      attendanceRateBp: 9126,
      ...over,
    }) as ReportCell;

  it('shows a small count as "<5", a figure hidden to protect one as 已隐藏, and draws no bar for either', () => {
    const small = cell({
      suppressed: true,
      personTimes: null,
      withheld: ['peopleServed', 'personTimes'].map((figure) => ({ figure, reason: 'SMALL_COUNT' as const })),
    });
    expect(showCell(small, 'personTimes', formatters('zh'), 'zh')).toBe(SUPPRESSED);
    expect(chartValue(small, 'personTimes')).toBeNull();
    // A row withheld only in its waitlist: its people are shown, its waitlist says why it is not.
    const partial = cell({
      peopleServed: 139,
      waitlisted: null,
      withheld: [{ figure: 'waitlisted', reason: 'COMPLEMENTARY' }],
    });
    expect(showCell(partial, 'waitlisted', formatters('zh'), 'zh')).toBe('已隐藏');
    expect(showCell(partial, 'waitlisted', formatters('en'), 'en')).toBe('hidden');
    expect(chartValue(partial, 'waitlisted')).toBeNull();
    expect(showCell(partial, 'peopleServed', formatters('zh'), 'zh')).toBe('139');
    expect(chartValue(partial, 'peopleServed')).toBe(139);
    expect(showCell(cell({}), 'personTimes', formatters('zh'), 'zh')).toBe('1,234');
    expect(showCell(cell({}), 'subsidyTotalFen', formatters('zh'), 'zh')).toBe('¥12,345.00');
    expect(showCell(cell({}), 'attendanceRateBp', formatters('zh'), 'zh')).toBe('91.26%');
  });

  it('lists every month of the period in order, empty months as zero', () => {
    const rows: ReportRow[] = [
      { key: '2025-08', label: '2025年8月', cell: cell({ personTimes: 10 }) },
      { key: '2025-07', label: '2025年7月', cell: cell({ personTimes: 20 }) },
    ];
    const months = everyMonth(rows, '2025-06-01', '2025-09-30');
    expect(months.map((m) => [m.key, m.label, m.cell.personTimes])).toEqual([
      ['2025-06', '6月', 0],
      ['2025-07', '7月', 20],
      ['2025-08', '8月', 10],
      ['2025-09', '9月', 0],
    ]);
    expect(everyMonth([], '2024-11-15', '2025-02-01').map((m) => m.label)).toEqual([
      '2024年11月',
      '2024年12月',
      '2025年1月',
      '2025年2月',
    ]);
  });
});
