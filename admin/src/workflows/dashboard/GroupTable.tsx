import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportRow } from '../../data/domain/report-queries';
import { ResponsiveTable } from '../../ui';
import { type Measure } from './cells';
import { Figure } from './Figure';

/** The rows of a grouping with their figures ("<5", 已隐藏 where withheld); a row is clickable when it drills down. */
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
              <Figure cell={r.cell} m={m} />
            </span>
          ),
        })),
      ]}
    />
  );
};
