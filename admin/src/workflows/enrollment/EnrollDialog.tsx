import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import type { ClassEnrollment } from '../../data/domain/class-actions';
import { useRunAction } from '../../ui';
import { EnrollResult } from './EnrollResult';
import { newAttemptKey } from './idempotency';
import { meetingDays } from './meeting-days';
import { DaysField, PersonApplicantFields, useApplicant, type Person } from './PersonApplicantFields';

interface ClassRecord {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  weekdays: number[];
  feePerDayFen?: number | null;
}

/**
 * 报名: a person picked by name; for a child, the applicant among their guardians; the days booked.
 * The answer says enrolled or waitlisted (first come, first served) with the fee split.
 */
export const EnrollDialog = ({ cls, open, onClose }: { cls: ClassRecord; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const most = meetingDays(cls.startsOn, cls.endsOn, cls.weekdays ?? []);
  const [person, setPerson] = useState<Person | null>(null);
  const [applicantId, setApplicantId] = useState<string>('');
  const [days, setDays] = useState<number>(most);
  const [key, setKey] = useState(newAttemptKey);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<ClassEnrollment | null>(null);
  const { guardians, applicant } = useApplicant(person, applicantId);
  const { data: overview } = useQuery({
    queryKey: ['classOverview', cls.id],
    queryFn: () => dataProvider.classOverview(cls.id),
    enabled: open,
  });
  /** Another person, applicant or number of days is another attempt: a new key. */
  const change = (fn: () => void) => {
    fn();
    setKey(newAttemptKey());
    setErrors({});
  };
  const reset = () => {
    setPerson(null);
    setApplicantId('');
    setDays(most);
    setResult(null);
    setErrors({});
    setKey(newAttemptKey());
  };
  const submit = async () => {
    if (!person) return;
    const r = await run(() =>
      dataProvider.enroll({
        classId: cls.id,
        beneficiaryId: person.id,
        applicantId: applicant || null,
        days,
        idempotencyKey: key,
      }),
    );
    if (r.ok) {
      setResult(r.value);
      await queryClient.invalidateQueries({ queryKey: ['classOverview', cls.id] });
      void queryClient.invalidateQueries({ queryKey: ['classEnrollments', cls.id] });
      refresh();
    } else {
      const fe = (r.error.body?.errors ?? {}) as Record<string, string>;
      setErrors(Object.fromEntries(Object.entries(fe).filter(([k, v]) => k !== 'root' && typeof v === 'string')));
    }
  };
  const close = () => {
    reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{translate('linli.enroll.title', { name: cls.name })}</DialogTitle>
      <DialogContent>
        {result ? (
          <EnrollResult result={result} cls={overview} />
        ) : (
          <>
            <PersonApplicantFields
              person={person}
              onPerson={(p) => change(() => (setPerson(p), setApplicantId('')))}
              guardians={guardians}
              applicant={applicant}
              onApplicant={(id) => change(() => setApplicantId(id))}
              errors={errors}
            />
            <DaysField
              days={days}
              onDays={(d) => change(() => setDays(d))}
              most={most}
              feePerDayFen={cls.feePerDayFen}
              error={errors.days}
            />
            {overview && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {translate('linli.enroll.places', {
                  enrolled: overview.enrolledCount ?? 0,
                  capacity: overview.capacity,
                  waitlisted: overview.waitlisted,
                })}
                {(overview.enrolledCount ?? 0) >= overview.capacity && ` ${translate('linli.enroll.full')}`}
              </Typography>
            )}
            {errors.classId && <Alert severity="error">{errors.classId}</Alert>}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {result ? (
          <>
            <Button onClick={reset}>{translate('linli.enroll.another')}</Button>
            <Button variant="contained" onClick={close}>
              {translate('ra.action.close')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <Button variant="contained" onClick={submit} disabled={busy || !person || !(days >= 1)}>
              {translate('linli.enroll.submit')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};
