import VerifiedIcon from '@mui/icons-material/Verified';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import { CommentDialog, STAFF_ROLES, useRole, useRunAction } from '../../ui';

/** 核验考勤: the sponsor's staff (not partners) freeze a held session's attendance; settlement counts it. */
export const VerifyButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const role = useRole();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const [open, setOpen] = useState(false);
  if (!record || !role || !STAFF_ROLES.includes(role) || record.status !== 'HELD' || record.attendanceVerifiedAt)
    return null;
  const verify = async () => {
    const r = await run(() => dataProvider.verifySessionAttendance(String(record.id)), 'linli.roster.verified_done');
    if (r.ok) setOpen(false);
    void queryClient.invalidateQueries({ queryKey: ['roster', String(record.id)] });
    refresh();
  };
  return (
    <>
      <Button label={translate('linli.roster.verify')} onClick={() => setOpen(true)}>
        <VerifiedIcon />
      </Button>
      <CommentDialog
        open={open}
        title={translate('linli.roster.verify')}
        text={translate('linli.roster.verify_text')}
        confirm={translate('linli.roster.verify')}
        busy={busy}
        onClose={() => setOpen(false)}
        onConfirm={() => void verify()}
      />
    </>
  );
};
