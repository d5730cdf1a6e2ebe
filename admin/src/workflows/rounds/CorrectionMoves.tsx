import { Alert, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RoundNotice } from '../../data/domain/round-actions';
import { outcomeParts } from './correction';

export type NoticeCorrection = RoundNotice['corrections'][number];

/** An outcome of the notice ("WON 3", "DISQUALIFIED") in words. */
export function useOutcomeText() {
  const translate = useTranslate();
  return (text: string) => {
    const { key, position } = outcomeParts(text);
    return translate(`linli.correction.outcome.${key}`, { position: position ?? '', _: text });
  };
}

/** Whose outcome a correction moved, by the number's last four characters: from → to. */
export const CorrectionMoves = ({ moves }: { moves: NoticeCorrection['moves'] }) => {
  const translate = useTranslate();
  const outcome = useOutcomeText();
  if (!moves.length) return <Alert severity="info">{translate('linli.correction.no_moves')}</Alert>;
  return (
    <List dense disablePadding data-testid="correction-moves">
      {moves.map((m) => (
        <ListItem key={m.numberLast4} disableGutters data-testid="correction-move">
          <ListItemText
            primary={translate('linli.correction.moved', {
              number: m.numberLast4,
              from: outcome(m.from),
              to: outcome(m.to),
            })}
          />
        </ListItem>
      ))}
    </List>
  );
};
