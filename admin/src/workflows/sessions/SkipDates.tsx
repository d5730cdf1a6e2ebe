import AddIcon from '@mui/icons-material/Add';
import { Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../ui';
import { DateField } from '../../ui/pickers';

/** Holidays to leave out (节假日不上课): dates picked within the class's period, shown as chips. */
export const SkipDates = ({
  value,
  onChange,
  min,
  max,
}: {
  value: string[];
  onChange: (dates: string[]) => void;
  min: string;
  max: string;
}) => {
  const translate = useTranslate();
  const f = useFormat();
  const [date, setDate] = useState('');
  const add = () => {
    if (!date || value.includes(date)) return;
    onChange([...value, date].sort());
    setDate('');
  };
  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
        <DateField
          name="skipDate"
          label={translate('linli.sessions.skip_date')}
          value={date}
          onChange={setDate}
          min={min}
          max={max}
          width={220}
        />
        <Button startIcon={<AddIcon />} onClick={add} disabled={!date} sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
          {translate('linli.sessions.skip_add')}
        </Button>
      </Stack>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }} data-testid="skip-dates">
        {value.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('linli.sessions.skip_none')}
          </Typography>
        )}
        {value.map((d) => (
          <Chip key={d} label={f.date(d)} onDelete={() => onChange(value.filter((x) => x !== d))} />
        ))}
      </Stack>
    </Stack>
  );
};
