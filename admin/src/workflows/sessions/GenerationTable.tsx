import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { GeneratedSession, SessionGeneration } from '../../data/domain/class-actions';
import { useFormat } from '../../ui';

const COLOR: Record<GeneratedSession['state'], 'success' | 'default' | 'info' | 'error' | 'warning'> = {
  NEW: 'success',
  EXISTING: 'default',
  UPDATED: 'info',
  REMOVED: 'error',
  KEPT: 'warning',
};
const COUNTS = ['created', 'existing', 'updated', 'removed', 'kept', 'skipped'] as const;
const weekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The counts and every session of a generation (or its preview): 新增, 已有, 更新, 删除, 保留, 跳过. */
export const GenerationTable = ({ generation }: { generation: SessionGeneration }) => {
  const translate = useTranslate();
  const f = useFormat();
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }} data-testid="generation-counts">
        {COUNTS.map((k) => (
          <Chip key={k} variant="outlined" label={translate(`linli.sessions.count.${k}`, { count: generation[k] })} />
        ))}
      </Stack>
      <Box sx={{ maxHeight: 480, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" stickyHeader data-testid="generation">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.ClassSession.fields.date')}</TableCell>
              <TableCell>{translate('linli.sessions.weekday')}</TableCell>
              <TableCell>{translate('linli.sessions.time')}</TableCell>
              <TableCell>{translate('linli.sessions.state')}</TableCell>
              <TableCell>{translate('resources.ClassSession.fields.status')}</TableCell>
              <TableCell align="right">{translate('linli.sessions.attendance_rows')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {generation.sessions.map((s) => (
              <TableRow key={`${s.date}-${s.sessionId ?? 'new'}`}>
                <TableCell>{f.date(s.date)}</TableCell>
                <TableCell>{translate(`linli.weekdays.${weekday(s.date)}`)}</TableCell>
                <TableCell>
                  {f.time(s.startsAt)}–{f.time(s.endsAt)}
                </TableCell>
                <TableCell>
                  <Chip size="small" color={COLOR[s.state]} label={translate(`linli.sessions.states.${s.state}`)} />
                </TableCell>
                <TableCell>{s.status ? translate(`enums.SessionStatus.${s.status}`) : '—'}</TableCell>
                <TableCell align="right">{s.attendanceCount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Stack>
  );
};
