import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { DatePicker, DateTimePicker, LocalizationProvider, TimePicker } from '@mui/x-date-pickers';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { enUS, zhCN } from '@mui/x-date-pickers/locales';
import type { ReactElement, ReactNode } from 'react';
import { FieldTitle, InputHelperText, useInput, useLocaleState, useResourceContext, type Validator } from 'react-admin';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Datetimes are entered and shown in China time, whatever the browser's zone (ui/formatters.ts). */
const CHINA = 'Asia/Shanghai';
export const DATE_FORMAT = 'YYYY/MM/DD';
export const MONTH_FORMAT = 'YYYY/MM';
export const TIME_FORMAT = 'HH:mm';

/**
 * Date, month and time inputs in the app's language and Chinese formats (2025/07/13, 14:30, 24-hour),
 * whatever the browser's locale: MUI X pickers with dayjs, zh-CN unless the user chose English.
 */
export const PickersProvider = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  const en = locale === 'en';
  const text = (en ? enUS : zhCN).components.MuiLocalizationProvider.defaultProps.localeText;
  return (
    <LocalizationProvider
      dateAdapter={AdapterDayjs}
      adapterLocale={en ? 'en-gb' : 'zh-cn'}
      localeText={en ? text : { ...text, ...CHINESE_PLACEHOLDERS }}
    >
      {children}
    </LocalizationProvider>
  );
};

/** An empty field reads 年/月/日 and 时:分, not YYYY/MM/DD (MUI's zh-CN leaves these in Latin letters). */
const CHINESE_PLACEHOLDERS = {
  fieldYearPlaceholder: () => '年',
  fieldMonthPlaceholder: () => '月',
  fieldDayPlaceholder: () => '日',
  fieldHoursPlaceholder: () => '时',
  fieldMinutesPlaceholder: () => '分',
};

const day = (v: string | null | undefined): Dayjs | null => (v ? dayjs(v) : null);
const valid = (d: Dayjs | null): d is Dayjs => Boolean(d?.isValid());

/** A 'YYYY-MM-DD' value as a picker edits it; `name` is the hidden input's (tests and forms find it by name). */
export const DateField = ({
  name,
  label,
  value,
  onChange,
  month,
  min,
  max,
  width,
}: {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** Pick a month ('YYYY-MM'). */
  month?: boolean;
  min?: string;
  max?: string;
  width?: number;
}) => (
  <DatePicker
    label={label}
    value={day(month && value ? `${value}-01` : value)}
    onChange={(d) => onChange(valid(d) ? d.format(month ? 'YYYY-MM' : 'YYYY-MM-DD') : '')}
    format={month ? MONTH_FORMAT : DATE_FORMAT}
    views={month ? ['year', 'month'] : undefined}
    openTo={month ? 'month' : undefined}
    minDate={day(min) ?? undefined}
    maxDate={day(max) ?? undefined}
    slotProps={{ textField: { size: 'small', name, sx: width ? { width } : undefined } }}
  />
);

/** An 'HH:MM' value (24-hour). */
export const TimeField = ({
  name,
  label,
  value,
  onChange,
}: {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
}) => (
  <TimePicker
    label={label}
    ampm={false}
    format={TIME_FORMAT}
    value={value ? dayjs(`2000-01-01T${value}`) : null}
    onChange={(d) => onChange(valid(d) ? d.format('HH:mm') : '')}
    slotProps={{ textField: { fullWidth: true, margin: 'dense', name } }}
  />
);

interface InputProps {
  source: string;
  validate?: Validator | Validator[];
  label?: string | false | ReactElement;
}

/** A react-admin form input around a picker: its label, required mark and translated error below. */
function usePickerInput({ source, validate, label }: InputProps) {
  const resource = useResourceContext();
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const error = fieldState.error?.message;
  return {
    field,
    textField: {
      name: source,
      className: `ra-input ra-input-${source}`, // as react-admin's own inputs (styles, tests)
      onBlur: field.onBlur,
      size: 'small' as const,
      margin: 'dense' as const,
      variant: 'filled' as const, // as react-admin's own inputs
      error: Boolean(error),
      helperText: <InputHelperText error={error} />,
      sx: { minWidth: 200 },
    },
    label:
      label === false ? undefined : (
        <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
      ),
  };
}

/** A calendar day ('YYYY-MM-DD' in the API). */
export const LocalDateInput = (p: InputProps) => {
  const { field, textField, label } = usePickerInput(p);
  return (
    <DatePicker
      label={label}
      value={day(field.value as string | null)}
      onChange={(d) => field.onChange(valid(d) ? d.format('YYYY-MM-DD') : null)}
      format={DATE_FORMAT}
      slotProps={{ textField }}
    />
  );
};

/** A time of day ('HH:MM:SS' in the API), 24-hour. */
export const TimeInput = (p: InputProps) => {
  const { field, textField, label } = usePickerInput(p);
  const v = field.value as string | null;
  return (
    <TimePicker
      label={label}
      ampm={false}
      format={TIME_FORMAT}
      value={v ? dayjs(`2000-01-01T${v}`) : null}
      onChange={(d) => field.onChange(valid(d) ? d.format('HH:mm:00') : null)}
      slotProps={{ textField }}
    />
  );
};

/** A moment (ISO in the API), entered in China time. */
export const LocalDateTimeInput = (p: InputProps) => {
  const { field, textField, label } = usePickerInput(p);
  const v = field.value as string | null;
  return (
    <DateTimePicker
      label={label}
      ampm={false}
      timezone={CHINA}
      format={`${DATE_FORMAT} ${TIME_FORMAT}`}
      value={v ? dayjs(v).tz(CHINA) : null}
      onChange={(d) => field.onChange(valid(d) ? d.toISOString() : null)}
      slotProps={{ textField }}
    />
  );
};
