import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { Link, Title, useCreatePath, useDataProvider, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { AppDataProvider, RosterImportResult, WorkProgress } from '../../data/data-provider';
import type { RosterRowInput } from '../../generated-api/operations';
import { readRosterFile, type SheetRow } from './parse-file';
import { fieldOfHeader, TEMPLATE_HEADERS, toRosterRow } from './roster-columns';
import { RosterPreview } from './RosterPreview';
import { withProgress } from './with-progress';

const MAX_ROWS = 2000;
type Phase = 'idle' | 'parsing' | 'checking' | 'preview' | 'importing' | 'done';

/**
 * 导入名单: the file is read in the browser (CSV, or .xlsx through a lazily loaded exceljs), sent to
 * `importRoster` as a dry run, and shown row by row with the server's findings; only a file without
 * problems can be committed, and the commit imports and enrolls all rows or none.
 */
export const RosterImportPage = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: cls } = useGetOne('ServiceClass', { id: id! });
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [serverProgress, setServerProgress] = useState<WorkProgress | null>(null);
  const [rows, setRows] = useState<RosterRowInput[]>([]);
  const [lines, setLines] = useState<number[]>([]);
  const [result, setResult] = useState<RosterImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);

  const fail = (message: string) => {
    setError(message);
    setPhase('idle');
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    setWarning(null);
    setResult(null);
    setPhase('parsing');
    setProgress({ done: 0, total: 0 });
    let sheet: SheetRow[];
    try {
      sheet = await readRosterFile(file, (done, total) => setProgress({ done, total }));
    } catch (err) {
      return fail(translate('linli.import.bad_file', { error: (err as Error).message }));
    }
    const [{ cells: header = [] } = {}, ...data] = sheet;
    const fields = header.map(fieldOfHeader);
    const unknown = header.filter((h, i) => h && !fields[i]);
    if (unknown.length) setWarning(translate('linli.import.unknown_columns', { columns: unknown.join('、') }));
    if (!data.length) return fail(translate('linli.import.no_rows'));
    if (data.length > MAX_ROWS) return fail(translate('linli.import.too_many', { max: MAX_ROWS }));
    const parsed = data.map((r) => toRosterRow(fields, r.cells));
    setRows(parsed);
    setLines(data.map((r) => r.line));
    setPhase('checking');
    setServerProgress(null);
    try {
      setResult(
        await withProgress(
          dataProvider,
          (progressKey) => dataProvider.importRoster({ classId: id!, rows: parsed, dryRun: true, progressKey }),
          setServerProgress,
        ),
      );
      setPhase('preview');
    } catch (err) {
      fail((err as Error).message);
    }
  };

  const commit = async () => {
    setPhase('importing');
    setServerProgress(null);
    try {
      setResult(
        await withProgress(
          dataProvider,
          (progressKey) => dataProvider.importRoster({ classId: id!, rows, dryRun: false, progressKey }),
          setServerProgress,
        ),
      );
      setPhase('done');
    } catch (err) {
      setError((err as Error).message);
      setPhase('preview');
    }
  };

  const template = () => {
    const blob = new Blob(['\uFEFF' + TEMPLATE_HEADERS.join(',') + '\n'], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = '名单模板.csv';
    a.click();
    URL.revokeObjectURL(a.href);
  };

  const invalid = result ? result.total - result.valid : 0;
  const busy = phase === 'parsing' || phase === 'checking' || phase === 'importing';
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('linli.import.title', { name: cls?.name ?? '' })} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{translate('linli.import.title', { name: cls?.name ?? '' })}</Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('linli.import.columns_help', { columns: TEMPLATE_HEADERS.join('、') })}
          </Typography>
          <Stack direction="row" spacing={2}>
            <Button
              variant="contained"
              component="label"
              startIcon={<UploadFileIcon />}
              disabled={busy}
              sx={{ textTransform: 'none' }}
            >
              {translate('linli.import.choose')}
              <input hidden type="file" accept=".xlsx,.csv,text/csv" onChange={onFile} data-testid="roster-file" />
            </Button>
            <Button onClick={template}>{translate('linli.import.template')}</Button>
            <Button component={Link} to={createPath({ resource: 'ServiceClass', id: id!, type: 'show' })}>
              {translate('linli.import.back')}
            </Button>
          </Stack>
          {phase === 'parsing' && (
            <Box>
              <Typography variant="body2">{translate('linli.import.parsing', progress)}</Typography>
              <LinearProgress
                variant={progress.total ? 'determinate' : 'indeterminate'}
                value={progress.total ? (100 * progress.done) / progress.total : 0}
              />
            </Box>
          )}
          {(phase === 'checking' || phase === 'importing') && (
            <Box data-testid="roster-progress">
              <Typography variant="body2">
                {serverProgress
                  ? translate(`linli.import.phase.${serverProgress.phase}`, { percent: serverProgress.percent })
                  : translate(`linli.import.${phase}`)}
              </Typography>
              <LinearProgress
                variant={serverProgress ? 'determinate' : 'indeterminate'}
                value={serverProgress?.percent ?? 0}
              />
            </Box>
          )}
          {warning && <Alert severity="warning">{warning}</Alert>}
          {error && <Alert severity="error">{error}</Alert>}
          {phase === 'done' && result && (
            <Alert severity="success" data-testid="roster-done">
              {translate('linli.import.done', result)}
            </Alert>
          )}
          {result && (phase === 'preview' || phase === 'done' || phase === 'importing') && (
            <>
              {phase !== 'done' && (
                <Alert severity={invalid ? 'error' : 'info'}>
                  {translate('linli.import.rows', { total: result.total, valid: result.valid, invalid })}
                  {invalid > 0 && <div>{translate('linli.import.fix_first')}</div>}
                </Alert>
              )}
              <RosterPreview rows={rows} lines={lines} result={result} />
              {phase !== 'done' && (
                <Box>
                  <Button variant="contained" onClick={commit} disabled={invalid > 0 || phase === 'importing'}>
                    {translate('linli.import.commit', { valid: result.valid })}
                  </Button>
                </Box>
              )}
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
