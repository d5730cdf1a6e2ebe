import { Tooltip } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ReportCell } from '../../data/domain/report-queries';
import { useFormat } from '../../ui';
import { showCell, withheldReason, type Measure } from './cells';

/** One figure of a report cell; a withheld one ("<5", 已隐藏) says why on hover. */
export const Figure = ({ cell, m }: { cell: ReportCell | undefined; m: Measure }) => {
  const translate = useTranslate();
  const f = useFormat();
  const [locale] = useLocaleState();
  const text = showCell(cell, m, f, locale);
  const reason = cell ? withheldReason(cell, m) : null;
  if (!reason) return <>{text}</>;
  return (
    <Tooltip title={translate(`linli.dashboard.withheld.${reason}`)}>
      <span data-testid={`withheld-${reason}`} style={{ cursor: 'help', borderBottom: '1px dotted' }}>
        {text}
      </span>
    </Tooltip>
  );
};
