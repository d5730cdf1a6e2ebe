import { Chip, Stack, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCanAccess, useCreatePath, useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import { representation } from '../data/selection';
import { useFormat } from './format';

/**
 * Read-only values by kind, in the app's language. Each takes `source` like react-admin's fields, so
 * lists, Show pages and labels work as usual.
 */
export interface FieldProps {
  source: string;
  label?: string;
}
type P = FieldProps;
/** A value as body text, inline. */
export const Text = ({ children }: { children: React.ReactNode }) => (
  <Typography component="span" variant="body2">
    {children}
  </Typography>
);
const Empty = () => <Text>—</Text>;

export const MoneyField = ({ source }: P) => {
  const v = useFieldValue({ source });
  const f = useFormat();
  return v == null ? <Empty /> : <Text>{f.money(Number(v))}</Text>;
};

export const BasisPointsField = ({ source }: P) => {
  const v = useFieldValue({ source });
  const f = useFormat();
  return v == null ? <Empty /> : <Text>{f.percent(Number(v))}</Text>;
};

export const LocalDateField = ({ source }: P) => {
  const v = useFieldValue({ source });
  const f = useFormat();
  return v ? <Text>{f.date(String(v))}</Text> : <Empty />;
};

export const DateTimeField = ({ source }: P) => {
  const v = useFieldValue({ source });
  const f = useFormat();
  return v ? <Text>{f.datetime(String(v))}</Text> : <Empty />;
};

export const TimeField = ({ source }: P) => {
  const v = useFieldValue({ source });
  const f = useFormat();
  return v ? <Text>{f.time(String(v))}</Text> : <Empty />;
};

export const EnumField = ({ source, enumName }: P & { enumName: string }) => {
  const v = useFieldValue({ source });
  const translate = useTranslate();
  return v ? <Text>{translate(`enums.${enumName}.${v}`, { _: String(v) })}</Text> : <Empty />;
};

export const EnumListField = ({ source, enumName }: P & { enumName: string }) => {
  const v = (useFieldValue({ source }) as string[] | undefined) ?? [];
  const translate = useTranslate();
  if (!v.length) return <Empty />;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {v.map((x) => (
        <Chip key={x} size="small" label={translate(`enums.${enumName}.${x}`, { _: x })} />
      ))}
    </Stack>
  );
};

export const IntListField = ({ source, weekdays }: P & { weekdays?: boolean }) => {
  const v = (useFieldValue({ source }) as number[] | undefined) ?? [];
  const translate = useTranslate();
  if (!v.length) return <Empty />;
  return <Text>{v.map((n) => (weekdays ? translate(`linli.weekdays.${n}`) : String(n))).join('、')}</Text>;
};

/**
 * A reference shown by the related record the list query brought along (`sponsor { id name }`),
 * linked to its page when the user may open it; no request per row.
 */
export const RelationField = ({ source, relation, reference }: P & { relation: string; reference: string }) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: reference, action: 'show' });
  const id = record?.[source] as string | undefined;
  if (!id) return <Empty />;
  const related = record?.[relation] as Record<string, unknown> | null | undefined;
  const text = (related && representation(reference, related)) || '—';
  if (!canAccess || !related) return <Text>{text}</Text>;
  return (
    <Link to={createPath({ resource: reference, id, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {text}
    </Link>
  );
};
