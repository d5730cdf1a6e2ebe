import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import type { ReportGrouping, ReportRow } from '../../data/domain/report-queries';
import { downloadExport } from '../../data/download';
import { takeWrite } from '../../data/writes';
import { chinaToday, Section, useFormat, useRole, useRunAction } from '../../ui';
import { everyMonth, type Measure } from './cells';
import { DemandPanel } from './DemandPanel';
import { GroupChart } from './GroupChart';
import { GroupTable } from './GroupTable';
import { KpiCards } from './KpiCards';
import { openingPeriod, periodRange, type Period } from './period';
import { PeriodPicker } from './PeriodPicker';
import { ScopeTrail, type ScopeStep } from './ScopeTrail';
import { TodayPanel } from '../today/TodayPanel';

const GROUPS: ReportGrouping[] = ['MONTH', 'ORGANIZATION', 'CATEGORY'];
const AREA_MEASURES: Measure[] = ['peopleServed', 'personTimes', 'sessionsHeld', 'subsidyTotalFen'];
const CHART_MEASURES: Measure[] = ['personTimes', 'peopleServed'];

/**
 * 数据看板, the landing page (and analysts' only screen): one `report` for a period and a scope (the
 * caller's subtree, drilled down one area at a time), headline figures labelled with what they count,
 * and charts by month, by area (click a bar to drill down) and by category; 导出台账 saves the same as .xlsx.
 */
const DashboardPage = () => {
  const translate = useTranslate();
  const f = useFormat();
  const role = useRole();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  // The latest session up to today in the caller's scope decides the opening period (period.ts); until
  // the user picks one, the page follows it and says so.
  const latest = useQuery({
    queryKey: ['dashboard-latest-session'],
    queryFn: async () => {
      const { data } = await dataProvider.getList('ClassSession', {
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'date', order: 'DESC' },
        filter: { date_lte: chinaToday() },
      });
      return (data[0]?.date as string | undefined) ?? null;
    },
    enabled: Boolean(role),
    retry: false,
  });
  const opening = latest.isSuccess ? openingPeriod(latest.data) : null;
  const [picked, setPeriod] = useState<Period | null>(null);
  const period = picked ?? opening?.period ?? openingPeriod(null).period;
  const settled = picked !== null || !latest.isPending;
  const [trail, setTrail] = useState<ScopeStep[]>([{ id: null, name: '' }]);
  const { from, to } = periodRange(period);
  const scopeId = trail[trail.length - 1].id;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const { data, error, isFetching } = useQuery({
    queryKey: ['report', from, to, scopeId],
    // Right after this console wrote (a roll call, an enrollment), the figures wait for that write.
    queryFn: () => dataProvider.report({ from, to, scopeId, groupBy: GROUPS, fresh: takeWrite() }),
    enabled: valid && Boolean(role) && settled,
    placeholderData: keepPreviousData,
  });
  const rows = (by: ReportGrouping) => data?.groupings.find((g) => g.by === by)?.rows ?? [];
  // The first step is the caller's own scope, named by the first answer.
  const drill =
    role !== 'PARTNER'
      ? (r: ReportRow) =>
          r.key !== 'SELF' &&
          setTrail((t) => [
            { ...t[0], name: t[0].name || data?.scope.name || '' },
            ...t.slice(1),
            { id: r.key, name: r.label },
          ])
      : undefined;
  const shownTrail = trail.map((s, i) => (i === 0 && !s.name ? { ...s, name: data?.scope.name ?? '' } : s));
  const exportLedger = () =>
    run(() =>
      downloadExport(
        '/exports/report.xlsx',
        { from, to, scopeId, groupBy: GROUPS.join(',') },
        `服务统计台账_${from}_${to}.xlsx`,
      ),
    );
  const areas = rows('ORGANIZATION');
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('linli.dashboard.title')} />
      <TodayPanel />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Stack
            direction="row"
            sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}
          >
            <Box>
              <Typography variant="h6" component="h1">
                {translate('linli.dashboard.title')}
              </Typography>
              <ScopeTrail trail={shownTrail} onGo={(i) => setTrail((t) => t.slice(0, i + 1))} />
            </Box>
            <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <PeriodPicker value={period} onChange={setPeriod} />
              <Button variant="outlined" startIcon={<DownloadIcon />} onClick={exportLedger} disabled={busy || !valid}>
                {translate('linli.dashboard.export')}
              </Button>
            </Stack>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="dashboard-period">
            {translate('linli.dashboard.range', { from: f.date(from), to: f.date(to) })}
            {data && ` · ${translate('linli.dashboard.as_of', { at: f.clock(data.asOf) })}`}
          </Typography>
          {!picked && opening?.earlier && (
            <Alert severity="info" sx={{ mt: 1 }} data-testid="dashboard-latest-year">
              {translate('linli.dashboard.latest_year', { year: latest.data!.slice(0, 4) })}
            </Alert>
          )}
          {!valid && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {translate('linli.dashboard.bad_period')}
            </Alert>
          )}
          {data?.smallCellsSuppressed && (
            <Alert severity="info" sx={{ mt: 1 }} data-testid="suppressed-note">
              {translate('linli.dashboard.suppressed')}
            </Alert>
          )}
        </CardContent>
        {isFetching && <LinearProgress />}
      </Card>
      {error && <Alert severity="error">{translate(error.message)}</Alert>}
      {data && (
        <>
          <Section title={translate('linli.dashboard.totals', { scope: data.scope.name })} testId="kpis">
            <KpiCards totals={data.totals} />
          </Section>
          <Section title={translate('linli.dashboard.by_month')}>
            <GroupChart rows={everyMonth(rows('MONTH'), from, to)} measures={CHART_MEASURES} />
          </Section>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
            <Section title={translate(drill ? 'linli.dashboard.by_area_drill' : 'linli.dashboard.by_area')}>
              {areas.length > 0 ? (
                <>
                  <GroupChart rows={areas} measures={['personTimes']} horizontal onPick={drill} />
                  <GroupTable rows={areas} measures={AREA_MEASURES} onPick={drill} testId="areas" />
                </>
              ) : (
                <Alert severity="info">{translate('linli.dashboard.no_data')}</Alert>
              )}
            </Section>
            <Section title={translate('linli.dashboard.by_category')}>
              <GroupChart rows={rows('CATEGORY')} measures={CHART_MEASURES} horizontal />
              {rows('CATEGORY').length > 0 && (
                <GroupTable rows={rows('CATEGORY')} measures={AREA_MEASURES} testId="categories" />
              )}
            </Section>
          </Box>
        </>
      )}
      {valid && settled && Boolean(role) && <DemandPanel from={from} to={to} scopeId={scopeId} />}
    </Box>
  );
};

export default DashboardPage;
