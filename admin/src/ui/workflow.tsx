import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useNotify, usePermissions, useTranslate } from 'react-admin';
import type { UserAccess } from '../auth/access-store';
import type { Me } from '../auth/session';

/**
 * Building blocks of the workflow screens (approvals, sessions, roster, settlement, dashboard): run a
 * domain action with a busy flag and its outcome notified, a dialog asking for a comment, a titled
 * section and a figure tile.
 */
export function useRunAction() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  /** `shownFields`: field errors the screen itself shows next to their input (then no toast repeats them). */
  const run = async <T,>(
    fn: () => Promise<T>,
    success?: string,
    args?: Record<string, unknown>,
    shownFields: string[] = [],
  ) => {
    setBusy(true);
    try {
      const r = await fn();
      if (success) notify(success, { type: 'success', messageArgs: args });
      return { ok: true as const, value: r };
    } catch (e) {
      const err = e as { message?: string; body?: { errors?: Record<string, unknown> } };
      const shown = shownFields.some((f) => err.body?.errors?.[f]);
      if (!shown) notify(err.message || 'linli.errors.server', { type: 'error' });
      return { ok: false as const, error: err };
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/** The signed-in user's role, for screens that are not one resource's CRUD (they decide for themselves). */
export function useRole(): Me['role'] | undefined {
  const { permissions } = usePermissions<UserAccess>();
  return permissions?.me.role;
}

export const STAFF_ROLES: Me['role'][] = ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'];

/** A confirmation, with a comment when `label` is given: required (a rejection, a closing reason) or optional. */
export const CommentDialog = ({
  open,
  title,
  text,
  label,
  confirm,
  required,
  busy,
  error,
  onClose,
  onConfirm,
  children,
}: {
  open: boolean;
  title: string;
  text?: ReactNode;
  label?: string;
  confirm: string;
  required?: boolean;
  busy?: boolean;
  error?: string | null;
  onClose: () => void;
  onConfirm: (comment: string) => void;
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  const blank = comment.trim() === '';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      slotProps={{ transition: { onExited: () => setComment('') } }}
    >
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {text && <DialogContentText sx={{ mb: 1 }}>{text}</DialogContentText>}
        {children}
        {label && (
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            margin="dense"
            name="comment"
            label={label}
            required={required}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            helperText={
              required ? translate('linli.workflow.comment_required') : translate('linli.workflow.comment_optional')
            }
          />
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={busy || (Boolean(label) && required && blank)}
          onClick={() => onConfirm(comment.trim())}
        >
          {confirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** A card with a heading and optional buttons on the right. */
export const Section = ({
  title,
  actions,
  children,
  testId,
}: {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) => (
  <Card variant="outlined" sx={{ mb: 2 }} data-testid={testId}>
    <CardContent>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1.5, gap: 1, flexWrap: 'wrap' }}
      >
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {actions && (
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
            {actions}
          </Stack>
        )}
      </Stack>
      {children}
    </CardContent>
  </Card>
);

/** One figure with what it counts: 服务人次 1,234 "出勤与服务记录合计". */
export const StatTile = ({
  label,
  value,
  hint,
  tone,
  testId,
}: {
  label: string;
  value: ReactNode;
  hint?: string;
  tone?: 'primary' | 'warning' | 'error';
  testId?: string;
}) => (
  <Box
    data-testid={testId}
    sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1, minWidth: 0, bgcolor: 'background.paper' }}
  >
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography
      variant="h5"
      component="div"
      sx={{
        fontWeight: 600,
        my: 0.25,
        color: tone ? `${tone}.main` : 'text.primary',
        fontVariantNumeric: 'tabular-nums',
      }}
    >
      {value}
    </Typography>
    {hint && (
      <Typography variant="caption" color="text.secondary">
        {hint}
      </Typography>
    )}
  </Box>
);

/** Tiles in as many columns as fit. */
export const TileGrid = ({ children, min = 170 }: { children: ReactNode; min?: number }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${min}px, 1fr))`, gap: 1.5 }}>
    {children}
  </Box>
);
