import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EnrollmentAttendance } from '../../data/domain/class-actions';
import { useFormat } from '../../ui';

/** An enrolment's attendance: attended of counted sessions, the rate, flagged under the threshold (70%). */
export const AttendanceRate = ({ summary }: { summary: EnrollmentAttendance }) => {
  const translate = useTranslate();
  const f = useFormat();
  if (!summary.counted) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
      <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {translate('linli.enrol.attended', { attended: summary.attended, counted: summary.counted })}
        {summary.rateBp != null && ` · ${f.percent(summary.rateBp)}`}
      </Typography>
      {summary.belowThreshold && <Chip size="small" color="error" label={translate('linli.enrol.below_threshold')} />}
    </Stack>
  );
};
