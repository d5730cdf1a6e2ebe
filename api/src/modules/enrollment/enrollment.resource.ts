import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { defineResource, f } from '../../common/define-resource';
import { Enrollment } from './enrollment.entity';
import { enrollmentRules } from './enrollment.rules';
import { afterEnrollmentRemoved } from './class-capacity.rules';

export const enrollmentResource = defineResource({
  name: 'Enrollment',
  entity: Enrollment,
  single: 'enrollment',
  plural: 'enrollments',
  title: ['beneficiary.name', 'serviceClass.name'],
  label: ['报名', 'Enrollment'],
  // Lists of people are not for analysts (aggregates only).
  listRoles: PEOPLE_VIEWERS,
  defaultOrder: { createdAt: 'DESC' },
  // `enroll` (enrollment.service.ts) is the only way in: it checks the class, age, consent, duplicates
  // and capacity under a lock and prices the place. Update (days, applicant) and delete stay generic.
  operations: { create: false },
  validate: enrollmentRules,
  afterRemove: afterEnrollmentRemoved,
  fields: {
    classId: f.field('班级', 'Class', { createOnly: true, filter: true, relation: 'serviceClass' }),
    beneficiaryId: f.field('服务对象', 'Beneficiary', {
      createOnly: true,
      filter: true,
      description: 'One live (enrolled or waitlisted) enrollment per class and person',
    }),
    applicantId: f.field('申请人', 'Applicant', { filter: true, description: 'e.g. the parent of a child' }),
    status: f.field('状态', 'Status', { readOnly: true, filter: true, sort: true }),
    waitlistPosition: f.field('候补顺位', 'Waiting-list position', { readOnly: true, sort: true }),
    daysBooked: f.field('预约天数', 'Days booked', { sort: true }),
    feeFen: f.money('费用', 'Fee', { readOnly: true, sort: true, description: 'subsidyFen + payableFen' }),
    subsidyFen: f.money('补贴金额', 'Subsidy', { readOnly: true, sort: true }),
    payableFen: f.money('自付金额', 'Payable', { readOnly: true, sort: true }),
    idempotencyKey: f.field('幂等键', 'Idempotency key', {
      createOnly: true,
      showAs: 'internal',
      description: 'A retried request with the same key returns the first enrollment instead of enrolling twice',
    }),
    enrolledAt: f.field('报名时间', 'Enrolled at', { readOnly: true, filter: true, sort: true }),
    withdrawnAt: f.field('退出时间', 'Withdrawn at', { readOnly: true, filter: true, sort: true }),
  },
  toMany: {
    attendanceRecords: { label: ['考勤', 'Attendance records'] },
  },
});
