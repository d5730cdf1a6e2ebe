import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import type { Round } from '../../data/domain/round-actions';
import { useRunAction } from '../../ui';
import { DateField, TimeField } from '../../ui/pickers';
import { MoreClassesField } from './MoreClassesField';
import { draftProblems, freeOf, proposedDraft, roundVariables, tierErrorRow, type RoundDraft } from './round-form';
import { TierRows } from './TierRows';

/** The fields the form shows its errors on; any other the API names is shown above the buttons. */
const SHOWN = ['opensAt', 'closesAt', 'places', 'noticeDays', 'tierRules', 'moreClassIds'];

/**
 * 发起摇号: the window (China dates and times), other open classes of the project drawn together (if any),
 * the places (the free places of the classes chosen proposed), the notice days and the priority tiers →
 * openApplicationRound. The answer shows the seed's hash, published from
 * now on, and leads to the round's page.
 */
export const OpenRoundDialog = ({
  cls,
  open,
  onClose,
}: {
  cls: { id: string; name: string; projectId?: string | null };
  open: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const [draft, setDraft] = useState<RoundDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [root, setRoot] = useState<string | null>(null);
  const [result, setResult] = useState<Round | null>(null);
  const { data: overview } = useQuery({
    queryKey: ['classOverview', cls.id],
    queryFn: () => dataProvider.classOverview(cls.id),
    enabled: open,
  });
  const { data: siblings = [] } = useQuery({
    queryKey: ['projectClasses', cls.projectId],
    queryFn: () => dataProvider.projectClasses(cls.projectId!),
    enabled: open && Boolean(cls.projectId),
  });
  const candidates = siblings.filter((c) => c.id !== cls.id && c.status === 'OPEN');
  const own = overview ? Math.max(overview.capacity - (overview.enrolledCount ?? 0), 0) : null;
  const free = own === null ? null : freeOf(own, draft?.moreClassIds ?? [], candidates);
  // The form starts from the class's free places as they are when the dialog opens.
  useEffect(() => {
    if (open && free !== null && !draft) setDraft(proposedDraft(free));
  }, [open, free, draft]);
  const change = (patch: Partial<RoundDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setErrors({});
    setRoot(null);
  };
  const close = () => {
    setDraft(null);
    setErrors({});
    setRoot(null);
    setResult(null);
    onClose();
  };
  const submit = async () => {
    if (!draft || free === null) return;
    const problems = draftProblems(draft, free);
    if (Object.keys(problems).length) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([k, [key, args]]) => [k, translate(key, args)])));
      return;
    }
    const r = await run(() => dataProvider.openRound(roundVariables(cls.id, draft)), 'linli.round.opened', {}, SHOWN);
    if (r.ok) {
      setResult(r.value);
      for (const id of [cls.id, ...draft.moreClassIds])
        void queryClient.invalidateQueries({ queryKey: ['classRounds', id] });
      return;
    }
    const fe = r.error.body?.errors ?? {};
    const mine: Record<string, string> = {};
    let other: string | null = null;
    for (const [k, v] of Object.entries(fe)) {
      if (typeof v !== 'string') continue;
      const key = tierErrorRow(draft, k);
      if (SHOWN.includes(key) || key.startsWith('tierRules.')) mine[key] = v;
      else other = other ? `${other}；${v}` : v;
    }
    setErrors(mine);
    // Shown in the dialog as well as the toast: a refusal about the class (已有进行中的报名轮次) stays readable.
    setRoot(other ?? (Object.keys(mine).length ? null : (r.error.message ?? null)));
  };
  const pair = (which: 'opens' | 'closes', key: 'opensAt' | 'closesAt') =>
    draft && (
      <Box>
        <Typography variant="body2" sx={{ mt: 1, mb: 0.5 }}>
          {translate(`linli.round.${which}`)}
        </Typography>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
          <DateField
            name={`${which}On`}
            label={translate('linli.round.date')}
            value={draft[`${which}On`]}
            onChange={(v) => change({ [`${which}On`]: v })}
          />
          <Box sx={{ width: 150, mt: -1 }}>
            <TimeField
              name={`${which}Time`}
              label={translate('linli.round.time')}
              value={draft[`${which}Time`]}
              onChange={(v) => change({ [`${which}Time`]: v })}
            />
          </Box>
        </Stack>
        {errors[key] && (
          <Typography variant="caption" color="error" data-testid={`${key}-error`}>
            {errors[key]}
          </Typography>
        )}
      </Box>
    );
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{translate('linli.round.open_title', { name: cls.name })}</DialogTitle>
      <DialogContent>
        {result ? (
          <Alert severity="success" data-testid="round-opened">
            <Typography variant="body2">{translate('linli.round.seed_hash_intro')}</Typography>
            <Typography
              variant="body2"
              data-testid="seed-hash"
              sx={{ fontFamily: 'monospace', wordBreak: 'break-all', my: 1 }}
            >
              {result.seedHash}
            </Typography>
          </Alert>
        ) : !draft ? null : (
          <>
            <Typography variant="body2" color="text.secondary">
              {translate('linli.round.open_intro')}
            </Typography>
            {pair('opens', 'opensAt')}
            {pair('closes', 'closesAt')}
            {candidates.length > 0 && (
              <MoreClassesField
                candidates={candidates}
                value={draft.moreClassIds}
                error={errors.moreClassIds}
                onChange={(ids) =>
                  // The offer follows the classes chosen: every free place of them, changed at will after.
                  change({ moreClassIds: ids, places: String(freeOf(own ?? 0, ids, candidates)) })
                }
              />
            )}
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, mt: 1 }}>
              <TextField
                fullWidth
                margin="dense"
                type="number"
                name="places"
                label={translate('linli.round.places')}
                value={draft.places}
                onChange={(e) => change({ places: e.target.value })}
                error={Boolean(errors.places)}
                helperText={
                  errors.places ??
                  (draft.moreClassIds.length
                    ? translate('linli.round_classes.places_help', {
                        count: draft.moreClassIds.length + 1,
                        free: free ?? 0,
                      })
                    : translate('linli.round.places_help', { free: free ?? 0 }))
                }
                slotProps={{ htmlInput: { min: 1, max: free ?? undefined } }}
              />
              <TextField
                fullWidth
                margin="dense"
                type="number"
                name="noticeDays"
                label={translate('linli.round.notice_days')}
                value={draft.noticeDays}
                onChange={(e) => change({ noticeDays: e.target.value })}
                error={Boolean(errors.noticeDays)}
                helperText={errors.noticeDays ?? translate('linli.round.notice_days_help')}
                slotProps={{ htmlInput: { min: 1, max: 30 } }}
              />
            </Stack>
            <TierRows tiers={draft.tiers} onChange={(tiers) => change({ tiers })} errors={errors} />
            {root && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {root}
              </Alert>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {result ? (
          <>
            <Button onClick={close}>{translate('ra.action.close')}</Button>
            <Button
              variant="contained"
              component={Link}
              to={createPath({ resource: 'ApplicationRound', id: result.id, type: 'show' })}
            >
              {translate('linli.round.view_round')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <Button variant="contained" onClick={() => void submit()} disabled={busy || !draft}>
              {translate('linli.round.submit')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};
