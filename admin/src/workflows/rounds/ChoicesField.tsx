import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface ChoiceClass {
  label: string;
  classId: string;
  className: string;
}

/** The API names a choice by its argument: classId is the first, alsoClassIds.0 the second … */
export const choiceKey = (apiKey: string): string | null => {
  if (apiKey === 'classId') return 'choice.0';
  const m = /^alsoClassIds\.(\d+)$/.exec(apiKey);
  return m ? `choice.${Number(m[1]) + 1}` : apiKey === 'alsoClassIds' ? 'choice.1' : null;
};

/**
 * 志愿 in a round over several classes: the classes applied for in order of preference, one select per
 * choice; a later choice offers only classes not chosen before, and (不填) ends the list there.
 */
export const ChoicesField = ({
  classes,
  value,
  onChange,
  errors,
}: {
  classes: ChoiceClass[];
  value: string[];
  onChange: (ids: string[]) => void;
  errors: Record<string, string>;
}) => {
  const translate = useTranslate();
  const shown = Math.min(value.length + 1, classes.length);
  return (
    <Stack sx={{ mt: 1 }}>
      <Typography variant="caption" color="text.secondary">
        {translate('linli.round_classes.choices_help')}
      </Typography>
      {Array.from({ length: shown }, (_, i) => {
        const taken = value.slice(0, i);
        const error = errors[`choice.${i}`];
        return (
          <TextField
            key={i}
            select
            fullWidth
            margin="dense"
            name={`choice.${i}`}
            label={translate('linli.round_classes.choice_n', { n: i + 1 })}
            value={value[i] ?? ''}
            error={Boolean(error)}
            helperText={error}
            onChange={(e) => {
              const id = e.target.value;
              // A class chosen here leaves the later choices; (不填) ends the list here.
              onChange(id ? [...taken, id, ...value.slice(i + 1).filter((x) => x !== id)] : taken);
            }}
          >
            {i > 0 && <MenuItem value="">{translate('linli.round_classes.choice_none')}</MenuItem>}
            {classes
              .filter((c) => !taken.includes(c.classId))
              .map((c) => (
                <MenuItem key={c.classId} value={c.classId}>
                  {c.label} · {c.className}
                </MenuItem>
              ))}
          </TextField>
        );
      })}
    </Stack>
  );
};
