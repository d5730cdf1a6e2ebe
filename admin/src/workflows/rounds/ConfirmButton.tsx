import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import type { AppDataProvider } from '../../data/data-provider';
import type { Round } from '../../data/domain/round-actions';
import { CommentDialog, useRunAction } from '../../ui';
import { BlockedButton } from './BlockedButton';
import { applicationCounts, confirmBlock } from './round-rules';
import { useBlockText, useRoundApplications, useRoundObjections, useRoundReload } from './round-queries';

/**
 * 确认结果 of a drawn round, for users who may write the class: disabled, with the reason, while the notice
 * period runs or an objection is open; a dialog says it is final and queues the families' messages. The
 * API judges by the database clock and refuses with CONFLICT (its message is shown in the dialog).
 */
export const ConfirmButton = () => {
  const record = useRecordContext<Round>();
  const translate = useTranslate();
  const blockText = useBlockText();
  const dataProvider = useDataProvider<AppDataProvider>();
  const access = useAccess('ServiceClass');
  const { busy, run } = useRunAction();
  const id = String(record?.id ?? '');
  const drawn = record?.status === 'DRAWN';
  const { data: objections = [] } = useRoundObjections(id, drawn);
  const { data: apps = [] } = useRoundApplications(id, drawn);
  const reload = useRoundReload(id);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!record || !access.update || !drawn) return null;
  const block = confirmBlock(record, objections.filter((o) => o.status === 'OPEN').length);
  const { won, waitlisted } = applicationCounts(apps);
  const confirm = async () => {
    setError(null);
    const r = await run(() => dataProvider.confirmRound(record.id), 'linli.round.confirmed');
    if (r.ok) {
      setOpen(false);
      reload();
    } else setError(r.error.message ? translate(r.error.message) : null);
  };
  return (
    <>
      <BlockedButton
        label={translate('linli.round.confirm_button')}
        icon={<TaskAltIcon />}
        reason={block && blockText(block)}
        onClick={() => setOpen(true)}
        testId="confirm-button"
      />
      <CommentDialog
        open={open}
        title={translate('linli.round.confirm_title')}
        text={translate('linli.round.confirm_text', { count: won + waitlisted })}
        confirm={translate('linli.round.confirm_submit')}
        busy={busy}
        error={error}
        onClose={() => (setOpen(false), setError(null))}
        onConfirm={() => void confirm()}
      />
    </>
  );
};
