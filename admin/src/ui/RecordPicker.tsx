import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { representation } from '../data/selection';

/**
 * Picks one record of a resource by typing part of its name (the API's search), outside a form: a
 * need's project, the person to enroll. `filter` narrows the choices (e.g. projects still open).
 */
export function RecordPicker<T extends { id: string | number }>({
  resource,
  label,
  value,
  onChange,
  filter,
  optionText,
  name,
  helperText,
}: {
  resource: string;
  label: string;
  value: T | null;
  onChange: (record: T | null) => void;
  filter?: Record<string, unknown>;
  optionText?: (record: T) => string;
  name?: string;
  helperText?: string;
}) {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const { data = [], isFetching } = useGetList<T>(resource, {
    pagination: { page: 1, perPage: 20 },
    filter: { ...(filter ?? {}), ...(q.trim() ? { q: q.trim() } : {}) },
  });
  const text = optionText ?? ((r: T) => representation(resource, r));
  return (
    <Autocomplete<T>
      options={data}
      value={value}
      loading={isFetching}
      filterOptions={(x) => x}
      getOptionLabel={text}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, v) => onChange(v)}
      onInputChange={(_e, v, reason) => reason === 'input' && setQ(v)}
      noOptionsText={translate('linli.workflow.no_options')}
      loadingText={translate('ra.page.loading')}
      renderInput={(params) => (
        <TextField {...params} name={name} label={label} margin="dense" helperText={helperText} fullWidth />
      )}
    />
  );
}
