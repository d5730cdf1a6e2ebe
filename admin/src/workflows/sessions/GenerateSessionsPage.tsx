import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, Title, useCreatePath, useDataProvider, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { AppDataProvider } from '../../data/data-provider';
import type { SessionGeneration } from '../../data/domain/class-actions';
import { useFormat, useRunAction } from '../../ui';
import { GenerationTable } from './GenerationTable';
import { SkipDates } from './SkipDates';

/**
 * 生成课次 (/ServiceClass/:id/sessions): sessions from the class's dates, weekdays and hours, minus the
 * holidays picked; a preview writes nothing and shows what would change, then one click generates.
 */
export const GenerateSessionsPage = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const f = useFormat();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const { data: cls } = useGetOne('ServiceClass', { id: id! });
  const [skip, setSkip] = useState<string[]>([]);
  const [preview, setPreview] = useState<{ skip: string[]; result: SessionGeneration } | null>(null);
  const [done, setDone] = useState<SessionGeneration | null>(null);
  const stale = preview !== null && preview.skip.join() !== skip.join();

  const doPreview = async () => {
    setDone(null);
    const r = await run(() => dataProvider.generateClassSessions(id!, true, skip));
    if (r.ok) setPreview({ skip, result: r.value });
  };
  const generate = async () => {
    const r = await run(() => dataProvider.generateClassSessions(id!, false, skip), 'linli.sessions.generated');
    if (r.ok) {
      setDone(r.value);
      setPreview(null);
    }
  };
  const weekdays = ((cls?.weekdays as number[] | undefined) ?? [])
    .map((n) => translate(`linli.weekdays.${n}`))
    .join('、');
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('linli.sessions.generate_title', { name: cls?.name ?? '' })} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h1">
            {translate('linli.sessions.generate_title', { name: cls?.name ?? '' })}
          </Typography>
          {cls && (
            <Typography variant="body2" color="text.secondary">
              {translate('linli.sessions.schedule', {
                from: f.date(cls.startsOn),
                to: f.date(cls.endsOn),
                weekdays,
                start: f.time(cls.dailyStart),
                end: f.time(cls.dailyEnd),
              })}
            </Typography>
          )}
          {cls && <SkipDates value={skip} onChange={setSkip} min={cls.startsOn} max={cls.endsOn} />}
          <Stack direction="row" sx={{ gap: 1 }}>
            <Button variant="outlined" onClick={doPreview} disabled={busy || !cls}>
              {translate('linli.sessions.preview')}
            </Button>
            <Button variant="contained" onClick={generate} disabled={busy || !preview || stale}>
              {translate('linli.sessions.generate')}
            </Button>
            <Button component={Link} to={`${createPath({ resource: 'ServiceClass', id: id!, type: 'show' })}/sessions`}>
              {translate('linli.sessions.back')}
            </Button>
          </Stack>
          {busy && <LinearProgress />}
          {stale && <Alert severity="info">{translate('linli.sessions.stale')}</Alert>}
          {done && (
            <Alert severity="success" data-testid="generation-done">
              {translate('linli.sessions.done', {
                created: done.created,
                updated: done.updated,
                removed: done.removed,
              })}
            </Alert>
          )}
          {preview && !stale && <Alert severity="info">{translate('linli.sessions.preview_help')}</Alert>}
          <Box>{(done ?? preview?.result) && <GenerationTable generation={done ?? preview!.result} />}</Box>
        </Stack>
      </CardContent>
    </Card>
  );
};
