import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import type { RoundApplication, RoundWithClass } from '../../data/domain/round-actions';
import { useRunAction } from '../../ui';
import { meetingDays } from '../enrollment/meeting-days';
import { DaysField, PersonApplicantFields, useApplicant, type Person } from '../enrollment/PersonApplicantFields';
import { ChoicesField, choiceKey } from './ChoicesField';

type RoundClass = NonNullable<RoundWithClass['serviceClass']>;

/** The inputs that show their own errors; the API's other rule messages (the window, the class) go above. */
const SHOWN = ['beneficiaryId', 'applicantId', 'days', 'siblingGroup'];

/**
 * 报名 to a round: a person picked by name, for a child the applicant among their guardians, in a round over
 * several classes the classes in order of preference, the days (at most the meeting days of every class
 * chosen: a place may be in any of them; the fee shown is the first choice's),
 * and a sibling mark shared by one applicant's children who must win or wait together → applyForPlace.
 * The API checks as enroll checks and answers its rules in Chinese (BAD_USER_INPUT's fieldErrors): each
 * lands on its input, the rest (不在报名时间内 …) above the buttons.
 */
export const ApplyDialog = ({
  round,
  open,
  onClose,
}: {
  round: RoundWithClass & { serviceClass: RoundClass };
  open: boolean;
  onClose: (applied: boolean) => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const several = round.classes.length > 1;
  const [choices, setChoices] = useState<string[]>([round.serviceClass.id]);
  const { data: projectClasses = [] } = useQuery({
    queryKey: ['projectClasses', round.serviceClass.projectId],
    queryFn: () => dataProvider.projectClasses(round.serviceClass.projectId),
    enabled: open && several,
  });
  // The days must fit every class chosen (the API checks each): at most the fewest meeting days among them.
  const classOf = (id: string) =>
    projectClasses.find((c) => c.id === id) ?? (id === round.serviceClass.id ? round.serviceClass : null);
  const mostOf = (ids: string[]) => {
    const known = ids.flatMap((id) => {
      const c = classOf(id);
      return c ? [meetingDays(c.startsOn, c.endsOn, c.weekdays ?? [])] : [];
    });
    return known.length ? Math.min(...known) : firstMost;
  };
  const cls = classOf(choices[0]) ?? round.serviceClass;
  const firstMost = meetingDays(
    round.serviceClass.startsOn,
    round.serviceClass.endsOn,
    round.serviceClass.weekdays ?? [],
  );
  const most = several ? mostOf(choices) : firstMost;
  const [person, setPerson] = useState<Person | null>(null);
  const [applicantId, setApplicantId] = useState('');
  const [days, setDays] = useState<number>(most);
  const [group, setGroup] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string | null>(null);
  const [result, setResult] = useState<RoundApplication | null>(null);
  const [applied, setApplied] = useState(false);
  const { guardians, applicant } = useApplicant(person, applicantId);
  const change = (fn: () => void) => {
    fn();
    setErrors({});
    setOther(null);
  };
  const reset = () => {
    setChoices([round.serviceClass.id]);
    setDays(firstMost);
    setPerson(null);
    setApplicantId('');
    setGroup('');
    setResult(null);
    setErrors({});
    setOther(null);
  };
  const submit = async () => {
    if (!person) return;
    // Said on the form before asking the API: the days of the classes chosen.
    if (several && !(days >= 1 && days <= most)) {
      setErrors({ days: translate('linli.round_classes.days_at_most', { most }) });
      return;
    }
    const r = await run(
      () =>
        dataProvider.applyForPlace({
          classId: several ? choices[0] : round.serviceClass.id,
          alsoClassIds: several ? choices.slice(1) : null,
          beneficiaryId: person.id,
          applicantId: applicant || null,
          days,
          siblingGroup: group.trim() || null,
        }),
      undefined,
      undefined,
      [...SHOWN, 'classId', 'root'],
    );
    if (r.ok) {
      setResult(r.value);
      setApplied(true);
      return;
    }
    const fe = r.error.body?.errors ?? {};
    const mine: Record<string, string> = {};
    const rest: string[] = [];
    for (const [k, v] of Object.entries(fe)) {
      if (typeof v !== 'string') continue;
      const choice = several ? choiceKey(k) : null;
      if (choice) mine[choice] = v;
      else if (SHOWN.includes(k)) mine[k] = v;
      else rest.push(v);
    }
    setErrors(mine);
    setOther(rest.length ? rest.join('；') : Object.keys(mine).length ? null : (r.error.message ?? null));
  };
  const close = () => {
    reset();
    onClose(applied);
    setApplied(false);
  };
  const err = (k: string) => errors[k];
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{translate('linli.round.apply_title', { name: round.serviceClass.name })}</DialogTitle>
      <DialogContent>
        {result ? (
          <Alert severity="success" data-testid="applied">
            {translate('linli.round.applied', { number: result.number })}
          </Alert>
        ) : (
          <>
            <Typography variant="body2" color="text.secondary">
              {translate('linli.round.apply_intro')}
            </Typography>
            <PersonApplicantFields
              person={person}
              onPerson={(p) => change(() => (setPerson(p), setApplicantId('')))}
              guardians={guardians}
              applicant={applicant}
              onApplicant={(id) => change(() => setApplicantId(id))}
              errors={errors}
            />
            {several && (
              <ChoicesField
                classes={round.classes}
                value={choices}
                errors={errors}
                onChange={(ids) =>
                  change(() => {
                    setChoices(ids);
                    // The most the classes chosen allow, as a new form proposes it.
                    if (ids.length) setDays(mostOf(ids));
                  })
                }
              />
            )}
            <DaysField
              days={days}
              onDays={(d) => change(() => setDays(d))}
              most={most}
              feePerDayFen={cls.feePerDayFen}
              error={err('days')}
            />
            <TextField
              fullWidth
              margin="dense"
              name="siblingGroup"
              label={translate('linli.round.sibling_group')}
              value={group}
              onChange={(e) => change(() => setGroup(e.target.value))}
              error={Boolean(err('siblingGroup'))}
              helperText={err('siblingGroup') ?? translate('linli.round.sibling_group_help')}
              slotProps={{ htmlInput: { maxLength: 40 } }}
            />
            {other && (
              <Alert severity="error" sx={{ mt: 1 }} data-testid="apply-error">
                {other}
              </Alert>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {result ? (
          <>
            <Button onClick={reset}>{translate('linli.round.apply_another')}</Button>
            <Button variant="contained" onClick={close}>
              {translate('ra.action.close')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <Button
              variant="contained"
              onClick={() => void submit()}
              disabled={busy || !person || !(days >= 1) || !choices.length}
            >
              {translate('linli.round.apply_submit')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};
