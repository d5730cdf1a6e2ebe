/**
 * A line chart as plain SVG text: no dependency, and the same input gives the same bytes (numbers are
 * rounded to one decimal, nothing depends on the clock or the locale), so a regenerated chart only shows in a
 * diff when its figures changed. Measured points are filled dots joined by a solid line, optionally with a
 * vertical bar (a range: p50 to p95, or the spread over scenarios); extrapolated points are hollow and joined
 * to the last measured point by a dashed line, and the region beyond the measurements is shaded and labelled
 * 外推 extrapolated, so that nobody reads a projection as a measurement.
 */

export type AxisScale = 'log' | 'linear';

export interface Tick {
  value: number;
  label: string;
}

export interface Axis {
  label: string;
  scale: AxisScale;
  min: number;
  max: number;
  ticks: Tick[];
}

export interface ChartPoint {
  x: number;
  y: number;
  /** A vertical bar from low to high (both in y units), drawn behind the point. */
  low?: number;
  high?: number;
  /** Written next to the point (extrapolated figures carry their value, e.g. "≈ 240 GB"). */
  label?: string;
}

export interface Series {
  name: string;
  color: string;
  measured: ChartPoint[];
  extrapolated?: ChartPoint[];
}

export interface ChartSpec {
  title: string;
  /** One line under the title: what the bars mean, how the extrapolation was made. */
  note?: string;
  x: Axis;
  y: Axis;
  series: Series[];
  width?: number;
  height?: number;
}

/** Plot area margins: room for tick labels on the left, the legend on the right. */
const MARGIN = { left: 78, right: 250, top: 64, bottom: 58 };

/** Where a value falls between `from` and `to` (pixels) on an axis; log axes need positive values. */
export function project(axis: Pick<Axis, 'scale' | 'min' | 'max'>, value: number, from: number, to: number): number {
  const f = (v: number) => (axis.scale === 'log' ? Math.log10(v) : v);
  if (axis.scale === 'log' && !(value > 0 && axis.min > 0)) throw new Error(`log axis needs positive values: ${value}`);
  return from + ((f(value) - f(axis.min)) / (f(axis.max) - f(axis.min))) * (to - from);
}

/** Powers of ten from min to max, labelled by `format` (10⁶, 1 GB, 1 s …). */
export function decadeTicks(min: number, max: number, format: (v: number) => string): Tick[] {
  const ticks: Tick[] = [];
  for (let e = Math.ceil(Math.log10(min) - 1e-9); e <= Math.floor(Math.log10(max) + 1e-9); e++) {
    const value = 10 ** e;
    ticks.push({ value, label: format(value) });
  }
  return ticks;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 1000000 → "10⁶", 3e9 → "3·10⁹": how the capacity plan writes row counts. */
export function powerOfTen(v: number): string {
  const e = Math.floor(Math.log10(v) + 1e-9);
  const m = Math.round((v / 10 ** e) * 10) / 10;
  const pow = `10${[...String(e)].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
  return m === 1 ? pow : `${m}·${pow}`;
}

/** One decimal at most, no trailing ".0": stable text for coordinates. */
const n = (v: number) => String(Math.round(v * 10) / 10);

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const text = (x: number, y: number, s: string, attrs = '') =>
  `<text x="${n(x)}" y="${n(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(s)}</text>`;

export function renderChart(spec: ChartSpec): string {
  const width = spec.width ?? 820;
  const height = spec.height ?? 460;
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const px = (v: number) => project(spec.x, v, left, right);
  const py = (v: number) => project(spec.y, v, bottom, top);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
      ` font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    text(left, 24, spec.title, 'font-size="16" font-weight="bold"'),
  );
  if (spec.note) out.push(text(left, 44, spec.note, 'fill="#555"'));

  // Beyond the last measured x: shaded and labelled, so a projection never passes for a measurement.
  const lastMeasured = Math.max(...spec.series.flatMap((s) => s.measured.map((p) => p.x)));
  if (spec.series.some((s) => s.extrapolated?.length) && lastMeasured < spec.x.max) {
    const x0 = px(lastMeasured);
    out.push(
      `<rect class="extrapolated-region" x="${n(x0)}" y="${n(top)}" width="${n(right - x0)}" height="${n(bottom - top)}" fill="#f3f3f3"/>`,
      text(x0 + 6, top + 16, '外推 extrapolated', 'class="extrapolated-label" fill="#777" font-style="italic"'),
    );
  }

  for (const t of spec.x.ticks) {
    const x = px(t.value);
    out.push(
      `<line x1="${n(x)}" y1="${n(top)}" x2="${n(x)}" y2="${n(bottom)}" stroke="#ddd"/>`,
      text(x, bottom + 18, t.label, 'text-anchor="middle"'),
    );
  }
  for (const t of spec.y.ticks) {
    const y = py(t.value);
    out.push(
      `<line x1="${n(left)}" y1="${n(y)}" x2="${n(right)}" y2="${n(y)}" stroke="#ddd"/>`,
      text(left - 6, y + 4, t.label, 'text-anchor="end"'),
    );
  }
  out.push(
    `<rect x="${n(left)}" y="${n(top)}" width="${n(right - left)}" height="${n(bottom - top)}" fill="none" stroke="#333"/>`,
    text((left + right) / 2, height - 14, spec.x.label, 'text-anchor="middle"'),
    text(
      18,
      (top + bottom) / 2,
      spec.y.label,
      `text-anchor="middle" transform="rotate(-90 18 ${n((top + bottom) / 2)})"`,
    ),
  );

  spec.series.forEach((s, i) => {
    const name = escapeXml(s.name);
    const path = (pts: ChartPoint[]) => pts.map((p, k) => `${k ? 'L' : 'M'}${n(px(p.x))},${n(py(p.y))}`).join(' ');
    out.push(`<g class="series" data-series="${name}">`);
    if (s.measured.length > 1)
      out.push(
        `<path class="measured-line" d="${path(s.measured)}" fill="none" stroke="${s.color}" stroke-width="2"/>`,
      );
    if (s.extrapolated?.length) {
      const from = s.measured.length ? [s.measured[s.measured.length - 1]] : [];
      out.push(
        `<path class="extrapolated" d="${path([...from, ...s.extrapolated])}" fill="none" stroke="${s.color}" stroke-width="2" stroke-dasharray="6 4"/>`,
      );
    }
    const dot = (p: ChartPoint, kind: 'measured' | 'extrapolated') => {
      const x = px(p.x);
      const y = py(p.y);
      if (p.low !== undefined && p.high !== undefined) {
        const [y1, y2] = [py(p.low), py(p.high)];
        out.push(
          `<line class="range" x1="${n(x)}" y1="${n(y1)}" x2="${n(x)}" y2="${n(y2)}" stroke="${s.color}" stroke-width="1.5"/>`,
          ...[y1, y2].map(
            (yy) =>
              `<line class="range" x1="${n(x - 4)}" y1="${n(yy)}" x2="${n(x + 4)}" y2="${n(yy)}" stroke="${s.color}"/>`,
          ),
        );
      }
      const fill = kind === 'measured' ? s.color : '#fff';
      out.push(
        `<circle class="${kind}" data-x="${p.x}" data-y="${p.y}" cx="${n(x)}" cy="${n(y)}" r="4.5" fill="${fill}" stroke="${s.color}" stroke-width="2"/>`,
      );
      // Up and to the left of the point: the curves here rise to the right, so that corner stays clear.
      if (p.label) out.push(text(x - 8, y - 8, p.label, `fill="${s.color}" text-anchor="end"`));
    };
    for (const p of s.measured) dot(p, 'measured');
    for (const p of s.extrapolated ?? []) dot(p, 'extrapolated');
    out.push('</g>');
    // Legend, one line per series, then the key to the line styles.
    const ly = top + 10 + i * 22;
    out.push(
      `<line x1="${n(right + 16)}" y1="${n(ly)}" x2="${n(right + 40)}" y2="${n(ly)}" stroke="${s.color}" stroke-width="2"/>`,
      `<circle cx="${n(right + 28)}" cy="${n(ly)}" r="4" fill="${s.color}"/>`,
      text(right + 48, ly + 4, s.name),
    );
  });
  const ky = top + 10 + spec.series.length * 22 + 12;
  out.push(
    `<circle cx="${n(right + 28)}" cy="${n(ky)}" r="4" fill="#333"/>`,
    text(right + 48, ky + 4, '实测 measured'),
    `<line x1="${n(right + 16)}" y1="${n(ky + 22)}" x2="${n(right + 40)}" y2="${n(ky + 22)}" stroke="#333" stroke-width="2" stroke-dasharray="6 4"/>`,
    `<circle cx="${n(right + 28)}" cy="${n(ky + 22)}" r="4" fill="#fff" stroke="#333" stroke-width="2"/>`,
    text(right + 48, ky + 26, '外推 extrapolated'),
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}
