import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { Round } from '../../data/domain/round-actions';
import { ResponsiveTable, Section, useFormat } from '../../ui';
import { Hex } from './DrawResult';
import { NoticeCorrections } from './NoticeCorrections';
import { RoundStatusChip } from './RoundStatusChip';
import { useRoundNotice } from './round-queries';

/** The public page the API serves for a round (no sign-in), beside the console (/admin) on the same host. */
export const noticeUrl = (roundId: string, origin = window.location.origin) =>
  `${origin}/notice/${encodeURIComponent(roundId)}`;

/**
 * 公示预览: what the public sees, from the same public query the notice page reads (roundNotice: masked
 * names, numbers' last four characters, no ids), so that staff check it before sharing the link; the
 * page itself opens in a new tab.
 */
export const NoticePreview = () => {
  const record = useRecordContext<Round>();
  const translate = useTranslate();
  const notify = useNotify();
  const f = useFormat();
  const { data: n, error, isPending } = useRoundNotice(String(record?.id ?? ''));
  if (!record) return null;
  const url = noticeUrl(String(record.id));
  // A round over several classes names them A, B …: on the results, the published list and above them.
  const several = (n?.classes.length ?? 0) > 1;
  const rc = (k: string) => translate(`linli.round_classes.${k}`);
  const copy = async () => {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    notify('linli.round.notice_copied', { type: 'info' });
  };
  return (
    <Section
      title={translate('linli.round.notice_tab')}
      testId="notice-preview"
      actions={
        <>
          <Button size="small" startIcon={<ContentCopyIcon />} onClick={() => void copy()}>
            {translate('linli.round.notice_copy')}
          </Button>
          <Button
            size="small"
            variant="contained"
            startIcon={<OpenInNewIcon />}
            href={url}
            target="_blank"
            rel="noopener"
            data-testid="notice-page-link"
          >
            {translate('linli.round.notice_open_page')}
          </Button>
        </>
      }
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('linli.round.notice_intro')}
      </Alert>
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{translate(error.message)}</Alert>}
      {n && (
        <Box>
          <Typography variant="h6" data-testid="notice-title">
            {n.projectName} · {n.className}（{translate('linli.round_classes.organizer', { name: n.organizerName })}）
          </Typography>
          <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center', my: 1 }}>
            <RoundStatusChip status={n.status} />
            <Typography variant="body2">
              {translate('linli.round.window', { opens: f.datetime(n.opensAt), closes: f.datetime(n.closesAt) })}
            </Typography>
            <Typography variant="body2">
              {translate('linli.round.places')}：{n.places}
              {n.placesDrawn != null && ` · ${translate('linli.round.places_drawn')}：${n.placesDrawn}`}
            </Typography>
            {n.noticeEndsAt && (
              <Typography variant="body2">
                {translate('linli.round.notice_ends', { at: f.datetime(n.noticeEndsAt) })}
              </Typography>
            )}
          </Stack>
          {several && (
            <ResponsiveTable
              rows={n.classes}
              rowKey={(c) => c.label}
              rowTestId="notice-class"
              columns={[
                { key: 'label', label: rc('label'), render: (c) => c.label },
                { key: 'class', role: 'title', label: rc('class'), render: (c) => c.className },
                { key: 'places', align: 'right', label: rc('places'), render: (c) => c.places },
                { key: 'drawn', align: 'right', label: rc('places_drawn'), render: (c) => c.placesDrawn ?? '—' },
              ]}
            />
          )}
          <Hex label={translate('linli.round.seed_hash')} value={n.seedHash} />
          {n.seed && <Hex label={translate('linli.round.seed')} value={n.seed} />}
          {n.listHash && <Hex label={translate('linli.round.list_hash')} value={n.listHash} />}
          {n.resultHash && <Hex label={translate('linli.round.result_hash')} value={n.resultHash} />}
          {n.drawnAt && (
            <Typography variant="body2" sx={{ my: 1 }}>
              {translate('linli.round.notice_objections', {
                recorded: n.objectionsRecorded,
                upheld: n.objectionsUpheld,
                dismissed: n.objectionsDismissed,
              })}
            </Typography>
          )}
          <NoticeCorrections corrections={n.corrections} />
          {n.drawnAt && !n.resultsShown && (
            <Alert severity="info">{translate('linli.round.notice_results_hidden')}</Alert>
          )}
          {n.results.length > 0 && (
            <>
              <Typography variant="subtitle2" sx={{ mt: 2 }}>
                {translate('linli.round.notice_results', { count: n.results.length })}
              </Typography>
              <ResponsiveTable
                rows={n.results}
                rowKey={(r) => `${r.outcome}-${r.classLabel ?? ''}-${r.position}`}
                rowTestId="notice-result"
                columns={[
                  {
                    key: 'name',
                    role: 'title',
                    label: translate('linli.round.masked_name'),
                    render: (r) => r.maskedName,
                  },
                  { key: 'number', label: translate('linli.round.number'), render: (r) => r.numberLast4 },
                  {
                    key: 'tier',
                    align: 'right',
                    label: translate('resources.Application.fields.tier'),
                    render: (r) => r.tier,
                  },
                  {
                    key: 'outcome',
                    label: translate('linli.round.outcome'),
                    render: (r) =>
                      translate(`linli.round.position_${r.outcome.toLowerCase()}`, { position: r.position }),
                  },
                  ...(several
                    ? [
                        {
                          key: 'class',
                          label: rc('placed'),
                          render: (r: { classLabel?: string | null }) => r.classLabel ?? '—',
                        },
                      ]
                    : []),
                ]}
              />
            </>
          )}
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {n.applications.length
              ? translate('linli.round.notice_list', { count: n.applications.length })
              : translate('linli.round.notice_list_empty')}
          </Typography>
          {n.applications.length > 0 && (
            <ResponsiveTable
              rows={n.applications}
              rowKey={(a) => a.number}
              rowTestId="notice-application"
              columns={[
                { key: 'number', role: 'title', label: translate('linli.round.number'), render: (a) => a.number },
                {
                  key: 'tier',
                  align: 'right',
                  label: translate('resources.Application.fields.tier'),
                  render: (a) => a.tier,
                },
                { key: 'group', label: translate('linli.round.group'), render: (a) => a.group ?? '—' },
                ...(several
                  ? [
                      {
                        key: 'choices',
                        label: rc('choices'),
                        render: (a: { preferences?: string[] | null }) => (a.preferences ?? []).join(' › '),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </Box>
      )}
    </Section>
  );
};
