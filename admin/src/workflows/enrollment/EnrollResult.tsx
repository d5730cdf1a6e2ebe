import { Alert, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ClassEnrollment, ClassOverview } from '../../data/domain/class-actions';
import { StatTile, TileGrid, useFormat } from '../../ui';

/** What an enrollment came to: enrolled or waitlisted (at which position), the fee split in 元, the class's places. */
export const EnrollResult = ({ result, cls }: { result: ClassEnrollment; cls: ClassOverview | null | undefined }) => {
  const translate = useTranslate();
  const f = useFormat();
  const name = result.beneficiary?.name ?? '';
  const waitlisted = result.status === 'WAITLISTED';
  return (
    <Stack spacing={1.5} data-testid="enroll-result">
      <Alert severity={waitlisted ? 'warning' : 'success'}>
        {waitlisted
          ? translate('linli.enroll.result_waitlisted', { name, position: result.waitlistPosition ?? '' })
          : translate('linli.enroll.result_enrolled', { name })}
      </Alert>
      <TileGrid min={140}>
        <StatTile label={translate('resources.Enrollment.fields.feeFen')} value={f.money(result.feeFen ?? 0)} />
        <StatTile label={translate('resources.Enrollment.fields.subsidyFen')} value={f.money(result.subsidyFen ?? 0)} />
        <StatTile label={translate('resources.Enrollment.fields.payableFen')} value={f.money(result.payableFen ?? 0)} />
      </TileGrid>
      {cls && (
        <Typography variant="body2" color="text.secondary" data-testid="enroll-places">
          {translate('linli.enroll.places', {
            enrolled: cls.enrolledCount ?? 0,
            capacity: cls.capacity,
            waitlisted: cls.waitlisted,
          })}
        </Typography>
      )}
    </Stack>
  );
};
