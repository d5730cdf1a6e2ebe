import { Alert, LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import { Section, StatTile, TileGrid, useFormat } from '../../ui';

/** 项目概况: the rollup over the project and its sub-projects, and its evaluations (评估). */
export const ProjectOverview = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormat();
  const dataProvider = useDataProvider<AppDataProvider>();
  const id = String(record?.id ?? '');
  const { data, error } = useQuery({
    queryKey: ['projectOverview', id],
    queryFn: () => dataProvider.projectOverview(id),
    enabled: Boolean(id),
  });
  if (error) return <Alert severity="error">{translate(error.message)}</Alert>;
  if (!data) return <LinearProgress />;
  const r = data.rollup;
  const e = data.evaluationSummary;
  const t = (k: string) => translate(`linli.overview.${k}`);
  return (
    <>
      <Section title={t('rollup')} testId="project-rollup">
        <TileGrid>
          <StatTile label={t('sub_projects')} value={r.subProjects} hint={t('sub_projects_hint')} />
          <StatTile label={t('classes')} value={r.classes} hint={t('classes_hint')} />
          <StatTile label={t('capacity')} value={r.capacity} />
          <StatTile label={t('enrolled')} value={r.enrolled} />
          <StatTile label={t('waitlisted')} value={r.waitlisted} tone={r.waitlisted ? 'warning' : undefined} />
          <StatTile label={t('sessions_held')} value={r.sessionsHeld} />
          <StatTile label={t('budget')} value={f.money(r.budgetFen)} hint={t('budget_hint')} />
        </TileGrid>
      </Section>
      <Section title={t('evaluations')} testId="project-evaluations">
        <TileGrid>
          <StatTile label={t('evaluation_count')} value={e.count} />
          <StatTile label={t('average_score')} value={e.averageScore != null ? e.averageScore.toFixed(1) : '—'} />
          <StatTile
            label={t('average_satisfaction')}
            value={e.averageSatisfactionBp != null ? f.percent(e.averageSatisfactionBp) : '—'}
          />
          <StatTile label={t('last_evaluated')} value={e.lastEvaluatedOn ? f.date(e.lastEvaluatedOn) : '—'} />
        </TileGrid>
      </Section>
    </>
  );
};
