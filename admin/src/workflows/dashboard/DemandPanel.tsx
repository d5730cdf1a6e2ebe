import { Alert, Box, LinearProgress, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import type { DemandRow, RoundDemandGroup } from '../../data/domain/report-queries';
import { ResponsiveTable, Section } from '../../ui';
import { DEMAND_GROUPS, oversubscribed, ratioShare, ratioText } from './demand';

const num = (n: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{n}</span>;

/**
 * 报名需求: applications against places of the application rounds that closed in the dashboard's period and
 * scope (`roundDemand`), by class, area or category, most over-subscribed first: where the next class
 * should open. Counts only, so analysts see it as staff do.
 */
export const DemandPanel = ({ from, to, scopeId }: { from: string; to: string; scopeId: string | null }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [groupBy, setGroupBy] = useState<RoundDemandGroup>('CLASS');
  const { data, error, isFetching } = useQuery({
    queryKey: ['roundDemand', from, to, scopeId, groupBy],
    queryFn: () => dataProvider.roundDemand({ from, to, scopeId, groupBy }),
    placeholderData: keepPreviousData,
  });
  const rows = data ?? [];
  const t = (k: string, o?: object) => translate(`linli.dashboard.demand.${k}`, o);
  return (
    <Section
      title={t('title')}
      testId="demand"
      actions={
        <ToggleButtonGroup
          size="small"
          exclusive
          value={groupBy}
          onChange={(_, v: RoundDemandGroup | null) => v && setGroupBy(v)}
          aria-label={t('title')}
        >
          {DEMAND_GROUPS.map((g) => (
            <ToggleButton key={g} value={g} data-testid={`demand-by-${g}`}>
              {t(`by.${g}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('intro')}
      </Typography>
      {isFetching && <LinearProgress />}
      {error && <Alert severity="error">{translate(error.message)}</Alert>}
      {data && !rows.length && (
        <Alert severity="info" data-testid="demand-empty">
          {t('empty')}
        </Alert>
      )}
      {rows.length > 0 && (
        <ResponsiveTable<DemandRow>
          rows={rows}
          rowKey={(r) => r.key}
          rowTestId="demand-row"
          columns={[
            { key: 'label', role: 'title', label: t(`name.${groupBy}`), render: (r) => r.label },
            { key: 'rounds', align: 'right', label: t('rounds'), render: (r) => num(r.rounds) },
            { key: 'places', align: 'right', label: t('places'), render: (r) => num(r.places) },
            { key: 'applications', align: 'right', label: t('applications'), render: (r) => num(r.applications) },
            { key: 'won', align: 'right', label: t('won'), render: (r) => num(r.won) },
            {
              key: 'ratio',
              label: t('ratio'),
              render: (r) => {
                const text = ratioText(r.ratio);
                return (
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 120 }}>
                    <Box
                      component="span"
                      data-testid="demand-ratio"
                      sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', minWidth: 56 }}
                    >
                      {text ? t('ratio_value', { ratio: text }) : '—'}
                    </Box>
                    <LinearProgress
                      variant="determinate"
                      value={ratioShare(r.ratio, rows) * 100}
                      color={oversubscribed(r) ? 'warning' : 'primary'}
                      sx={{ flex: 1, height: 8, borderRadius: 1 }}
                      aria-hidden
                    />
                  </Box>
                );
              },
            },
          ]}
        />
      )}
    </Section>
  );
};
