import { Checkbox, ListItemText, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProjectClass } from '../../data/domain/round-actions';

const freeOf = (c: ProjectClass) => Math.max(c.capacity - (c.enrolledCount ?? 0), 0);

/**
 * 一起摇号的其他班级: the project's other open classes, each with its free places; those ticked are drawn in
 * the same round (labelled B, C … in the order ticked: the notice names them so). A class already in a round
 * not yet confirmed, or without a free place, is shown and not offered, with the reason.
 */
export const MoreClassesField = ({
  candidates,
  value,
  onChange,
  error,
}: {
  candidates: ProjectClass[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) => {
  const translate = useTranslate();
  const name = new Map(candidates.map((c) => [c.id, c.name]));
  return (
    <TextField
      select
      fullWidth
      margin="dense"
      name="moreClassIds"
      label={translate('linli.round_classes.more')}
      value={value}
      disabled={!candidates.length}
      error={Boolean(error)}
      helperText={
        error ?? translate(candidates.length ? 'linli.round_classes.more_help' : 'linli.round_classes.none_more')
      }
      slotProps={{
        select: {
          multiple: true,
          renderValue: (ids) => (ids as string[]).map((id) => name.get(id) ?? id).join('、'),
        },
      }}
      onChange={(e) => {
        const picked = e.target.value as unknown as string[] | string;
        const ids = typeof picked === 'string' ? picked.split(',') : picked;
        // Kept in the order ticked: a class unticked leaves, a new one goes last.
        onChange([...value.filter((id) => ids.includes(id)), ...ids.filter((id) => !value.includes(id))]);
      }}
    >
      {candidates.map((c) => (
        <MenuItem key={c.id} value={c.id}>
          <Checkbox size="small" checked={value.includes(c.id)} />
          <ListItemText primary={c.name} secondary={translate('linli.round_classes.free', { free: freeOf(c) })} />
        </MenuItem>
      ))}
    </TextField>
  );
};
