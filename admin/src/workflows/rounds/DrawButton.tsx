import CasinoIcon from '@mui/icons-material/Casino';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import type { AppDataProvider } from '../../data/data-provider';
import type { Round } from '../../data/domain/round-actions';
import { useRunAction } from '../../ui';
import { BlockedButton } from './BlockedButton';
import { DrawResult } from './DrawResult';
import { applicationCounts, drawBlock } from './round-rules';
import { useBlockText, useRoundApplications, useRoundClass, useRoundReload } from './round-queries';

/**
 * 摇号, for users who may write the class, while the round is open: disabled until the close, with the
 * reason; a dialog states the places and the applications and that the draw runs once and cannot be
 * undone, then drawApplicationRound; the result (counts, the seed revealed, the hashes) replaces it.
 * The API judges the close by the database clock: its CONFLICT message is shown as it comes.
 */
export const DrawButton = () => {
  const record = useRecordContext<Round>();
  const translate = useTranslate();
  const blockText = useBlockText();
  const dataProvider = useDataProvider<AppDataProvider>();
  const access = useAccess('ServiceClass');
  const { busy, run } = useRunAction();
  const id = String(record?.id ?? '');
  const { data: apps = [] } = useRoundApplications(id);
  const { data: withClass } = useRoundClass(id);
  const reload = useRoundReload(id);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [drawn, setDrawn] = useState<Round | null>(null);
  if (!record || !access.update || (record.status !== 'OPEN' && !drawn)) return null;
  const block = drawBlock(record);
  const cls = withClass?.serviceClass;
  // A round over several classes: named by all its classes, and its winners go to the class each won.
  const several = (withClass?.classes.length ?? 0) > 1;
  const name = several ? withClass!.classes.map((c) => c.className).join('、') : (cls?.name ?? '');
  const draw = async () => {
    setError(null);
    const r = await run(() => dataProvider.drawRound(record.id), 'linli.round.drawn');
    if (r.ok) {
      setDrawn(r.value);
      reload();
    } else setError(r.error.message ?? null);
  };
  const close = () => {
    setOpen(false);
    setError(null);
    setDrawn(null);
  };
  return (
    <>
      <BlockedButton
        label={translate('linli.round.draw_button')}
        icon={<CasinoIcon />}
        reason={drawn ? null : block && blockText(block)}
        onClick={() => setOpen(true)}
        testId="draw-button"
      />
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{translate('linli.round.draw_title', { name })}</DialogTitle>
        <DialogContent data-testid="draw-dialog">
          {drawn ? (
            <DrawResult round={drawn} />
          ) : (
            <>
              <Typography>
                {translate(several ? 'linli.round_classes.draw_places' : 'linli.round.draw_places', {
                  places: record.places,
                })}
              </Typography>
              <Typography>{translate('linli.round.draw_count', { count: applicationCounts(apps).live })}</Typography>
              <Alert severity="warning" sx={{ mt: 1 }}>
                {translate(several ? 'linli.round_classes.draw_once' : 'linli.round.draw_once')}
              </Alert>
              {error && (
                <Alert severity="error" sx={{ mt: 1 }} data-testid="draw-error">
                  {translate(error)}
                </Alert>
              )}
            </>
          )}
        </DialogContent>
        <DialogActions>
          {drawn ? (
            <Button variant="contained" onClick={close}>
              {translate('ra.action.close')}
            </Button>
          ) : (
            <>
              <Button onClick={close}>{translate('ra.action.cancel')}</Button>
              <Button variant="contained" color="warning" disabled={busy} onClick={() => void draw()}>
                {translate('linli.round.draw_confirm')}
              </Button>
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
