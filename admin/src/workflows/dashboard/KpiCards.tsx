import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ReportCell } from '../../data/domain/report-queries';
import { StatTile, TileGrid, useFormat } from '../../ui';
import { showCell, type Measure } from './cells';
import { Figure } from './Figure';
import { reportFigures } from '../../generated/report-figures';

/** The headline figures and the row below, as the API declares them (model/figures.ts, generated here). */
const tiles = (row: 'main' | 'more'): Measure[] =>
  reportFigures
    .filter((f) => f.tile?.row === row)
    .sort((a, b) => a.tile!.at - b.tile!.at)
    .map((f) => f.name as Measure);
const MAIN = tiles('main');
const MORE = tiles('more');

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
