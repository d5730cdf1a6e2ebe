import LoginIcon from '@mui/icons-material/Login';
import LogoutIcon from '@mui/icons-material/Logout';
import { Alert, Button, Chip, LinearProgress } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import { chinaTime, ResponsiveTable, Section, type Column } from '../../ui';
import { CheckDialog } from './CheckDialog';
import type { RosterLine } from './use-roster';
import { useRoster } from './use-roster';

/**
 * 签到签退: who has arrived and left (早退 marked), and who picked each child up; one person at a time. On a
 * phone one card per child (staff check children in at the door).
 */
export const CheckInPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const access = useAccess('Attendance');
  const { data, error, isPending, reload } = useRoster(String(record?.id ?? ''));
  const [open, setOpen] = useState<{ mode: 'in' | 'out'; line: RosterLine } | null>(null);
  if (isPending) return <LinearProgress />;
  if (error) return <Alert severity="error">{translate(error.message)}</Alert>;
  if (!data) return null;
  const { session, lines } = data;
  const writable = access.create && !session.attendanceVerifiedAt && session.status !== 'CANCELLED';
  const time = (v: string | null | undefined) => (v ? chinaTime(v) : '—');
  const label = (field: string) => translate(`resources.Attendance.fields.${field}`);
  const columns: Column<RosterLine>[] = [
    {
      key: 'name',
      role: 'title',
      label: translate('resources.Enrollment.fields.beneficiaryId'),
      render: (l) => l.name,
    },
    {
      key: 'status',
      label: label('status'),
      render: (l) => (l.attendance ? translate(`enums.AttendanceStatus.${l.attendance.status}`) : '—'),
    },
    { key: 'in', label: label('checkInAt'), render: (l) => time(l.attendance?.checkInAt) },
    {
      key: 'out',
      label: label('checkOutAt'),
      render: (l) => (
        <>
          {time(l.attendance?.checkOutAt)}
          {l.attendance?.leftEarly && (
            <Chip size="small" color="warning" label={translate('linli.checkin.left_early')} sx={{ ml: 0.5 }} />
          )}
        </>
      ),
    },
    { key: 'pickUp', label: label('pickedUpById'), render: (l) => l.attendance?.pickedUpBy?.name ?? '—' },
    {
      key: 'actions',
      role: 'actions',
      label: '',
      render: (l) => {
        const a = l.attendance;
        if (writable && !a?.checkInAt)
          return (
            <Button size="small" startIcon={<LoginIcon />} onClick={() => setOpen({ mode: 'in', line: l })}>
              {translate('linli.checkin.in')}
            </Button>
          );
        if (writable && a?.checkInAt && !a.checkOutAt)
          return (
            <Button size="small" startIcon={<LogoutIcon />} onClick={() => setOpen({ mode: 'out', line: l })}>
              {translate('linli.checkin.out')}
            </Button>
          );
        return null;
      },
    },
  ];
  return (
    <Section title={translate('linli.checkin.title')} testId="checkin">
      {!writable && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('linli.checkin.read_only')}
        </Alert>
      )}
      <ResponsiveTable rows={lines} columns={columns} rowKey={(l) => l.enrollmentId} rowTestId="checkin-row" />
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
