import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import { Button, useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import type { AppDataProvider } from '../../data/data-provider';
import type { ProjectMove } from '../../data/domain/project-actions';
import { CommentDialog, useRunAction } from '../../ui';
import { COMMENT, MOVES_FROM } from './moves';

const ICON: Record<ProjectMove, ReactElement> = {
  submit: <SendIcon />,
  approve: <CheckIcon />,
  reject: <CloseIcon />,
  revise: <UndoIcon />,
  activate: <PlayArrowIcon />,
  complete: <DoneAllIcon />,
  cancel: <BlockIcon />,
};

/** The project page's lifecycle buttons (提交审批, 批准, 驳回, 退回修改, 启动实施, 结项, 取消项目) for its status. */
export const LifecycleButtons = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const access = useAccess('ServiceProject');
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const [move, setMove] = useState<ProjectMove | null>(null);
  if (!record || !access.update) return null;
  const moves = MOVES_FROM[String(record.status)] ?? [];
  const name = String(record.name ?? '');

  const perform = async (m: ProjectMove, comment?: string) => {
    const r = await run(
      () =>
        dataProvider.moveProject(m, String(record.id), {
          ...(m === 'submit' ? { expectedVersion: Number(record.version) } : {}),
          ...(comment !== undefined ? { comment: comment || null } : {}),
        }),
      `linli.lifecycle.done.${m}`,
      { name },
    );
    setMove(null);
    if (r.ok) void queryClient.invalidateQueries({ queryKey: ['projectOverview', String(record.id)] });
    refresh();
  };

  return (
    <>
      {moves.map((m) => (
        <Button
          key={m}
          label={translate(`linli.lifecycle.${m}`)}
          onClick={() => setMove(m)}
          disabled={busy}
          color={m === 'cancel' || m === 'reject' ? 'error' : 'primary'}
        >
          {ICON[m]}
        </Button>
      ))}
      {move && (
        <CommentDialog
          open
          title={translate(`linli.lifecycle.${move}_title`, { name })}
          text={translate(`linli.lifecycle.${move}_text`)}
          label={move in COMMENT ? translate(`linli.lifecycle.comment`) : undefined}
          confirm={translate(`linli.lifecycle.${move}`)}
          required={COMMENT[move]}
          busy={busy}
          onClose={() => setMove(null)}
          onConfirm={(c) => void perform(move, move in COMMENT ? c : undefined)}
        />
      )}
    </>
  );
};
