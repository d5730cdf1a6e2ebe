import { InputAdornment, Stack, TextField, Typography } from '@mui/material';
import { FieldTitle, useFieldValue, useInput, useResourceContext, useTranslate, type Validator } from 'react-admin';
import { ageText } from './age-text';

export const AgeField = ({ source }: { source: string; label?: string }) => {
  const v = useFieldValue({ source }) as number | null | undefined;
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {ageText(v, translate)}
    </Typography>
  );
};

/** An age in months, entered as 岁 and 个月 (both optional: empty means no age). */
export const AgeInput = ({
  source,
  validate,
  label,
}: {
  source: string;
  validate?: Validator | Validator[];
  label?: string | false;
}) => {
  const resource = useResourceContext();
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const months = field.value === '' || field.value == null ? null : Number(field.value);
  const years = months == null ? '' : String(Math.floor(months / 12));
  const rest = months == null ? '' : String(months % 12);
  const set = (y: string, m: string) => {
    if (y === '' && m === '') return field.onChange(null);
    field.onChange(Math.max(0, Number(y || 0)) * 12 + Math.max(0, Number(m || 0)));
  };
  const number = (value: string, onChange: (v: string) => void, unit: string, name: string, max?: number) => (
    <TextField
      type="number"
      size="small"
      name={`${source}.${name}`}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={field.onBlur}
      error={Boolean(fieldState.error)}
      slotProps={{
        htmlInput: { min: 0, max, step: 1 },
        input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> },
      }}
      sx={{ width: '8em' }}
    />
  );
  return (
    <Stack sx={{ mb: 1 }}>
      {label !== false && (
        <Typography variant="caption" color={fieldState.error ? 'error' : 'text.secondary'}>
          <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
        </Typography>
      )}
      <Stack direction="row" sx={{ gap: 1 }}>
        {number(years, (y) => set(y, rest), translate('linli.age.year_unit'), 'years')}
        {number(rest, (m) => set(years, m), translate('linli.age.month_unit'), 'months', 11)}
      </Stack>
      {fieldState.error && (
        <Typography variant="caption" color="error">
          {translate(fieldState.error.message ?? '')}
        </Typography>
      )}
    </Stack>
  );
};
