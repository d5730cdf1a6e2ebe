import LoginIcon from '@mui/icons-material/Login';
import LogoutIcon from '@mui/icons-material/Logout';
import { Alert, Button, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import { chinaTime, Section } from '../../ui';
import { CheckDialog } from './CheckDialog';
import type { RosterLine } from './use-roster';
import { useRoster } from './use-roster';

/** 签到签退: who has arrived and left, and who picked each child up; one person at a time. */
export const CheckInPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const access = useAccess('Attendance');
  const { data, error, isPending, reload } = useRoster(String(record?.id ?? ''));
  const [open, setOpen] = useState<{ mode: 'in' | 'out'; line: RosterLine } | null>(null);
  if (isPending) return <LinearProgress />;
  if (error) return <Alert severity="error">{translate((error as Error).message)}</Alert>;
  if (!data) return null;
  const { session, lines } = data;
  const writable = access.create && !session.attendanceVerifiedAt && session.status !== 'CANCELLED';
  const time = (v: string | null | undefined) => (v ? chinaTime(v) : '—');
  return (
    <Section title={translate('linli.checkin.title')} testId="checkin">
      {!writable && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('linli.checkin.read_only')}
        </Alert>
      )}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.Enrollment.fields.beneficiaryId')}</TableCell>
            <TableCell>{translate('resources.Attendance.fields.status')}</TableCell>
            <TableCell>{translate('resources.Attendance.fields.checkInAt')}</TableCell>
            <TableCell>{translate('resources.Attendance.fields.checkOutAt')}</TableCell>
            <TableCell>{translate('resources.Attendance.fields.pickedUpById')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((l) => {
            const a = l.attendance;
            return (
              <TableRow key={l.enrollmentId} data-testid="checkin-row">
                <TableCell>{l.name}</TableCell>
                <TableCell>{a ? translate(`enums.AttendanceStatus.${a.status}`) : '—'}</TableCell>
                <TableCell>{time(a?.checkInAt)}</TableCell>
                <TableCell>{time(a?.checkOutAt)}</TableCell>
                <TableCell>{a?.pickedUpBy?.name ?? '—'}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {writable && !a?.checkInAt && (
                    <Button size="small" startIcon={<LoginIcon />} onClick={() => setOpen({ mode: 'in', line: l })}>
                      {translate('linli.checkin.in')}
                    </Button>
                  )}
                  {writable && a?.checkInAt && !a.checkOutAt && (
                    <Button size="small" startIcon={<LogoutIcon />} onClick={() => setOpen({ mode: 'out', line: l })}>
                      {translate('linli.checkin.out')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {open && (
        <CheckDialog
          mode={open.mode}
          line={open.line}
          session={session}
          onClose={() => setOpen(null)}
          onDone={() => (void reload(), refresh())}
        />
      )}
    </Section>
  );
};
