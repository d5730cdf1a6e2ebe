import { defineEnum, type EnumValue } from '../../common/enums';

export const EnrollmentStatus = defineEnum('EnrollmentStatus', {
  ENROLLED: ['已报名', 'Enrolled'],
  WAITLISTED: ['候补', 'Waitlisted'],
  WITHDRAWN: ['已退出', 'Withdrawn'],
  COMPLETED: ['已结业', 'Completed'],
  REJECTED: ['未通过', 'Rejected'],
});
export type EnrollmentStatus = EnumValue<typeof EnrollmentStatus>;
