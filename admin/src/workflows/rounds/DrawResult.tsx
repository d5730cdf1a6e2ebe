import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Round } from '../../data/domain/round-actions';
import { Section, StatTile, TileGrid } from '../../ui';
import { applicationCounts } from './round-rules';
import { useRoundApplications, useRoundNotice } from './round-queries';

/** A hash or seed: long hexadecimal, broken anywhere so that it fits a phone. */
export const Hex = ({ label, value, testId }: { label: string; value?: string | null; testId?: string }) => (
  <Box sx={{ mb: 1 }}>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body2" data-testid={testId} sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
      {value || '—'}
    </Typography>
  </Box>
);

/**
 * 摇号结果: how many won and wait, the places drawn, and what anyone checks the draw with: the seed (revealed
 * now, through the public notice: the round's own record never holds it) and the list and result hashes.
 */
export const DrawResult = ({ round }: { round: Round }) => {
  const translate = useTranslate();
  const { data: apps = [] } = useRoundApplications(round.id);
  const { data: notice } = useRoundNotice(round.id);
  const counts = applicationCounts(apps);
  return (
    <Section title={translate('linli.round.result_title')} testId="draw-result">
      <TileGrid>
        <StatTile label={translate('linli.round.result_won')} value={counts.won} tone="primary" testId="result-won" />
        <StatTile
          label={translate('linli.round.result_waitlisted')}
          value={counts.waitlisted}
          tone="warning"
          testId="result-waitlisted"
        />
        <StatTile label={translate('linli.round.places_drawn')} value={round.placesDrawn ?? '—'} />
      </TileGrid>
      <Box sx={{ mt: 2 }}>
        <Hex label={translate('linli.round.seed')} value={notice?.seed} testId="result-seed" />
        <Hex label={translate('linli.round.seed_hash')} value={round.seedHash} />
        <Hex label={translate('linli.round.list_hash')} value={round.listHash} testId="result-list-hash" />
        <Hex label={translate('linli.round.result_hash')} value={round.resultHash} testId="result-hash" />
      </Box>
    </Section>
  );
};
