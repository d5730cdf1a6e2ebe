import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, IconButton, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumValues } from '../../generated/meta';
import type { BeneficiaryCategory } from '../../generated-api/operations';
import { RecordPicker } from '../../ui';
import { emptyTier, MAX_TIERS, type TierDraft } from './round-form';

interface Org {
  id: string;
  name?: string | null;
}

/**
 * The priority tiers of a round being opened, in order: each a name, the categories it takes (职工,
 * 困难职工 … with their Chinese labels; none: any) and the organization the applicant's 工会关系 must lie
 * in (none: anywhere). Errors arrive keyed as the API names them (tierRules.0.label), on the row's input.
 */
export const TierRows = ({
  tiers,
  onChange,
  errors,
}: {
  tiers: TierDraft[];
  onChange: (tiers: TierDraft[]) => void;
  errors: Record<string, string>;
}) => {
  const translate = useTranslate();
  const set = (i: number, patch: Partial<TierDraft>) =>
    onChange(tiers.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  const categories = (enumValues.BeneficiaryCategory ?? []) as BeneficiaryCategory[];
  const label = (c: string) => translate(`enums.BeneficiaryCategory.${c}`);
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle2">{translate('linli.round.tiers')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('linli.round.tiers_help', { max: MAX_TIERS })}
      </Typography>
      {tiers.map((t, i) => {
        const err = (field: string) => errors[`tierRules.${i}.${field}`];
        return (
          <Box key={i} data-testid="tier-row" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, mb: 1 }}>
            <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {translate('linli.round.tier_n', { n: i + 1 })}
              </Typography>
              <Tooltip title={translate('linli.round.remove_tier')}>
                <IconButton
                  size="small"
                  aria-label={translate('linli.round.remove_tier')}
                  onClick={() => onChange(tiers.filter((_, j) => j !== i))}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </Stack>
            <TextField
              fullWidth
              margin="dense"
              size="small"
              name={`tierRules.${i}.label`}
              label={translate('linli.round.tier_label')}
              placeholder={translate('linli.round.tier_label_placeholder')}
              value={t.label}
              onChange={(e) => set(i, { label: e.target.value })}
              error={Boolean(err('label'))}
              helperText={err('label')}
              slotProps={{ htmlInput: { maxLength: 40 } }}
            />
            <TextField
              select
              fullWidth
              margin="dense"
              size="small"
              name={`tierRules.${i}.categories`}
              label={translate('linli.round.tier_categories')}
              value={t.categories}
              onChange={(e) => {
                const v = e.target.value as unknown as string[] | string;
                set(i, { categories: (typeof v === 'string' ? v.split(',') : v) as BeneficiaryCategory[] });
              }}
              error={Boolean(err('categories'))}
              helperText={err('categories')}
              slotProps={{
                select: { multiple: true, renderValue: (v) => (v as string[]).map(label).join('、') },
              }}
            >
              {categories.map((c) => (
                <MenuItem key={c} value={c}>
                  {label(c)}
                </MenuItem>
              ))}
            </TextField>
            <RecordPicker<Org>
              resource="Organization"
              name={`tierRules.${i}.unionWithinId`}
              label={translate('linli.round.tier_union')}
              value={t.union}
              onChange={(o) => set(i, { union: o })}
              helperText={err('unionWithinId') ?? translate('linli.round.tier_union_help')}
            />
          </Box>
        );
      })}
      {errors.tierRules && (
        <Typography variant="body2" color="error">
          {errors.tierRules}
        </Typography>
      )}
      <Button
        size="small"
        startIcon={<AddIcon />}
        disabled={tiers.length >= MAX_TIERS}
        onClick={() => onChange([...tiers, emptyTier()])}
      >
        {translate('linli.round.add_tier')}
      </Button>
    </Box>
  );
};
