import { Alert, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import { Section, StatTile, TileGrid, useFormat } from '../../ui';
import { AttendanceRate } from './AttendanceRate';

/** 出勤统计: the class's held sessions, person-times and rate, and the enrollments under the threshold. */
export const ClassAttendancePanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormat();
  const dataProvider = useDataProvider<AppDataProvider>();
  const classId = String(record?.id ?? '');
  const { data: cls } = useQuery({
    queryKey: ['classOverview', classId],
    queryFn: () => dataProvider.classOverview(classId),
    enabled: Boolean(classId),
  });
  const { data: low, error } = useQuery({
    queryKey: ['lowAttendance', classId],
    queryFn: () => dataProvider.lowAttendanceEnrollments(classId),
    enabled: Boolean(classId),
  });
  const s = cls?.attendanceSummary;
  const t = (k: string, o?: object) => translate(`linli.class_attendance.${k}`, o);
  return (
    <>
      <Section title={t('title')} testId="class-attendance">
        {!s ? (
          <LinearProgress />
        ) : (
          <TileGrid>
            <StatTile label={t('held')} value={s.heldSessions} hint={t('held_hint')} />
            <StatTile label={t('person_times')} value={s.personTimes} hint={t('person_times_hint')} />
            <StatTile label={t('rate')} value={s.rateBp != null ? f.percent(s.rateBp) : '—'} hint={t('rate_hint')} />
            <StatTile
              label={t('below', { threshold: f.percent(s.thresholdBp) })}
              value={s.belowThresholdCount}
              tone={s.belowThresholdCount ? 'error' : undefined}
            />
          </TileGrid>
        )}
      </Section>
      <Section title={t('low_title', { threshold: s ? f.percent(s.thresholdBp) : '70%' })}>
        {error && <Alert severity="error">{translate(error.message)}</Alert>}
        {low && !low.length && <Alert severity="success">{t('none_low')}</Alert>}
        {low && low.length > 0 && (
          <Table size="small" data-testid="low-attendance">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.Enrollment.fields.beneficiaryId')}</TableCell>
                <TableCell>{translate('linli.enroll.attendance')}</TableCell>
                <TableCell align="right">{translate('enums.AttendanceStatus.LATE')}</TableCell>
                <TableCell align="right">{translate('enums.AttendanceStatus.ABSENT')}</TableCell>
                <TableCell align="right">{translate('enums.AttendanceStatus.EXCUSED')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {low.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{e.beneficiary?.name ?? '—'}</TableCell>
                  <TableCell>
                    <AttendanceRate summary={e.attendanceSummary} />
                  </TableCell>
                  <TableCell align="right">{e.attendanceSummary.late}</TableCell>
                  <TableCell align="right">{e.attendanceSummary.absent}</TableCell>
                  <TableCell align="right">{e.attendanceSummary.excused}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
    </>
  );
};
