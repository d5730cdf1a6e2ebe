import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import type { ClassEnrollment } from '../../data/domain/class-actions';
import { RecordPicker, useFormat, useRunAction } from '../../ui';
import { EnrollResult } from './EnrollResult';
import { newAttemptKey } from './idempotency';
import { meetingDays } from './meeting-days';

interface Person {
  id: string;
  name?: string | null;
  birthDate?: string | null;
}
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
  const f = useFormat();
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
  const { data: guardians = [] } = useQuery({
    queryKey: ['guardians', person?.id],
    queryFn: () => dataProvider.guardiansOf(person!.id),
    enabled: Boolean(person),
  });
  const { data: overview } = useQuery({
    queryKey: ['classOverview', cls.id],
    queryFn: () => dataProvider.classOverview(cls.id),
    enabled: open,
  });
  // A child applies through a guardian: the primary one unless another is chosen.
  const applicant = applicantId || guardians.find((g) => g.isPrimary)?.guardianId || guardians[0]?.guardianId || '';
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
            <RecordPicker<Person>
              resource="Beneficiary"
              name="beneficiaryId"
              label={translate('linli.enroll.person')}
              value={person}
              onChange={(p) => change(() => (setPerson(p), setApplicantId('')))}
              optionText={(p) => (p.birthDate ? `${p.name ?? ''}（${f.date(p.birthDate)}）` : String(p.name ?? ''))}
              helperText={errors.beneficiaryId ?? translate('linli.enroll.person_help')}
            />
            {person && guardians.length > 0 && (
              <TextField
                select
                fullWidth
                margin="dense"
                name="applicantId"
                label={translate('linli.enroll.applicant')}
                value={applicant}
                onChange={(e) => change(() => setApplicantId(e.target.value))}
                error={Boolean(errors.applicantId)}
                helperText={errors.applicantId ?? translate('linli.enroll.applicant_help')}
              >
                {guardians.map((g) => (
                  <MenuItem key={g.guardianId} value={g.guardianId}>
                    {g.guardian?.name ?? '—'}（{translate(`enums.GuardianRelation.${g.relation}`)}）
                  </MenuItem>
                ))}
              </TextField>
            )}
            <TextField
              fullWidth
              margin="dense"
              type="number"
              name="days"
              label={translate('linli.enroll.days')}
              value={days}
              onChange={(e) => change(() => setDays(Number(e.target.value)))}
              error={Boolean(errors.days)}
              helperText={
                errors.days ??
                translate('linli.enroll.days_help', { most, fee: f.money((cls.feePerDayFen ?? 0) * (days || 0)) })
              }
              slotProps={{ htmlInput: { min: 1, max: most } }}
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
