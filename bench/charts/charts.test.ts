import { describe, expect, it } from '@jest/globals';
import { collect, scaleOf, type ResultFile } from './figures';
import { extrapolateAffine, extrapolateProportional } from './charts';
import { decadeTicks, powerOfTen, project, renderChart, type ChartSpec } from './svg';

/**
 * The capacity plan's chart generator (bench/charts, `npm run bench:charts`): points land where their
 * scale puts them, extrapolation is marked as such, and the same input gives the same bytes (the charts are
 * checked in, so a regeneration must not churn them).
 */
const spec = (): ChartSpec => ({
  title: 'test <chart> & co',
  x: { label: 'rows', scale: 'log', min: 1, max: 1000, ticks: decadeTicks(1, 1000, powerOfTen) },
  y: { label: 'ms', scale: 'linear', min: 0, max: 100, ticks: [0, 50, 100].map((v) => ({ value: v, label: `${v}` })) },
  series: [
    {
      name: 'measured one',
      color: '#123456',
      measured: [
        { x: 1, y: 0 },
        { x: 10, y: 50, low: 25, high: 75 },
      ],
      extrapolated: [{ x: 1000, y: 100, label: '≈ 100' }],
    },
  ],
  width: 400,
  height: 300,
});

const circles = (svg: string, cls: string) =>
  [
    ...svg.matchAll(
      new RegExp(`<circle class="${cls}" data-x="([^"]+)" data-y="([^"]+)" cx="([^"]+)" cy="([^"]+)"`, 'g'),
    ),
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), cx: Number(m[3]), cy: Number(m[4]) }));

describe('bench charts (SVG)', () => {
  it('projects log and linear values onto the plot', () => {
    expect(project({ scale: 'log', min: 1, max: 1000 }, 10, 0, 300)).toBeCloseTo(100);
    expect(project({ scale: 'log', min: 1e6, max: 1e8 }, 1e7, 100, 300)).toBeCloseTo(200);
    expect(project({ scale: 'linear', min: 0, max: 100 }, 25, 400, 0)).toBeCloseTo(300);
    expect(() => project({ scale: 'log', min: 1, max: 10 }, 0, 0, 1)).toThrow(/positive/);
  });

  it('places the points on the axes: a decade per equal step on the log axis, linear on y', () => {
    const svg = renderChart(spec());
    const [a, b] = circles(svg, 'measured');
    const [c] = circles(svg, 'extrapolated');
    // Plot area 78 … 150 wide (400 − 78 − 250 = 72 px for three decades), 64 … 242 high.
    expect(a.cx).toBeCloseTo(78, 0);
    expect(b.cx).toBeCloseTo(78 + 72 / 3, 0);
    expect(c.cx).toBeCloseTo(150, 0);
    expect(a.cy).toBeCloseTo(242, 0);
    expect(b.cy).toBeCloseTo((242 + 64) / 2, 0);
    expect(c.cy).toBeCloseTo(64, 0);
    expect(svg).toContain('<text x="78" y="260" text-anchor="middle">10⁰</text>');
    expect(svg).toContain('>10³</text>');
  });

  it('marks extrapolation: dashed line from the last measured point, hollow dots, shaded and labelled', () => {
    const svg = renderChart(spec());
    const dashed =
      /<path class="extrapolated" d="M([\d.]+),([\d.]+) L([\d.]+),([\d.]+)"[^>]*stroke-dasharray="6 4"/.exec(svg);
    expect(dashed).not.toBeNull();
    expect(Number(dashed![1])).toBeCloseTo(102, 0);
    expect(svg).toMatch(/<circle class="extrapolated"[^>]*fill="#fff"/);
    expect(svg).toMatch(/<rect class="extrapolated-region" x="102"/);
    expect(svg).toContain('外推 extrapolated');
    expect(svg).toContain('≈ 100');
    // A chart without extrapolation has no shaded region.
    const plain = spec();
    delete plain.series[0].extrapolated;
    expect(renderChart(plain)).not.toContain('extrapolated-region');
  });

  it('is deterministic and escapes text', () => {
    expect(renderChart(spec())).toBe(renderChart(spec()));
    expect(renderChart(spec())).toContain('test &lt;chart&gt; &amp; co');
    expect(renderChart(spec())).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('writes row counts as the plan does', () => {
    expect(powerOfTen(1e6)).toBe('10⁶');
    expect(powerOfTen(3e9)).toBe('3·10⁹');
    expect(decadeTicks(5e5, 3e7, powerOfTen).map((t) => t.label)).toEqual(['10⁶', '10⁷']);
  });

  it('extrapolates proportionally through the largest measured point', () => {
    const got = extrapolateProportional(
      [
        { x: 1e6, y: 3 },
        { x: 1e7, y: 24 },
      ],
      [1e8, 3e9],
    );
    expect(got.map((p) => p.y)).toEqual([240, 7200]);
  });

  it('extrapolates affinely through the smallest and largest measured points', () => {
    const got = extrapolateAffine(
      [
        { x: 1e7, y: 5 },
        { x: 1e6, y: 4 },
      ],
      [1e8],
    );
    // 1 ms more per 9·10⁶ rows, from 5 ms at 10⁷: 15 ms at 10⁸.
    expect(got[0].y).toBeCloseTo(15, 6);
  });

  it('places result files at their scale, recorded or derived from the attendance rows', () => {
    const file = (attendance: number, scale?: number, results = 14): ResultFile => ({
      ...(scale === undefined ? {} : { scale }),
      size: { attendance: String(attendance) },
      results: Array.from({ length: results }, (_, i) => ({ scenario: `s${i}`, p50: 2, p95: 4, peerP50: 400 })),
      writes: [{ step: 'record', p50: 40, p95: 60, n: 30 }],
    });
    expect(scaleOf(file(10_000_480))).toBe(1);
    expect(scaleOf(file(1_000_480))).toBe(0.1);
    expect(scaleOf(file(1_000_000, 0.1))).toBe(0.1);
    const merged = collect(
      { about: '', points: [] },
      [
        { name: 'report-1.json', data: file(1_000_000) },
        { name: 'report-2.json', data: file(10_000_000) },
        {
          name: 'report-3.json',
          data: {
            ...file(1_000_480, 0.1, 1),
            disk: { databaseBytes: 3, summariesBytes: 2, attendanceBytes: 1 },
            pages: [{ page: 'class list', p50: 4.857, p95: 8.9, statements: 1 }],
          },
        },
      ],
      14,
    );
    expect(merged.points.map((p) => p.benchScale)).toEqual([0.1, 1]);
    // The partial run (one scenario) leaves the full run's reads, but its writes and disk are newer.
    expect(merged.points[0].reads?.source).toContain('report-1.json');
    expect(merged.points[0].writes?.record?.source).toContain('report-3.json');
    expect(merged.points[0].disk?.databaseBytes).toBe(3);
    // Pages where a file measured them, rounded like the other figures; none at the scale that did not.
    expect(merged.points[0].pages).toEqual({
      source: expect.stringContaining('report-3.json'),
      pages: [{ page: 'class list', p50: 4.86, p95: 8.9, statements: 1 }],
    });
    expect(merged.points[1].pages).toBeUndefined();
  });
});
