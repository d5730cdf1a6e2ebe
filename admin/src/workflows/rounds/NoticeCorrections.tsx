import { Box, Divider, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../ui';
import { CorrectionMoves, type NoticeCorrection } from './CorrectionMoves';
import { Hex } from './DrawResult';

/**
 * The notice's corrections, oldest first, as the public page publishes them: when, each change by
 * application number, how long the list before it was, the hashes before and after (so that anyone can
 * check each step with verify-draw), and whose outcome moved while results are shown.
 */
export const NoticeCorrections = ({ corrections }: { corrections: NoticeCorrection[] }) => {
  const translate = useTranslate();
  const f = useFormat();
  const t = (k: string, o?: object) => translate(`linli.correction.${k}`, o);
  if (!corrections.length) return null;
  return (
    <Box sx={{ mt: 2 }} data-testid="notice-corrections">
      <Typography variant="subtitle2">{t('notice_title', { count: corrections.length })}</Typography>
      {corrections.map((c, i) => (
        <Box key={c.correctedAt} sx={{ my: 1 }} data-testid="notice-correction">
          {i > 0 && <Divider sx={{ mb: 1 }} />}
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('notice_at', { at: f.datetime(c.correctedAt) })} · {t('previous_list', { count: c.previousList.length })}
          </Typography>
          <List dense disablePadding>
            {c.changes.map((ch) => (
              <ListItem key={ch.number} disableGutters>
                <ListItemText
                  primary={
                    ch.action === 'RETIER'
                      ? t('change_tier', { number: ch.number, from: ch.fromTier, to: ch.toTier })
                      : t('change', { number: ch.number, action: t(`actions.${ch.action}`) })
                  }
                />
              </ListItem>
            ))}
          </List>
          <Typography variant="caption" color="text.secondary">
            {t('hashes_before')}
          </Typography>
          <Hex label={translate('linli.round.list_hash')} value={c.previousListHash} />
          <Hex label={translate('linli.round.result_hash')} value={c.previousResultHash} />
          <Typography variant="caption" color="text.secondary">
            {t('hashes_after')}
          </Typography>
          <Hex label={translate('linli.round.list_hash')} value={c.listHash} />
          <Hex label={translate('linli.round.result_hash')} value={c.resultHash} />
          {c.moves.length > 0 && <CorrectionMoves moves={c.moves} />}
        </Box>
      ))}
    </Box>
  );
};
