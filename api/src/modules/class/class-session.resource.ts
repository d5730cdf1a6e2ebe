import { defineResource, f } from '../../common/define-resource';
import { conflict } from '../../common/errors';
import { ClassSession } from './class-session.entity';

export const classSessionResource = defineResource({
  name: 'ClassSession',
  entity: ClassSession,
  single: 'classSession',
  plural: 'classSessions',
  title: ['date', 'serviceClass.name'],
  label: ['课次', 'Class session'],
  search: ['topic'],
  // Newest first: last week's open roll calls are on the first page.
  defaultOrder: { date: 'DESC', startsAt: 'DESC' },
  // A verified roster is what settlement paid on, and a cancelled session is history: neither is edited
  // (the console hides 编辑 for them; this is the rule).
  validate: async (_tx, rows, _ctx, mode) => {
    if (mode !== 'update') return;
    if (rows.some((r) => r.attendanceVerifiedAt)) throw conflict('已核验的课次不能修改');
    if (rows.some((r) => r.status === 'CANCELLED')) throw conflict('已取消的课次不能修改');
  },
  fields: {
    classId: f.field('班级', 'Class', { filter: true, relation: 'serviceClass' }),
    date: f.field('日期', 'Date', { filter: true, sort: true }),
    startsAt: f.field('开始时间', 'Starts at', { sort: true }),
    endsAt: f.field('结束时间', 'Ends at', { sort: true, description: 'After the start time' }),
    topic: f.field('主题', 'Topic', { filter: true, description: 'e.g. 参观劳模工匠馆' }),
    kind: f.field('形式', 'Kind', { filter: true, sort: true }),
    status: f.field('状态', 'Status', {
      readOnly: true,
      filter: true,
      sort: true,
      description:
        'SCHEDULED when created; HELD set by the database with the first attendance row; CANCELLED by cancelClassSession',
    }),
    attendanceVerifiedAt: f.field('考勤核验时间', 'Attendance verified at', {
      readOnly: true,
      filter: true,
      sort: true,
      description: 'Set by verifySessionAttendance; settlement counts verified sessions only',
    }),
    attendanceVerifiedById: f.field('核验人', 'Verified by', { readOnly: true, filter: true }),
    cancelReason: f.field('取消原因', 'Cancel reason', { readOnly: true, description: 'Set by cancelClassSession' }),
    cancelledAt: f.field('取消时间', 'Cancelled at', { readOnly: true, filter: true, sort: true }),
  },
  toMany: {
    attendanceRecords: { label: ['考勤', 'Attendance records'] },
  },
});
