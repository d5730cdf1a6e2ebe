import { useTranslate } from 'react-admin';
import { DateField } from '../../ui/pickers';

/**
 * One of the period picker's day or month boxes (开始日期, 结束日期, 月份): 2025/07/13 or 2025/07 whatever
 * the browser's locale (ui/pickers.tsx).
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
    <DateField
      name={name}
      month={type === 'month'}
      label={translate(`linli.dashboard.${name}`)}
      value={value}
      onChange={onChange}
      width={170}
    />
  );
};
