import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useFieldValue, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../data/data-provider';
import type { RevealableField } from '../generated-api/operations';

/**
 * A masked personal value (ID number, phone) with a "查看" action: the user states a reason, the API
 * returns the clear value and records the reveal (revealPersonalInfo). The clear value stays in this
 * component only, until hidden or the page is left.
 */
export const PersonalField = ({ source, resource }: { source: RevealableField; resource: string; label?: string }) => {
  const record = useRecordContext();
  const masked = useFieldValue({ source }) as string | null | undefined;
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [clear, setClear] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!masked) return <Typography variant="body2">—</Typography>;
  const fieldLabel = translate(`resources.${resource}.fields.${source}`);

  const reveal = async () => {
    setBusy(true);
    try {
      setClear(await dataProvider.revealPersonalInfo(String(record!.id), source, reason.trim()));
      setOpen(false);
      setReason('');
    } catch (e) {
      const err = e as { message?: string; body?: { errors?: Record<string, string> } };
      notify(err.body?.errors?.reason ?? err.message ?? 'linli.errors.server', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }} data-testid={`personal-${source}`}>
        {clear ?? masked}
      </Typography>
      {clear ? (
        <Button size="small" onClick={() => setClear(null)}>
          {translate('linli.reveal.hide')}
        </Button>
      ) : (
        <Button size="small" onClick={(e) => (e.stopPropagation(), setOpen(true))}>
          {translate('linli.reveal.button')}
        </Button>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} fullWidth maxWidth="xs">
        <DialogTitle>{translate('linli.reveal.title', { field: fieldLabel })}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            name="reason"
            label={translate('linli.reveal.reason')}
            helperText={translate('linli.reveal.reason_help')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy || reason.trim().length < 4} onClick={reveal}>
            {translate('linli.reveal.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
};
