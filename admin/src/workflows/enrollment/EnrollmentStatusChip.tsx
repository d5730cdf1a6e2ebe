import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLOR: Record<string, 'success' | 'warning' | 'default' | 'info'> = {
  ENROLLED: 'success',
  WAITLISTED: 'warning',
  COMPLETED: 'info',
};

/** 已报名 / 候补第 2 位 / 已退出 … */
export const EnrollmentStatusChip = ({ status, position }: { status: string; position?: number | null }) => {
  const translate = useTranslate();
  const label =
    status === 'WAITLISTED' && position
      ? translate('linli.enroll.waitlist_position', { position })
      : translate(`enums.EnrollmentStatus.${status}`);
  return (
    <Chip
      size="small"
      color={COLOR[status] ?? 'default'}
      variant={COLOR[status] ? 'filled' : 'outlined'}
      label={label}
    />
  );
};
