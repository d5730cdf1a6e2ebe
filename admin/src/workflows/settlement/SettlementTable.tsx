import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Settlement, SettlementLine } from '../../data/domain/project-actions';
import { useFormat } from '../../ui';

const COLUMNS: { key: keyof SettlementLine; money?: boolean }[] = [
  { key: 'feePerDayFen', money: true },
  { key: 'verifiedSessions' },
  { key: 'pendingSessions' },
  { key: 'people' },
  { key: 'attendanceDays' },
  { key: 'feeFen', money: true },
  { key: 'sponsorFen', money: true },
  { key: 'familyFen', money: true },
];

/** 结算表: one line per class and the total, money in 元. */
export const SettlementTable = ({ settlement }: { settlement: Settlement }) => {
  const translate = useTranslate();
  const f = useFormat();
  const cells = (line: SettlementLine, total = false) =>
    COLUMNS.map((c) => (
      <TableCell
        key={c.key}
        align="right"
        sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: total ? 600 : undefined }}
      >
        {total && c.key === 'feePerDayFen' ? '' : c.money ? f.money(Number(line[c.key])) : String(line[c.key])}
      </TableCell>
    ));
  return (
    <Table size="small" data-testid="settlement">
      <TableHead>
        <TableRow>
          <TableCell>{translate('linli.settlement.class')}</TableCell>
          {COLUMNS.map((c) => (
            <TableCell key={c.key} align="right">
              {translate(`linli.settlement.${c.key}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {settlement.lines.map((line) => (
          <TableRow key={line.classId}>
            <TableCell>{line.className}</TableCell>
            {cells(line)}
          </TableRow>
        ))}
        <TableRow sx={{ '& td': { borderTop: 2, borderColor: 'divider' } }}>
          <TableCell sx={{ fontWeight: 600 }}>{translate('linli.settlement.total')}</TableCell>
          {cells(settlement.total, true)}
        </TableRow>
      </TableBody>
    </Table>
  );
};
