import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import type { RoundApplication, RoundObjection } from '../../data/domain/round-actions';
import { useRunAction } from '../../ui';
import {
  actionsFor,
  correctionVariables,
  emptyChange,
  fieldErrorsOf,
  tierChoices,
  type ChangeDraft,
  type ChangeErrors,
} from './correction';
import { CorrectionMoves, type NoticeCorrection } from './CorrectionMoves';

/**
 * 更正结果 for an upheld objection: rows of changes (an application of the round, what its status allows:
 * 更正优先级 with the tier, 取消资格, 恢复申请), the warning that the draw is recomputed with the same seed
 * and the notice period restarts, then `correctApplicationRound`. The API's errors land on their rows;
 * afterwards the dialog shows whose outcome moved, from the notice's last correction.
 */
export const CorrectionDialog = ({
  roundId,
  objection,
  applications,
  tierLabels,
  onClose,
  onDone,
}: {
  roundId: string;
  objection: RoundObjection | null;
  applications: RoundApplication[];
  /** The round's tiers by name (tier 1 first), from its notice; null while unknown. */
  tierLabels: string[] | null;
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const [drafts, setDrafts] = useState<ChangeDraft[]>([emptyChange()]);
  const [errors, setErrors] = useState<ChangeErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<NoticeCorrection | null>(null);
  const t = (k: string, o?: object) => translate(`linli.correction.${k}`, o);
  const choosable = applications.filter((a) => actionsFor(a.status).length > 0);
  const byId = new Map(applications.map((a) => [a.id, a]));
  const set = (i: number, patch: Partial<ChangeDraft>) =>
    setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const err = (key: string) => (errors[key] ? translate(errors[key]) : undefined);
  const reset = () => (setDrafts([emptyChange()]), setErrors({}), setMessage(null), setDone(null));
  const submit = async () => {
    if (!objection) return;
    const v = correctionVariables(objection.id, drafts);
    if ('errors' in v) return setErrors(v.errors);
    setErrors({});
    setMessage(null);
    // Field errors are shown on their rows, so no toast repeats them.
    const shown = ['changes', ...drafts.flatMap((_, i) => ['applicationId', 'tier'].map((f) => `changes.${i}.${f}`))];
    const r = await run(() => dataProvider.correctRound(v.variables), 'linli.correction.done', undefined, shown);
    if (!r.ok) {
      const fields = fieldErrorsOf(r.error);
      setErrors(fields);
      if (!Object.keys(fields).length) setMessage(r.error.message ?? 'linli.errors.server');
      return;
    }
    const notice = await dataProvider.roundNotice(roundId);
    setDone(notice.corrections[notice.corrections.length - 1] ?? null);
    onDone();
  };
  return (
    <Dialog
      open={objection !== null}
      onClose={onClose}
      fullWidth
      maxWidth="md"
      slotProps={{ transition: { onExited: reset } }}
    >
      <DialogTitle>{t('title')}</DialogTitle>
      <DialogContent data-testid="correction-dialog">
        {done ? (
          <>
            <Alert severity="success" sx={{ mb: 1 }}>
              {t('done')}
            </Alert>
            <Typography variant="subtitle2">{t('moves_title')}</Typography>
            <CorrectionMoves moves={done.moves} />
          </>
        ) : (
          <>
            <DialogContentText sx={{ mb: 1 }}>{t('intro')}</DialogContentText>
            {drafts.map((d, i) => {
              const app = byId.get(d.applicationId);
              return (
                <Stack
                  key={i}
                  direction={{ xs: 'column', sm: 'row' }}
                  sx={{ gap: 1, alignItems: { sm: 'flex-start' }, mb: 1 }}
                  data-testid="correction-row"
                >
                  <TextField
                    select
                    size="small"
                    sx={{ minWidth: 220, flex: 2 }}
                    name={`changes.${i}.applicationId`}
                    label={t('application')}
                    value={d.applicationId}
                    onChange={(e) => set(i, { applicationId: e.target.value, action: '', tier: '' })}
                    error={Boolean(errors[`changes.${i}.applicationId`])}
                    helperText={err(`changes.${i}.applicationId`)}
                  >
                    {choosable.map((a) => (
                      <MenuItem key={a.id} value={a.id}>
                        {a.number} {a.beneficiary?.name ?? ''} · {translate(`enums.ApplicationStatus.${a.status}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                  <TextField
                    select
                    size="small"
                    sx={{ minWidth: 150, flex: 1 }}
                    name={`changes.${i}.action`}
                    label={t('action')}
                    value={d.action}
                    disabled={!app}
                    onChange={(e) => set(i, { action: e.target.value as ChangeDraft['action'], tier: '' })}
                    error={Boolean(errors[`changes.${i}.action`])}
                    helperText={err(`changes.${i}.action`)}
                  >
                    {actionsFor(app?.status).map((a) => (
                      <MenuItem key={a} value={a}>
                        {t(`actions.${a}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                  {d.action === 'RETIER' && (
                    <TextField
                      select
                      size="small"
                      sx={{ minWidth: 150, flex: 1 }}
                      name={`changes.${i}.tier`}
                      label={t('tier')}
                      value={d.tier}
                      onChange={(e) => set(i, { tier: Number(e.target.value) })}
                      error={Boolean(errors[`changes.${i}.tier`])}
                      helperText={err(`changes.${i}.tier`) ?? t('current_tier', { tier: app?.tier ?? '' })}
                    >
                      {tierChoices(app?.tier, tierLabels?.length).map((n) => (
                        <MenuItem key={n} value={n}>
                          {t('tier_n', { n })}
                          {tierLabels?.[n - 1] ? `（${tierLabels[n - 1]}）` : ''}
                        </MenuItem>
                      ))}
                    </TextField>
                  )}
                  <IconButton
                    aria-label={t('remove')}
                    disabled={drafts.length < 2}
                    onClick={() => setDrafts((ds) => ds.filter((_, j) => j !== i))}
                  >
                    <DeleteIcon />
                  </IconButton>
                </Stack>
              );
            })}
            <Button size="small" startIcon={<AddIcon />} onClick={() => setDrafts((ds) => [...ds, emptyChange()])}>
              {t('add')}
            </Button>
            {errors.changes && (
              <Alert severity="error" sx={{ mt: 1 }} data-testid="changes-error">
                {translate(errors.changes)}
              </Alert>
            )}
            {message && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {translate(message)}
              </Alert>
            )}
            <Alert severity="warning" sx={{ mt: 2 }} data-testid="correction-recompute">
              {t('recompute')}
            </Alert>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate(done ? 'ra.action.close' : 'ra.action.cancel')}</Button>
        {!done && (
          <Button variant="contained" color="warning" disabled={busy} onClick={() => void submit()}>
            {t('submit')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
