import DownloadIcon from '@mui/icons-material/Download';
import TodayIcon from '@mui/icons-material/Today';
import { Dialog, DialogContent, LinearProgress, Menu, MenuItem, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  Button,
  CreateButton,
  FilterButton,
  TopToolbar,
  useDataProvider,
  useListContext,
  useNotify,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { saveFile } from '../data/download';
import { csvOf, useExportRows, xlsxOf } from '../data/export';
import { chinaToday } from './dates';

/** A page of the export: the API's largest `take`. */
const PAGE = 100;

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
 * 导出: every row the list's filters match (not only the first thousand), in the list's order, as .xlsx or as
 * CSV with its byte-order mark, read page by page through the same API calls as the list (same scope, same
 * masking) while a dialog shows how many rows are in.
 */
export const ExportAllButton = () => {
  const { resource, filterValues, sort, total } = useListContext();
  const dataProvider = useDataProvider();
  const toRows = useExportRows(resource);
  const translate = useTranslate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const count = (total ?? 0).toLocaleString('zh-CN');

  const exportAll = async (format: 'xlsx' | 'csv') => {
    setAnchor(null);
    setProgress({ done: 0, total: total ?? 0 });
    try {
      const records: Record<string, unknown>[] = [];
      for (let page = 1; ; page++) {
        const answer = await dataProvider.getList(resource, {
          pagination: { page, perPage: PAGE },
          sort,
          filter: filterValues,
        });
        records.push(...answer.data);
        const all = answer.total ?? records.length;
        setProgress({ done: records.length, total: all });
        if (answer.data.length < PAGE || records.length >= all) break;
      }
      const rows = toRows(records);
      const name = translate(`resources.${resource}.name`, { smart_count: 2 });
      if (format === 'xlsx') saveFile(await xlsxOf(rows, name), `${name}.xlsx`);
      else saveFile(new Blob([await csvOf(rows)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    } catch (e) {
      notify('linli.export.failed', { type: 'error', messageArgs: { error: translate((e as Error).message) } });
    } finally {
      setProgress(null);
    }
  };

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
              translate('linli.export.progress', {
                done: progress.done.toLocaleString('zh-CN'),
                total: progress.total.toLocaleString('zh-CN'),
              })}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={progress && progress.total ? (100 * progress.done) / progress.total : 0}
          />
        </DialogContent>
      </Dialog>
    </>
  );
};
