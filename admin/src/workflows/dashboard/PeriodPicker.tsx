import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Period, PeriodKind } from './period';
import { PeriodDateField } from './PeriodDateField';

const KINDS: PeriodKind[] = ['thisYear', 'lastYear', 'quarter', 'month', 'custom'];

/** 本年度 / 上年度 / 某季度 / 某月 / 自定义 (from–to). */
export const PeriodPicker = ({ value, onChange }: { value: Period; onChange: (p: Period) => void }) => {
  const translate = useTranslate();
  const set = (patch: Partial<Period>) => onChange({ ...value, ...patch });
  const years = Array.from({ length: 6 }, (_, i) => value.year + 1 - i);
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField
        select
        size="small"
        name="period"
        label={translate('linli.dashboard.period')}
        value={value.kind}
        onChange={(e) => set({ kind: e.target.value as PeriodKind })}
        sx={{ minWidth: 130 }}
      >
        {KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {translate(`linli.dashboard.periods.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      {value.kind === 'quarter' && (
        <>
          <TextField
            select
            size="small"
            name="year"
            label={translate('linli.dashboard.year')}
            value={value.year}
            onChange={(e) => set({ year: Number(e.target.value) })}
          >
            {years.map((y) => (
              <MenuItem key={y} value={y}>
                {translate('linli.dashboard.year_n', { year: y })}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            name="quarter"
            label={translate('linli.dashboard.quarter')}
            value={value.quarter}
            onChange={(e) => set({ quarter: Number(e.target.value) })}
          >
            {[1, 2, 3, 4].map((q) => (
              <MenuItem key={q} value={q}>
                {translate('linli.dashboard.quarter_n', { quarter: q })}
              </MenuItem>
            ))}
          </TextField>
        </>
      )}
      {value.kind === 'month' && (
        <PeriodDateField type="month" name="month" value={value.month} onChange={(month) => set({ month })} />
      )}
      {value.kind === 'custom' && (
        <>
          <PeriodDateField name="from" value={value.from} onChange={(from) => set({ from })} />
          <PeriodDateField name="to" value={value.to} onChange={(to) => set({ to })} />
        </>
      )}
    </Stack>
  );
};
