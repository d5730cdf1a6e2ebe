import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import { CommentDialog, useRunAction } from '../../ui';

/** 批准 / 驳回 a submitted project with a comment (required to reject), then `onDone`. */
export const DecisionDialog = ({
  decision,
  project,
  onClose,
  onDone,
}: {
  decision: 'approve' | 'reject' | null;
  project: { id: string; name: string } | null;
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const kind = decision ?? 'approve';
  const confirm = async (comment: string) => {
    if (!project) return;
    const r = await run(
      () => dataProvider.moveProject(kind, project.id, { comment: comment || null }),
      `linli.approvals.done_${kind}`,
      { name: project.name },
    );
    if (r.ok) {
      onClose();
      onDone();
    }
  };
  return (
    <CommentDialog
      open={decision !== null && project !== null}
      title={translate(`linli.approvals.${kind}_title`, { name: project?.name ?? '' })}
      text={translate(`linli.approvals.${kind}_text`)}
      label={translate('linli.approvals.comment')}
      confirm={translate(`linli.approvals.${kind}`)}
      required={kind === 'reject'}
      busy={busy}
      onClose={onClose}
      onConfirm={confirm}
    />
  );
};
