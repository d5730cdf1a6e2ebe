import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import type { SessionInfo } from '../../data/domain/attendance-actions';
import { chinaInstant, chinaTime, chinaToday, useRunAction } from '../../ui';
import type { RosterLine } from './use-roster';
import { TimeField } from '../../ui/pickers';

/** The field errors this dialog shows itself, in the order it picks one. */
const SHOWN = ['pickedUpById', 'checkOutAt', 'checkInAt', 'enrollmentId'];

/**
 * 签到 or 签退 of one person at a time of the session's day (now, on the day itself). Check-out names
 * who picks a child up, among the child's guardians; the API refuses anyone not authorised
 * (`fieldErrors.pickedUpById`) and the reason is shown here.
 */
export const CheckDialog = ({
  mode,
  line,
  session,
  onClose,
  onDone,
}: {
  mode: 'in' | 'out';
  line: RosterLine;
  session: SessionInfo;
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const today = session.date === chinaToday();
  const [time, setTime] = useState(() =>
    today ? chinaTime(new Date()) : (mode === 'in' ? session.startsAt : session.endsAt).slice(0, 5),
  );
  const [pickedUpById, setPickedUpById] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { data: guardians = [] } = useQuery({
    queryKey: ['guardians', line.beneficiaryId],
    queryFn: () => dataProvider.guardiansOf(line.beneficiaryId),
    enabled: mode === 'out' && Boolean(line.beneficiaryId),
  });
  const confirm = async () => {
    setErrors({});
    const at = chinaInstant(session.date, time);
    const r = await run(
      () =>
        mode === 'in'
          ? dataProvider.checkIn(session.id, line.enrollmentId, at)
          : dataProvider.checkOut(session.id, line.enrollmentId, pickedUpById || null, at),
      `linli.checkin.done_${mode}`,
      { name: line.name },
      SHOWN,
    );
    if (r.ok) {
      onDone();
      onClose();
    } else setErrors((r.error.body?.errors ?? {}) as Record<string, string>);
  };
  const fieldError = SHOWN.map((k) => errors[k]).find(Boolean);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate(`linli.checkin.${mode}_title`, { name: line.name })}</DialogTitle>
      <DialogContent>
        <TimeField name="at" label={translate(`linli.checkin.${mode}_time`)} value={time} onChange={setTime} />
        {mode === 'out' && (
          <TextField
            select
            fullWidth
            margin="dense"
            name="pickedUpById"
            label={translate('linli.checkin.picked_up_by')}
            value={pickedUpById}
            onChange={(e) => (setPickedUpById(e.target.value), setErrors({}))}
            error={Boolean(errors.pickedUpById)}
            helperText={translate('linli.checkin.picked_up_help')}
          >
            <MenuItem value="">{translate('linli.checkin.nobody')}</MenuItem>
            {guardians.map((g) => (
              <MenuItem key={g.guardianId} value={g.guardianId}>
                {g.guardian?.name ?? '—'}（{translate(`enums.GuardianRelation.${g.relation}`)}）·{' '}
                {translate(g.mayPickUp ? 'linli.checkin.may_pick_up' : 'linli.checkin.may_not_pick_up')}
              </MenuItem>
            ))}
          </TextField>
        )}
        {fieldError && (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="check-error">
            {fieldError}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={confirm} disabled={busy || !time}>
          {translate(`linli.checkin.${mode}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
