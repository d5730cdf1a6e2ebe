import { defineEnum, type EnumValue } from '../../common/enums';

export const AttendanceStatus = defineEnum('AttendanceStatus', {
  PRESENT: ['出勤', 'Present'],
  LATE: ['迟到', 'Late'],
  ABSENT: ['缺勤', 'Absent'],
  EXCUSED: ['请假', 'Excused'],
});
export type AttendanceStatus = EnumValue<typeof AttendanceStatus>;
