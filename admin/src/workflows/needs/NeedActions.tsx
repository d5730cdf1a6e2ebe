import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import BlockIcon from '@mui/icons-material/Block';
import LinkIcon from '@mui/icons-material/Link';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { useState, type ReactElement } from 'react';
import { Button, useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import type { AppDataProvider } from '../../data/data-provider';
import type { NeedMove } from '../../data/domain/need-actions';
import { CommentDialog, RecordPicker, useRunAction } from '../../ui';
import { NEED_MOVES_FROM } from './moves';

const ICON: Record<NeedMove, ReactElement> = {
  match: <LinkIcon />,
  start: <PlayArrowIcon />,
  fulfill: <AssignmentTurnedInIcon />,
  close: <BlockIcon />,
};
/** Projects that can still take a need. */
const OPEN_PROJECTS = { status: ['DRAFT', 'SUBMITTED', 'APPROVED', 'ACTIVE'] };

/** The need page's actions for its status: 匹配项目 (or 重新匹配), 开始服务, 确认已满足, 关闭. */
export const NeedActions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const access = useAccess('NeedRequest');
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const [move, setMove] = useState<NeedMove | null>(null);
  const [project, setProject] = useState<{ id: string; name: string } | null>(null);
  if (!record || !access.update) return null;
  const status = String(record.status);
  const moves = NEED_MOVES_FROM[status] ?? [];
  const label = (m: NeedMove) => translate(`linli.needs.${m === 'match' && status === 'MATCHED' ? 'rematch' : m}`);

  const perform = async (note: string) => {
    if (!move) return;
    const r = await run(
      () =>
        dataProvider.moveNeed(move, String(record.id), {
          expectedVersion: Number(record.version),
          ...(move === 'match' ? { projectId: project?.id } : {}),
          ...(move === 'fulfill' || move === 'close' ? { note: note || null } : {}),
        }),
      `linli.needs.done.${move}`,
    );
    if (r.ok) {
      setMove(null);
      setProject(null);
    }
    refresh();
  };

  return (
    <>
      {moves.map((m) => (
        <Button
          key={m}
          label={label(m)}
          onClick={() => setMove(m)}
          disabled={busy}
          color={m === 'close' ? 'error' : 'primary'}
        >
          {ICON[m]}
        </Button>
      ))}
      {move && (
        <CommentDialog
          open
          title={`${label(move)}：${String(record.title ?? '')}`}
          text={translate(`linli.needs.${move}_text`)}
          label={move === 'close' || move === 'fulfill' ? translate(`linli.needs.${move}_note`) : undefined}
          confirm={label(move)}
          required={move === 'close'}
          busy={busy || (move === 'match' && !project)}
          onClose={() => setMove(null)}
          onConfirm={(note) => void perform(note)}
        >
          {move === 'match' && (
            <RecordPicker
              resource="ServiceProject"
              name="projectId"
              label={translate('linli.needs.project')}
              value={project}
              onChange={setProject}
              filter={OPEN_PROJECTS}
            />
          )}
        </CommentDialog>
      )}
    </>
  );
};
