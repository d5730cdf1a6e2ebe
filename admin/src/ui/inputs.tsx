import { InputAdornment } from '@mui/material';
import {
  AutocompleteInput,
  CheckboxGroupInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useResourceContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { representation } from '../data/selection';
import { enumValues } from '../generated/meta';

/** Form inputs by kind. Money is typed in 元 and stored in fen; rates in % and stored in basis points. */
interface P {
  source: string;
  validate?: Validator | Validator[];
  label?: string | false;
}

const fromFen = (v: unknown) => (v == null || v === '' ? '' : Number(v) / 100);
const toFen = (v: unknown) => (v === '' || v == null || Number.isNaN(Number(v)) ? null : Math.round(Number(v) * 100));

export const MoneyInput = (p: P) => (
  <NumberInput
    {...p}
    step={0.01}
    format={fromFen}
    parse={toFen}
    slotProps={{ input: { endAdornment: <InputAdornment position="end">元</InputAdornment> } }}
  />
);

export const BasisPointsInput = (p: P) => (
  <NumberInput
    {...p}
    step={0.01}
    format={fromFen}
    parse={toFen}
    slotProps={{ input: { endAdornment: <InputAdornment position="end">%</InputAdornment> } }}
  />
);

// Dates, times and moments: Chinese formats whatever the browser's locale (pickers.tsx).
export { LocalDateInput, LocalDateTimeInput, TimeInput } from './pickers';

const choicesOf = (enumName: string) =>
  (enumValues[enumName] ?? []).map((v) => ({ id: v, name: `enums.${enumName}.${v}` }));

export const EnumInput = ({ enumName, ...p }: P & { enumName: string }) => (
  <SelectInput {...p} choices={choicesOf(enumName)} />
);

export const EnumListInput = ({ enumName, ...p }: P & { enumName: string }) => (
  <SelectArrayInput {...p} choices={choicesOf(enumName)} />
);

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: n, name: `linli.weekdays.${n}` }));

export const IntListInput = ({ weekdays, ...p }: P & { weekdays?: boolean }) =>
  weekdays ? (
    <CheckboxGroupInput {...p} choices={WEEKDAYS} row />
  ) : (
    <TextInput
      {...p}
      format={(v: unknown) => (Array.isArray(v) ? v.join(',') : '')}
      parse={(v: string) =>
        v
          .split(/[,，、\s]+/)
          .filter(Boolean)
          .map(Number)
      }
    />
  );

/** A reference picked by typing part of its name (the API's search). */
export const RelationInput = ({ source, reference, validate, label }: P & { reference: string }) => (
  <ReferenceInput source={source} reference={reference}>
    <AutocompleteInput
      label={label}
      validate={validate}
      optionText={(r: Record<string, unknown>) => representation(reference, r)}
      filterToQuery={(q: string) => (q ? { q } : {})}
    />
  </ReferenceInput>
);

/** "开始日期（起）" for a range filter's bound. */
export const RangeLabel = ({ source, bound }: { source: string; bound: 'gte' | 'lte' }) => {
  const translate = useTranslate();
  const resource = useResourceContext();
  return <>{translate(`linli.filter.${bound}`, { field: translate(`resources.${resource}.fields.${source}`) })}</>;
};
