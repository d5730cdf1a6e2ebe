import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ReportRow } from '../../data/domain/report-queries';
import { useFormat } from '../../ui';
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
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell />
          {measures.map((m) => (
            <TableCell key={m} align="right" sx={{ whiteSpace: 'nowrap' }}>
              {translate(`linli.dashboard.measures.${m}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => {
          const clickable = onPick && r.key !== 'SELF';
          return (
            <TableRow
              key={r.key}
              hover={clickable}
              onClick={clickable ? () => onPick(r) : undefined}
              sx={clickable ? { cursor: 'pointer' } : undefined}
            >
              <TableCell sx={{ color: clickable ? 'primary.main' : undefined }}>{r.label}</TableCell>
              {measures.map((m) => (
                <TableCell key={m} align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {showCell(r.cell, m, f, locale)}
                </TableCell>
              ))}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
