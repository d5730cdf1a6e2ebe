import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { defineResource, f } from '../../common/resource';
import { Attendance } from './attendance.entity';
import { AttendanceStatus } from './attendance.enums';
import { attendanceRules } from './attendance.rules';

export const attendanceResource = defineResource({
  name: 'Attendance',
  entity: Attendance,
  single: 'attendance',
  plural: 'attendanceRecords',
  title: ['enrollment.beneficiary.name', 'session.date', 'session.serviceClass.name'],
  label: ['考勤', 'Attendance'],
  // Lists of people are not for analysts (aggregates only).
  listRoles: PEOPLE_VIEWERS,
  search: ['note'],
  defaultOrder: { createdAt: 'DESC' },
  // The same rules as recordAttendance / checkIn / checkOut (attendance.rules.ts).
  validate: attendanceRules,
  fields: {
    sessionId: f.ref('ClassSession', 'session', '课次', 'Session', { required: true, filter: true }),
    enrollmentId: f.ref('Enrollment', 'enrollment', '报名', 'Enrollment', {
      required: true,
      filter: true,
      description: 'One attendance record per session and enrollment',
    }),
    status: f.enum(AttendanceStatus, 'AttendanceStatus', '考勤状态', 'Status', {
      required: true,
      filter: true,
      sort: true,
    }),
    checkInAt: f.datetime('签到时间', 'Checked in at', { filter: true, sort: true }),
    checkOutAt: f.datetime('签退时间', 'Checked out at', {
      filter: true,
      sort: true,
      description: 'Not before check-in',
    }),
    leftEarly: f.boolean('早退', 'Left early', {
      readOnly: true,
      filter: true,
      description: 'Checked out more than 15 minutes before the session ends',
    }),
    pickedUpById: f.ref('Beneficiary', 'pickedUpBy', '接送人', 'Picked up by', {
      filter: true,
      description: 'A registered guardian of the person with mayPickUp; required at check-out for a child under 14',
    }),
    recordedById: f.ref('User', 'recordedBy', '记录人', 'Recorded by', { readOnly: true, filter: true }),
    note: f.string('备注', 'Note', { maxLength: 500 }),
  },
});
