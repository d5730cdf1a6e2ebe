import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ReportRow } from '../../data/domain/report-queries';
import { ResponsiveTable, useFormat } from '../../ui';
import { showCell, type Measure } from './cells';

/** The rows of a grouping with their figures ("<5" for small cells); a row is clickable when it drills down. */
export const GroupTable = ({
  rows,
  measures,
  onPick,
  testId,
}: {
  rows: ReportRow[];
  measures: Measure[];
  onPick?: (row: ReportRow) => void;
  testId?: string;
}) => {
  const translate = useTranslate();
  const f = useFormat();
  const [locale] = useLocaleState();
  return (
    <ResponsiveTable
      rows={rows}
      rowKey={(r) => r.key}
      testId={testId}
      onRowClick={(r) => (onPick && r.key !== 'SELF' ? () => onPick(r) : null)}
      columns={[
        {
          key: 'label',
          role: 'title',
          label: '',
          render: (r) => (
            <Typography
              component="span"
              variant="inherit"
              sx={{ color: onPick && r.key !== 'SELF' ? 'primary.main' : undefined }}
            >
              {r.label}
            </Typography>
          ),
        },
        ...measures.map((m) => ({
          key: m,
          align: 'right' as const,
          label: <span style={{ whiteSpace: 'nowrap' }}>{translate(`linli.dashboard.measures.${m}`)}</span>,
          render: (r: ReportRow) => (
            <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
              {showCell(r.cell, m, f, locale)}
            </span>
          ),
        })),
      ]}
    />
  );
};
