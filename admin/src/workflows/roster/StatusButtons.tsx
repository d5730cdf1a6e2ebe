import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AttendanceStatus } from '../../data/domain/attendance-actions';

export const STATUSES: AttendanceStatus[] = ['PRESENT', 'LATE', 'ABSENT', 'EXCUSED'];
const COLOR: Record<AttendanceStatus, 'success' | 'warning' | 'error' | 'info'> = {
  PRESENT: 'success',
  LATE: 'warning',
  ABSENT: 'error',
  EXCUSED: 'info',
};

/** 出勤 / 迟到 / 缺勤 / 请假 for one row of the roster. */
export const StatusButtons = ({
  value,
  onChange,
  disabled,
  name,
}: {
  value: AttendanceStatus | null;
  onChange: (s: AttendanceStatus) => void;
  disabled?: boolean;
  name: string;
}) => {
  const translate = useTranslate();
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={value}
      disabled={disabled}
      onChange={(_e, v: AttendanceStatus | null) => v && onChange(v)}
      aria-label={name}
    >
      {STATUSES.map((s) => (
        <ToggleButton key={s} value={s} color={COLOR[s]} sx={{ px: 1.5, py: 0.25 }}>
          {translate(`enums.AttendanceStatus.${s}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};
