import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EnrollmentAttendance } from '../../data/domain/class-actions';
import { useFormat } from '../../ui';

/**
 * An enrollment's attendance: attended of the sessions the rate counts (excused ones left out, and said so),
 * the rate with its rule on hover, flagged under the threshold (70%).
 */
export const AttendanceRate = ({ summary }: { summary: EnrollmentAttendance }) => {
  const translate = useTranslate();
  const f = useFormat();
  if (!summary.counted) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
      <Tooltip
        title={translate('linli.enroll.rate_rule', {
          attended: summary.attended,
          total: summary.counted,
          excused: summary.excused,
        })}
      >
        <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid="attendance-rate">
          {translate('linli.enroll.attended', {
            attended: summary.attended,
            counted: summary.counted - summary.excused,
          })}
          {summary.rateBp != null && ` · ${f.percent(summary.rateBp)}`}
          {summary.excused > 0 && translate('linli.enroll.excused_left_out', { excused: summary.excused })}
        </Typography>
      </Tooltip>
      {summary.belowThreshold && <Chip size="small" color="error" label={translate('linli.enroll.below_threshold')} />}
    </Stack>
  );
};
