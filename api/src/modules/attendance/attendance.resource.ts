import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { defineResource, f } from '../../common/define-resource';
import { Attendance } from './attendance.entity';
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
    sessionId: f.field('课次', 'Session', { filter: true }),
    enrollmentId: f.field('报名', 'Enrollment', {
      filter: true,
      description: 'One attendance record per session and enrollment',
    }),
    status: f.field('考勤状态', 'Status', { filter: true, sort: true }),
    checkInAt: f.field('签到时间', 'Checked in at', { filter: true, sort: true }),
    checkOutAt: f.field('签退时间', 'Checked out at', { filter: true, sort: true, description: 'Not before check-in' }),
    leftEarly: f.field('早退', 'Left early', {
      readOnly: true,
      filter: true,
      description: 'Checked out more than 15 minutes before the session ends',
    }),
    pickedUpById: f.field('接送人', 'Picked up by', {
      filter: true,
      description: 'A registered guardian of the person with mayPickUp; required at check-out for a child under 14',
    }),
    recordedById: f.field('记录人', 'Recorded by', { readOnly: true, filter: true }),
    note: f.field('备注', 'Note'),
  },
});
