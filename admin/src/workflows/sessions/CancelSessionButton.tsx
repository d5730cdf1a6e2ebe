import EventBusyIcon from '@mui/icons-material/EventBusy';
import { useState } from 'react';
import { Button, useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import type { AppDataProvider } from '../../data/data-provider';
import { CommentDialog, useFormat, useRunAction } from '../../ui';

/** 取消课次 with a reason, for a session not cancelled and not verified (on a session row or its page). */
export const CancelSessionButton = ({ onDone }: { onDone?: () => void }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const f = useFormat();
  const access = useAccess('ClassSession');
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const [open, setOpen] = useState(false);
  if (!record || !access.update || record.status === 'CANCELLED' || record.attendanceVerifiedAt) return null;
  const cancel = async (reason: string) => {
    const r = await run(() => dataProvider.cancelClassSession(String(record.id), reason), 'linli.sessions.cancelled');
    if (r.ok) setOpen(false);
    onDone?.();
    refresh();
  };
  return (
    <>
      <Button
        label={translate('linli.sessions.cancel')}
        color="error"
        size="small"
        onClick={(e) => (e.stopPropagation(), setOpen(true))}
      >
        <EventBusyIcon />
      </Button>
      <CommentDialog
        open={open}
        title={translate('linli.sessions.cancel_title', { date: f.date(String(record.date)) })}
        text={translate('linli.sessions.cancel_text')}
        label={translate('linli.sessions.cancel_reason')}
        confirm={translate('linli.sessions.cancel')}
        required
        busy={busy}
        onClose={() => setOpen(false)}
        onConfirm={(reason) => void cancel(reason)}
      />
    </>
  );
};
