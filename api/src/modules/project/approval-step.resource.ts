import { defineResource, f } from '../../common/resource';
import { ApprovalStep } from './approval-step.entity';
import { ApprovalDecision } from './project.enums';

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
    projectId: f.ref('ServiceProject', 'project', '服务项目', 'Project', {
      required: true,
      readOnly: true,
      filter: true,
    }),
    approverOrganizationId: f.ref('Organization', 'approverOrganization', '审批单位', 'Approver organization', {
      required: true,
      readOnly: true,
      filter: true,
    }),
    decision: f.enum(ApprovalDecision, 'ApprovalDecision', '审批结果', 'Decision', {
      readOnly: true,
      filter: true,
      sort: true,
    }),
    decidedById: f.ref('User', 'decidedBy', '审批人', 'Decided by', { readOnly: true, filter: true }),
    decidedAt: f.datetime('审批时间', 'Decided at', { readOnly: true, filter: true, sort: true }),
    dueOn: f.date('办理期限', 'Due on', { required: true, readOnly: true, filter: true, sort: true }),
    comment: f.text('审批意见', 'Comment', { readOnly: true }),
  },
});
