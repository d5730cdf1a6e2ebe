import DownloadIcon from '@mui/icons-material/Download';
import TodayIcon from '@mui/icons-material/Today';
import { Dialog, DialogContent, LinearProgress, Menu, MenuItem, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  Button,
  CreateButton,
  FilterButton,
  TopToolbar,
  useListContext,
  useLocaleState,
  useNotify,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { orderBy } from '../data/build-query';
import { downloadExport, type DownloadProgress } from '../data/download';
import { metaOf } from '../data/selection';
import { toWhere } from '../data/where';
import { chinaToday } from './dates';

/**
 * A list's buttons: a screen's own (children), filters, 新建 when the resource has a create page, and 导出 of
 * every matching row.
 */
export const ListActions = ({ children }: { children?: ReactNode }) => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {children}
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ExportAllButton />
    </TopToolbar>
  );
};

/** 今天: shows only the rows whose date `source` is today (China time); pressed again, shows every day. */
export const TodayFilterButton = ({ source }: { source: string }) => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const today = chinaToday();
  const [gte, lte] = [`${source}_gte`, `${source}_lte`];
  const on = filterValues[gte] === today && filterValues[lte] === today;
  const toggle = () => {
    const { [gte]: _a, [lte]: _b, ...rest } = filterValues as Record<string, unknown>;
    if (on) setFilters(rest, { ...displayedFilters, [gte]: false, [lte]: false });
    else setFilters({ ...rest, [gte]: today, [lte]: today }, { ...displayedFilters, [gte]: true, [lte]: true });
  };
  return (
    <Button
      label="linli.values.today"
      onClick={toggle}
      variant={on ? 'contained' : 'text'}
      data-testid="today-filter"
      aria-pressed={on}
    >
      <TodayIcon />
    </Button>
  );
};

/**
 * 导出: every row the list's filters match, in the list's order, as .xlsx or as CSV with its byte-order
 * mark, streamed by the API (GET /exports/list.xlsx|csv, api/src/http/list-export.ts) with the list's own
 * scope and masking, while a dialog shows the rows (CSV) or the bytes (.xlsx) received so far.
 */
export const ExportAllButton = () => {
  const { resource, filterValues, sort, total } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [progress, setProgress] = useState<{ format: 'xlsx' | 'csv'; got: DownloadProgress } | null>(null);
  const count = (total ?? 0).toLocaleString('zh-CN');

  const exportAll = async (format: 'xlsx' | 'csv') => {
    setAnchor(null);
    const got = { bytes: 0, lines: 0, total: total ?? null };
    setProgress({ format, got });
    try {
      const { where, search } = toWhere(metaOf(resource), filterValues);
      const name = translate(`resources.${resource}.name`, { smart_count: 2 });
      await downloadExport(
        `/exports/list.${format}`,
        {
          resource,
          where: where && JSON.stringify(where),
          search,
          orderBy: JSON.stringify(orderBy(resource, sort) ?? []),
          lang: locale === 'en' ? 'en' : 'zh',
        },
        `${name}.${format}`,
        (p) => setProgress({ format, got: p }),
      );
    } catch (e) {
      notify('linli.export.failed', { type: 'error', messageArgs: { error: translate((e as Error).message) } });
    } finally {
      setProgress(null);
    }
  };
  const rowsIn = progress ? Math.max(progress.got.lines - 1, 0) : 0;
  const all = progress?.got.total ?? 0;

  return (
    <>
      <Button
        label="linli.export.button"
        data-testid="export-all"
        onClick={(e) => setAnchor(e.currentTarget)}
        disabled={!total || progress !== null}
      >
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void exportAll('xlsx')}>{translate('linli.export.xlsx', { total: count })}</MenuItem>
        <MenuItem onClick={() => void exportAll('csv')}>{translate('linli.export.csv', { total: count })}</MenuItem>
      </Menu>
      <Dialog open={progress !== null}>
        <DialogContent sx={{ minWidth: 280 }}>
          <Typography variant="body2" sx={{ mb: 1 }} data-testid="export-progress">
            {progress &&
              (progress.format === 'csv'
                ? translate('linli.export.progress', {
                    done: rowsIn.toLocaleString('zh-CN'),
                    total: all.toLocaleString('zh-CN'),
                  })
                : translate('linli.export.progress_bytes', {
                    total: all.toLocaleString('zh-CN'),
                    size: `${(progress.got.bytes / 1024).toFixed(0)} KB`,
                  }))}
          </Typography>
          {progress?.format === 'csv' ? (
            <LinearProgress variant="determinate" value={all ? Math.min(100, (100 * rowsIn) / all) : 0} />
          ) : (
            <LinearProgress />
          )}
        </DialogContent>
      </Dialog>
    </>
  );
};
