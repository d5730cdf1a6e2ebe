import AddCommentIcon from '@mui/icons-material/Feedback';
import { Alert, Button, Chip, LinearProgress } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import type { AppDataProvider } from '../../data/data-provider';
import type { Round, RoundObjection } from '../../data/domain/round-actions';
import { ResponsiveTable, Section, useFormat, useRunAction } from '../../ui';
import { BlockedButton } from './BlockedButton';
import { ConfirmButton } from './ConfirmButton';
import { correctionOffered } from './correction';
import { CorrectionDialog } from './CorrectionDialog';
import { RecordObjectionDialog, ResolveObjectionDialog, type DialogError } from './ObjectionDialogs';
import { confirmBlock, objectionBlock } from './round-rules';
import {
  useBlockText,
  useRoundApplications,
  useRoundNotice,
  useRoundObjections,
  useRoundReload,
} from './round-queries';

const COLOR: Record<string, 'warning' | 'success' | 'default'> = { OPEN: 'warning', UPHELD: 'success' };

/** The API's answer as a DialogError: the first field it names, else its message. */
const dialogError = (e: { message?: string; body?: { errors?: Record<string, unknown> } }): DialogError => {
  const [field, message] =
    Object.entries(e.body?.errors ?? {}).find(([k, v]) => k !== 'root' && typeof v === 'string') ?? [];
  return field ? { field, message: String(message) } : { message: e.message ?? 'linli.errors.server' };
};

/**
 * 异议与确认: the round's objections (reason, status, resolution), 登记异议 during the notice period,
 * 处理 of an open one, and 确认结果 with the reason it is not offered yet (the notice period, open
 * objections): the order the API holds them to (docs/lottery.md).
 */
export const ObjectionsPanel = () => {
  const record = useRecordContext<Round>();
  const translate = useTranslate();
  const blockText = useBlockText();
  const f = useFormat();
  const dataProvider = useDataProvider<AppDataProvider>();
  const access = useAccess('ServiceClass');
  const { busy, run } = useRunAction();
  const id = String(record?.id ?? '');
  const { data, error, isPending } = useRoundObjections(id);
  const { data: apps = [] } = useRoundApplications(id);
  const { data: notice } = useRoundNotice(id);
  const reload = useRoundReload(id);
  const [correcting, setCorrecting] = useState<RoundObjection | null>(null);
  const [recording, setRecording] = useState(false);
  const [resolving, setResolving] = useState<RoundObjection | null>(null);
  const [dialogErr, setDialogErr] = useState<DialogError | null>(null);
  if (!record) return null;
  const rows = data ?? [];
  const open = rows.filter((o) => o.status === 'OPEN').length;
  const block = objectionBlock(record);
  const confirmReason = record.status === 'DRAWN' ? confirmBlock(record, open) : null;
  const mayCorrect = (o: RoundObjection) => access.update && correctionOffered(o, record.status);
  const drawnApps = apps.filter((a) => a.status === 'WON' || a.status === 'WAITLISTED');
  const field = (name: string) => translate(`resources.RoundObjection.fields.${name}`);
  const record_ = async (applicationId: string | null, reason: string) => {
    const r = await run(
      () => dataProvider.recordObjection(id, applicationId, reason),
      'linli.round.objection_recorded',
    );
    if (!r.ok) return setDialogErr(dialogError(r.error));
    setRecording(false);
    setDialogErr(null);
    reload();
  };
  const resolve = async (upheld: boolean, resolution: string) => {
    if (!resolving) return;
    const r = await run(() => dataProvider.resolveObjection(resolving.id, upheld, resolution), 'linli.round.resolved');
    if (!r.ok) return setDialogErr(dialogError(r.error));
    setResolving(null);
    setDialogErr(null);
    reload();
  };
  return (
    <Section
      title={translate('linli.round.objections_title', { count: rows.length, open })}
      testId="round-objections"
      actions={
        access.update && (
          <>
            {record.status === 'DRAWN' && (
              <BlockedButton
                label={translate('linli.round.record_objection')}
                icon={<AddCommentIcon />}
                variant="outlined"
                reason={block && blockText(block)}
                onClick={() => setRecording(true)}
                testId="record-objection"
              />
            )}
            <ConfirmButton />
          </>
        )
      }
    >
      {confirmReason && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="confirm-blocked">
          {blockText(confirmReason)}
        </Alert>
      )}
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{translate(error.message)}</Alert>}
      {data && !rows.length && <Alert severity="info">{translate('linli.round.no_objections')}</Alert>}
      {rows.length > 0 && (
        <ResponsiveTable
          rows={rows}
          rowKey={(o) => o.id}
          rowTestId="objection-row"
          columns={[
            {
              key: 'at',
              role: 'title',
              label: translate('resources.RoundObjection.fields.createdAt'),
              render: (o) => f.datetime(o.createdAt),
            },
            { key: 'application', label: field('applicationId'), render: (o) => o.application?.number ?? '—' },
            { key: 'reason', label: field('reason'), render: (o) => o.reason },
            {
              key: 'status',
              label: field('status'),
              render: (o) => (
                <Chip
                  size="small"
                  color={COLOR[o.status ?? ''] ?? 'default'}
                  label={translate(`enums.ObjectionStatus.${o.status}`)}
                />
              ),
            },
            { key: 'resolution', label: field('resolution'), render: (o) => o.resolution ?? '—' },
            {
              key: 'actions',
              role: 'actions',
              label: '',
              render: (o) =>
                access.update && o.status === 'OPEN' ? (
                  <Button size="small" onClick={() => (setDialogErr(null), setResolving(o))}>
                    {translate('linli.round.resolve')}
                  </Button>
                ) : (
                  mayCorrect(o) && (
                    <Button size="small" color="warning" onClick={() => setCorrecting(o)}>
                      {translate('linli.correction.button')}
                    </Button>
                  )
                ),
            },
          ]}
        />
      )}
      <RecordObjectionDialog
        open={recording}
        applications={drawnApps}
        busy={busy}
        error={dialogErr}
        onClose={() => (setRecording(false), setDialogErr(null))}
        onConfirm={(a, r) => void record_(a, r)}
      />
      <CorrectionDialog
        roundId={id}
        objection={correcting}
        applications={apps}
        tierLabels={notice?.tierLabels ?? null}
        onClose={() => setCorrecting(null)}
        onDone={reload}
      />
      <ResolveObjectionDialog
        open={resolving !== null}
        busy={busy}
        error={dialogErr}
        onClose={() => (setResolving(null), setDialogErr(null))}
        onConfirm={(u, r) => void resolve(u, r)}
      />
    </Section>
  );
};
