import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import { downloadExport } from '../../data/download';
import { Section, useFormat, useRunAction } from '../../ui';
import { defaultMonth } from './month';
import { SettlementTable } from './SettlementTable';
import { DateField } from '../../ui/pickers';

/**
 * 结算 ("职工点菜、工会买单"): for a month, verified attendance days × each class's daily fee, split into
 * the sponsor's and the families' shares; the same as the .xlsx ledger the download saves.
 */
export const SettlementPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormat();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const projectId = String(record?.id ?? '');
  const [month, setMonth] = useState(() =>
    defaultMonth(record?.startsOn as string | undefined, record?.endsOn as string | undefined),
  );
  const valid = /^\d{4}-\d{2}$/.test(month);
  const { data, error, isFetching } = useQuery({
    queryKey: ['settlement', projectId, month],
    queryFn: () => dataProvider.settlement(projectId, month),
    enabled: Boolean(projectId) && valid,
  });
  const download = () =>
    run(() => downloadExport('/exports/settlement.xlsx', { projectId, month }, `结算台账_${month}.xlsx`));
  return (
    <Section
      title={translate('linli.settlement.title')}
      testId="settlement-panel"
      actions={
        <>
          <DateField
            month
            name="month"
            label={translate('linli.settlement.month')}
            value={month}
            onChange={setMonth}
            width={160}
          />
          <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download} disabled={busy || !valid}>
            {translate('linli.settlement.download')}
          </Button>
        </>
      }
    >
      {isFetching && <LinearProgress sx={{ mb: 1 }} />}
      {error && <Alert severity="error">{translate(error.message)}</Alert>}
      {data && (
        <Stack spacing={1.5}>
          <Typography variant="body2" color="text.secondary">
            {translate('linli.settlement.parties', {
              sponsor: data.sponsorName ?? '—',
              operator: data.operatorName ?? translate('linli.settlement.no_operator'),
              from: f.date(data.from),
              to: f.date(data.to),
            })}
          </Typography>
          {data.total.pendingSessions > 0 && (
            <Alert severity="warning">
              {translate('linli.settlement.pending', { count: data.total.pendingSessions })}
            </Alert>
          )}
          {data.lines.length ? (
            <SettlementTable settlement={data} />
          ) : (
            <Alert severity="info">{translate('linli.settlement.empty')}</Alert>
          )}
          <Typography variant="caption" color="text.secondary">
            {translate('linli.settlement.help')}
          </Typography>
        </Stack>
      )}
    </Section>
  );
};
