import { Alert, Box, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ReportRow } from '../../data/domain/report-queries';
import { chartValue, withheldReason, withheldText, type Measure } from './cells';

/**
 * Bars of one grouping (months, areas, categories) for a few measures; a withheld figure draws no bar
 * (never a zero), its tooltip says "<5" or 已隐藏, and a line under the chart says how many were left out.
 * `onPick` makes a bar clickable (drill down into an area).
 */
export const GroupChart = ({
  rows,
  measures,
  horizontal,
  onPick,
  height = 280,
}: {
  rows: ReportRow[];
  measures: Measure[];
  horizontal?: boolean;
  onPick?: (row: ReportRow) => void;
  height?: number;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const left = rows.filter((r) => measures.some((m) => withheldReason(r.cell, m))).length;
  const labels = rows.map((r) => r.label);
  const band = [{ scaleType: 'band' as const, data: labels }];
  // Two measures of different sizes (服务人次 in thousands, 服务人数 in hundreds): each on its own scale,
  // the second's axis on the other side, so that neither draws as a sliver.
  const dual = measures.length === 2;
  const name = (m: Measure) => translate(`linli.dashboard.measures.${m}`);
  const first = { id: 'first', tickMinStep: 1, ...(dual ? { label: name(measures[0]) } : {}) };
  const second = { id: 'second', tickMinStep: 1, label: dual ? name(measures[1]) : undefined };
  const xValues = [first, ...(dual ? [{ ...second, position: 'top' as const }] : [])];
  const yValues = [first, ...(dual ? [{ ...second, position: 'right' as const }] : [])];
  const axisOf = (i: number) => (dual && i === 1 ? 'second' : 'first');
  // Nothing to draw (no rows, or every figure zero or hidden): say so instead of empty axes.
  if (!rows.some((r) => measures.some((m) => (chartValue(r.cell, m) ?? 0) > 0)))
    return (
      <Alert severity="info" sx={{ mb: 1 }}>
        {translate('linli.dashboard.no_data')}
      </Alert>
    );
  return (
    <Box sx={{ width: '100%', cursor: onPick ? 'pointer' : undefined }}>
      <BarChart
        height={horizontal ? Math.max(height, 40 + rows.length * 36) : height}
        layout={horizontal ? 'horizontal' : 'vertical'}
        // Counts and money: no ticks between whole numbers.
        xAxis={horizontal ? xValues : band}
        yAxis={horizontal ? [{ ...band[0], width: 180 }] : yValues}
        series={measures.map((m, i) => ({
          id: m,
          ...(horizontal ? { xAxisId: axisOf(i) } : { yAxisId: axisOf(i) }),
          label: name(m),
          data: rows.map((r) => chartValue(r.cell, m)),
          valueFormatter: (v: number | null, ctx: { dataIndex: number }) => {
            const reason = rows[ctx.dataIndex] && withheldReason(rows[ctx.dataIndex].cell, m);
            return reason ? withheldText(reason, locale) : v == null ? '—' : v.toLocaleString('zh-CN');
          },
        }))}
        localeText={{ noData: translate('linli.dashboard.no_data'), loading: translate('ra.page.loading') }}
        onItemClick={onPick ? (_e, item) => rows[item.dataIndex] && onPick(rows[item.dataIndex]) : undefined}
        margin={{ left: 8, right: dual && !horizontal ? 8 : 32 }}
        // Drawn at once: no bars growing in while the page is read (or photographed).
        skipAnimation
      />
      {left > 0 && (
        <Typography variant="caption" color="text.secondary" data-testid="chart-withheld">
          {translate('linli.dashboard.chart_withheld', { smart_count: left })}
        </Typography>
      )}
    </Box>
  );
};
