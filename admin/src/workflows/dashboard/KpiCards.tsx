import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ReportCell } from '../../data/domain/report-queries';
import { StatTile, TileGrid, useFormat } from '../../ui';
import { showCell, type Measure } from './cells';
import { Figure } from './Figure';

/** The four headline figures, each labelled with what it counts (docs/report-api.md). */
const MAIN: Measure[] = ['peopleServed', 'personTimes', 'sessionsHeld', 'subsidyTotalFen'];
const MORE: Measure[] = [
  'enrollments',
  'attendanceRateBp',
  'fillRateBp',
  'waitlisted',
  'serviceMinutes',
  'feeTotalFen',
  'familyPaidFen',
  'needsOpen',
  'needsFulfilled',
  'averageScore',
];

export const KpiCards = ({ totals }: { totals: ReportCell }) => {
  const translate = useTranslate();
  const f = useFormat();
  const [locale] = useLocaleState();
  const v = (m: Measure) => showCell(totals, m, f, locale);
  const hint = (m: Measure) =>
    m === 'personTimes' && totals.attendancePersonTimes != null
      ? translate('linli.dashboard.hints.personTimesSplit', {
          attendance: v('attendancePersonTimes'),
          records: v('serviceRecordPersonTimes'),
        })
      : translate(`linli.dashboard.hints.${m}`);
  return (
    <>
      <TileGrid min={200}>
        {MAIN.map((m) => (
          <StatTile
            key={m}
            testId={`kpi-${m}`}
            tone="primary"
            label={translate(`linli.dashboard.measures.${m}`)}
            value={<Figure cell={totals} m={m} />}
            hint={hint(m)}
          />
        ))}
      </TileGrid>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 2, mb: 1 }}>
        {translate('linli.dashboard.more')}
      </Typography>
      <TileGrid min={190}>
        {MORE.map((m) => (
          <StatTile
            key={m}
            testId={`kpi-${m}`}
            label={translate(`linli.dashboard.measures.${m}`)}
            value={<Figure cell={totals} m={m} />}
            hint={translate(`linli.dashboard.hints.${m}`)}
          />
        ))}
      </TileGrid>
    </>
  );
};
