import { defineResource, f } from '../../common/define-resource';
import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { Application } from './application.entity';

/** Applications to a round: made and withdrawn by domain actions, drawn by the round's draw. */
export const applicationResource = defineResource({
  name: 'Application',
  entity: Application,
  single: 'application',
  plural: 'applications',
  title: ['beneficiary.name', 'number'],
  label: ['报名申请', 'Application'],
  listRoles: PEOPLE_VIEWERS,
  defaultOrder: { number: 'ASC' },
  operations: { create: false, update: false, delete: false },
  fields: {
    roundId: f.field('报名轮次', 'Round', { filter: true }),
    beneficiaryId: f.field('服务对象', 'Beneficiary', { readOnly: true, filter: true }),
    applicantId: f.field('申请人', 'Applicant', { readOnly: true, filter: true }),
    number: f.field('申请编号', 'Number', { readOnly: true, filter: true, sort: true }),
    tier: f.field('优先级', 'Tier', { readOnly: true, filter: true, sort: true, description: '1 is drawn first' }),
    siblingGroup: f.field('同组（兄弟姐妹）', 'Sibling group', { readOnly: true, filter: true }),
    daysBooked: f.field('预约天数', 'Days booked', { readOnly: true }),
    status: f.field('状态', 'Status', { readOnly: true, filter: true, sort: true }),
    drawPosition: f.field('摇号顺位', 'Draw position', { readOnly: true, sort: true }),
    enrollmentId: f.field('报名记录', 'Enrollment', { readOnly: true }),
    withdrawnAt: f.field('撤回时间', 'Withdrawn at', { readOnly: true, sort: true }),
  },
});
