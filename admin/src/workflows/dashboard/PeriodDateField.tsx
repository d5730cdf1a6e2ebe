import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * One of the period picker's day or month boxes (开始日期, 结束日期, 月份): the browser's own date or
 * month input, its label always above (an empty date input shows its own placeholder).
 */
export const PeriodDateField = ({
  type = 'date',
  name,
  value,
  onChange,
}: {
  type?: 'date' | 'month';
  /** The input's name, also its message key under linli.dashboard (from, to, month). */
  name: 'from' | 'to' | 'month';
  value: string;
  onChange: (value: string) => void;
}) => {
  const translate = useTranslate();
  return (
    <TextField
      type={type}
      size="small"
      name={name}
      label={translate(`linli.dashboard.${name}`)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
};
