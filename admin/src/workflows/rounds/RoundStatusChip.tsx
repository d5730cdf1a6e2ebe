import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLOR: Record<string, 'success' | 'warning' | 'info' | 'default'> = {
  OPEN: 'info',
  DRAWN: 'warning',
  CONFIRMED: 'success',
};

/** 报名中 / 已摇号（公示中） / 已确认 / 已取消, by the API's labels. */
export const RoundStatusChip = ({ status }: { status?: string | null }) => {
  const translate = useTranslate();
  if (!status) return <>—</>;
  return (
    <Chip
      size="small"
      data-testid="round-status"
      color={COLOR[status] ?? 'default'}
      label={translate(`enums.RoundStatus.${status}`)}
    />
  );
};
