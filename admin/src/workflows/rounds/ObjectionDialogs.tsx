import { FormControlLabel, MenuItem, Radio, RadioGroup, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { RoundApplication } from '../../data/domain/round-actions';
import { CommentDialog } from '../../ui';

/** What a dialog hands back to the panel: the API's message for an input, or for the whole. */
export interface DialogError {
  field?: string;
  message: string;
}

/**
 * 登记异议: optionally about one of the round's applications (by number), with its reason (1–500 characters,
 * never on the public notice). The reason is required; the API's message lands under it.
 */
export const RecordObjectionDialog = ({
  open,
  applications,
  busy,
  error,
  onClose,
  onConfirm,
}: {
  open: boolean;
  applications: RoundApplication[];
  busy: boolean;
  error: DialogError | null;
  onClose: () => void;
  onConfirm: (applicationId: string | null, reason: string) => void;
}) => {
  const translate = useTranslate();
  const [applicationId, setApplicationId] = useState('');
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (open) return;
    setApplicationId('');
    setReason('');
  }, [open]);
  const onReason = error?.field === 'reason';
  return (
    <CommentDialog
      open={open}
      title={translate('linli.round.record_title')}
      confirm={translate('linli.round.record_objection')}
      busy={busy || !reason.trim()}
      error={error && !onReason && error.field !== 'applicationId' ? error.message : null}
      onClose={onClose}
      onConfirm={() => onConfirm(applicationId || null, reason.trim())}
    >
      <TextField
        select
        fullWidth
        margin="dense"
        name="applicationId"
        label={translate('linli.round.objection_application')}
        value={applicationId}
        onChange={(e) => setApplicationId(e.target.value)}
        error={error?.field === 'applicationId'}
        helperText={error?.field === 'applicationId' ? error.message : undefined}
      >
        <MenuItem value="">—</MenuItem>
        {applications.map((a) => (
          <MenuItem key={a.id} value={a.id}>
            {a.number} {a.beneficiary?.name ?? ''}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        fullWidth
        multiline
        minRows={3}
        margin="dense"
        name="reason"
        required
        label={translate('linli.round.objection_reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={onReason}
        helperText={onReason ? error.message : translate('linli.round.objection_reason_help')}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
    </CommentDialog>
  );
};

/** 处理异议: upheld or dismissed, with the resolution (1–500 characters). */
export const ResolveObjectionDialog = ({
  open,
  busy,
  error,
  onClose,
  onConfirm,
}: {
  open: boolean;
  busy: boolean;
  error: DialogError | null;
  onClose: () => void;
  onConfirm: (upheld: boolean, resolution: string) => void;
}) => {
  const translate = useTranslate();
  const [upheld, setUpheld] = useState<'yes' | 'no'>('no');
  const [resolution, setResolution] = useState('');
  useEffect(() => {
    if (open) return;
    setUpheld('no');
    setResolution('');
  }, [open]);
  const onResolution = error?.field === 'resolution';
  return (
    <CommentDialog
      open={open}
      title={translate('linli.round.resolve_title')}
      confirm={translate('linli.round.resolve')}
      busy={busy || !resolution.trim()}
      error={error && !onResolution ? error.message : null}
      onClose={onClose}
      onConfirm={() => onConfirm(upheld === 'yes', resolution.trim())}
    >
      <RadioGroup row value={upheld} onChange={(e) => setUpheld(e.target.value as 'yes' | 'no')} name="upheld">
        <FormControlLabel value="yes" control={<Radio />} label={translate('linli.round.resolve_upheld')} />
        <FormControlLabel value="no" control={<Radio />} label={translate('linli.round.resolve_dismissed')} />
      </RadioGroup>
      <TextField
        fullWidth
        multiline
        minRows={3}
        margin="dense"
        name="resolution"
        required
        label={translate('linli.round.resolution')}
        value={resolution}
        onChange={(e) => setResolution(e.target.value)}
        error={onResolution}
        helperText={onResolution ? error.message : translate('linli.round.resolution_help')}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
    </CommentDialog>
  );
};
