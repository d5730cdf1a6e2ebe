import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RosterImportResult } from '../../data/data-provider';
import { ROSTER_COLUMNS } from './roster-columns';

const HEADER_OF = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.field, c.headers[0]]));
/** ID numbers stay masked on screen, as everywhere in the console. */
const masked = (v: unknown) =>
  typeof v === 'string' && v.length > 4 ? '*'.repeat(v.length - 4) + v.slice(-4) : String(v ?? '');

/** "身份证号：…", unless the message already begins with the field's name ("身份证号校验位错误"). */
const withField = (field: string, message: string) => (message.startsWith(field) ? message : `${field}：${message}`);

/**
 * Every row of the file with what the server found: its problems, or what it will get (报名 / 候补). Rows are
 * numbered as the spreadsheet numbers them (`lines`: the header is row 1), so "第 5 行" is Excel's row 5.
 */
export const RosterPreview = ({
  rows,
  lines,
  result,
}: {
  rows: Record<string, unknown>[];
  lines: number[];
  result: RosterImportResult;
}) => {
  const translate = useTranslate();
  const status = (r: RosterImportResult['rows'][number]) => {
    if (r.errors.length) return null;
    const word = result.dryRun
      ? r.status === 'WAITLISTED'
        ? 'will_waitlist'
        : 'will_enroll'
      : r.status === 'WAITLISTED'
        ? 'waitlisted'
        : 'enrolled';
    return (
      <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
        <Chip
          size="small"
          color={r.status === 'WAITLISTED' ? 'warning' : 'success'}
          label={translate(`linli.import.${word}`)}
        />
        {r.existing && <Chip size="small" variant="outlined" label={translate('linli.import.existing')} />}
      </Box>
    );
  };
  return (
    <Box sx={{ maxHeight: 520, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader data-testid="roster-preview">
        <TableHead>
          <TableRow>
            <TableCell>{translate('linli.import.row')}</TableCell>
            <TableCell>{HEADER_OF.name}</TableCell>
            <TableCell>{HEADER_OF.idNumber}</TableCell>
            <TableCell>{HEADER_OF.guardianName}</TableCell>
            <TableCell>{translate('linli.import.status')}</TableCell>
            <TableCell>{translate('linli.import.errors')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {result.rows.map((r) => {
            const row = rows[r.index] ?? {};
            return (
              <TableRow key={r.index} sx={r.errors.length ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : undefined}>
                <TableCell>{lines[r.index] ?? r.index + 2}</TableCell>
                <TableCell>{String(row.name ?? '')}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{masked(row.idNumber)}</TableCell>
                <TableCell>{String(row.guardianName ?? '')}</TableCell>
                <TableCell>{status(r)}</TableCell>
                <TableCell sx={{ color: 'error.main' }}>
                  {r.errors.map((e) => (
                    <div key={e.field}>{withField(HEADER_OF[e.field] ?? e.field, e.message)}</div>
                  ))}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};
