import { Alert, LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import { ResponsiveTable, Section, useFormat } from '../../ui';
import { OpenRoundButton } from './OpenRoundButton';
import { RoundStatusChip } from './RoundStatusChip';

/**
 * 摇号 on a class's page: its application rounds, newest first, those it is drawn in with other classes of its
 * project included (their classes named), each opening its page; 发起摇号.
 */
export const ClassRoundsPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormat();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<AppDataProvider>();
  const classId = String(record?.id ?? '');
  const { data, error, isPending } = useQuery({
    queryKey: ['classRounds', classId],
    queryFn: () => dataProvider.classRounds(classId),
    enabled: Boolean(classId),
  });
  if (!record) return null;
  const field = (name: string) => translate(`resources.ApplicationRound.fields.${name}`);
  return (
    <Section
      title={translate('linli.round.list_title')}
      testId="class-rounds"
      actions={<OpenRoundButton variant="contained" />}
    >
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{translate(error.message)}</Alert>}
      {data && !data.length && <Alert severity="info">{translate('linli.round.none')}</Alert>}
      {data && data.length > 0 && (
        <ResponsiveTable
          rows={data}
          rowKey={(r) => r.id}
          rowTestId="round-row"
          columns={[
            {
              key: 'window',
              role: 'title',
              label: translate('linli.round.list_title'),
              render: (r) => (
                <Link to={createPath({ resource: 'ApplicationRound', id: r.id, type: 'show' })}>
                  {translate('linli.round.window', { opens: f.datetime(r.opensAt), closes: f.datetime(r.closesAt) })}
                </Link>
              ),
            },
            { key: 'status', label: field('status'), render: (r) => <RoundStatusChip status={r.status} /> },
            {
              key: 'classes',
              label: translate('linli.round_classes.title'),
              render: (r) =>
                r.classes.length > 1 ? r.classes.map((c) => `${c.label} ${c.className}`).join('、') : '—',
            },
            { key: 'places', align: 'right', label: field('places'), render: (r) => r.places },
            {
              key: 'applications',
              align: 'right',
              label: field('applicationCount'),
              render: (r) => r.applicationCount ?? 0,
            },
            {
              key: 'notice',
              label: field('noticeEndsAt'),
              render: (r) => (r.noticeEndsAt ? f.datetime(r.noticeEndsAt) : '—'),
            },
          ]}
        />
      )}
    </Section>
  );
};
