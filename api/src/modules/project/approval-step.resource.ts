import { defineResource, f } from '../../common/define-resource';
import { ApprovalStep } from './approval-step.entity';

/** Read-only: the approval workflow writes the steps. */
export const approvalStepResource = defineResource({
  name: 'ApprovalStep',
  entity: ApprovalStep,
  single: 'approvalStep',
  plural: 'approvalSteps',
  title: ['project.name', 'approverOrganization.name'],
  label: ['审批环节', 'Approval step'],
  search: ['comment'],
  defaultOrder: { dueOn: 'ASC' },
  operations: { create: false, update: false, delete: false },
  fields: {
    projectId: f.field('服务项目', 'Project', { readOnly: true, filter: true }),
    approverOrganizationId: f.field('审批单位', 'Approver organization', { readOnly: true, filter: true }),
    decision: f.field('审批结果', 'Decision', { readOnly: true, filter: true, sort: true }),
    decidedById: f.field('审批人', 'Decided by', { readOnly: true, filter: true }),
    decidedAt: f.field('审批时间', 'Decided at', { readOnly: true, filter: true, sort: true }),
    dueOn: f.field('办理期限', 'Due on', { readOnly: true, filter: true, sort: true }),
    comment: f.field('审批意见', 'Comment', { readOnly: true }),
  },
});
