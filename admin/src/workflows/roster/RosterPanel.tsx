import DoneAllIcon from '@mui/icons-material/DoneAll';
import SaveIcon from '@mui/icons-material/Save';
import { Alert, Button, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import type { AppDataProvider } from '../../data/data-provider';
import { chinaToday, ResponsiveTable, Section, useFormat, useRunAction } from '../../ui';
import { draftOf, errorsByLine, rowsToSave, type Draft } from './roster-rows';
import { STATUSES, StatusButtons } from './StatusButtons';
import { useRoster } from './use-roster';

/**
 * 点名: every person of the session's class with 出勤 / 迟到 / 缺勤 / 请假 and a note, 全部出勤 in one
 * click, then one save (`recordAttendance`, all or nothing; a refused row shows why). Reopened, it
 * shows what was recorded; a verified or cancelled session is read-only.
 */
export const RosterPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormat();
  const refresh = useRefresh();
  const access = useAccess('Attendance');
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const sessionId = String(record?.id ?? '');
  const { data, error, isPending, reload } = useRoster(sessionId);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string[]>>({});
  useEffect(() => {
    if (data) setDrafts(Object.fromEntries(data.lines.map((l) => [l.enrollmentId, draftOf(l)])));
  }, [data]);
  if (isPending) return <LinearProgress />;
  if (error) return <Alert severity="error">{translate(error.message)}</Alert>;
  if (!data) return null;
  const { session, lines } = data;
  const locked = session.attendanceVerifiedAt
    ? translate('linli.roster.verified', { at: f.datetime(session.attendanceVerifiedAt) })
    : session.status === 'CANCELLED'
      ? translate('linli.roster.cancelled')
      : session.date > chinaToday()
        ? translate('linli.roster.future')
        : !access.create
          ? translate('ra.message.access_denied')
          : null;
  const set = (id: string, patch: Partial<Draft>) =>
    setDrafts((d) => ({ ...d, [id]: { ...(d[id] ?? { status: null, note: '' }), ...patch } }));
  const allPresent = () =>
    setDrafts((d) =>
      Object.fromEntries(
        lines.map((l) => [l.enrollmentId, { ...(d[l.enrollmentId] ?? { note: '' }), status: 'PRESENT' }]),
      ),
    );
  const count = (s: string | null) => lines.filter((l) => (drafts[l.enrollmentId]?.status ?? null) === s).length;

  const save = async () => {
    const { rows, lineOf } = rowsToSave(lines, drafts);
    setRowErrors({});
    const r = await run(() => dataProvider.recordAttendance(sessionId, rows), 'linli.roster.saved', {
      count: rows.length,
    });
    if (r.ok) {
      await reload();
      refresh();
    } else setRowErrors(errorsByLine(r.error.body?.errors ?? {}, lineOf));
  };

  return (
    <Section
      title={translate('linli.roster.title', {
        date: f.date(session.date),
        start: f.time(session.startsAt),
        end: f.time(session.endsAt),
      })}
      testId="roster"
      actions={
        !locked && (
          <>
            <Button startIcon={<DoneAllIcon />} onClick={allPresent} disabled={busy || !lines.length}>
              {translate('linli.roster.all_present')}
            </Button>
            <Button
              variant="contained"
              startIcon={<SaveIcon />}
              onClick={save}
              disabled={busy || count(null) === lines.length}
            >
              {translate('linli.roster.save')}
            </Button>
          </>
        )
      }
    >
      <Stack spacing={1.5}>
        {locked && <Alert severity="info">{locked}</Alert>}
        <Typography variant="body2" color="text.secondary" data-testid="roster-counts">
          {[
            ...STATUSES.map((s) => `${translate(`enums.AttendanceStatus.${s}`)} ${count(s)}`),
            `${translate('linli.roster.unmarked')} ${count(null)}`,
          ].join(' · ')}
        </Typography>
        {!lines.length ? (
          <Alert severity="info">{translate('linli.roster.empty')}</Alert>
        ) : (
          <ResponsiveTable
            rows={lines}
            rowKey={(l) => l.enrollmentId}
            rowTestId="roster-row"
            rowSx={(l) => (rowErrors[l.enrollmentId] ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : undefined)}
            columns={[
              {
                key: 'name',
                role: 'title',
                label: translate('resources.Enrollment.fields.beneficiaryId'),
                render: (l) => <span style={{ whiteSpace: 'nowrap' }}>{l.name}</span>,
              },
              {
                key: 'status',
                label: translate('resources.Attendance.fields.status'),
                render: (l) => (
                  <>
                    <StatusButtons
                      name={l.name}
                      value={drafts[l.enrollmentId]?.status ?? null}
                      disabled={Boolean(locked) || busy}
                      onChange={(s) => set(l.enrollmentId, { status: s })}
                    />
                    {rowErrors[l.enrollmentId]?.map((p) => (
                      <Typography key={p} variant="caption" color="error" component="div">
                        {p}
                      </Typography>
                    ))}
                  </>
                ),
              },
              {
                key: 'note',
                label: translate('resources.Attendance.fields.note'),
                render: (l) => (
                  <TextField
                    size="small"
                    fullWidth
                    variant="standard"
                    sx={{ minWidth: 180 }}
                    value={drafts[l.enrollmentId]?.note ?? ''}
                    disabled={Boolean(locked) || busy}
                    placeholder={translate('linli.roster.note_placeholder')}
                    onChange={(e) => set(l.enrollmentId, { note: e.target.value })}
                  />
                ),
              },
            ]}
          />
        )}
      </Stack>
    </Section>
  );
};
