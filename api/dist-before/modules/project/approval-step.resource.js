"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.approvalStepResource = void 0;
const resource_1 = require("../../common/resource");
const approval_step_entity_1 = require("./approval-step.entity");
const project_enums_1 = require("./project.enums");
/** Read-only: the approval workflow writes the steps. */
exports.approvalStepResource = (0, resource_1.defineResource)({
    name: 'ApprovalStep',
    entity: approval_step_entity_1.ApprovalStep,
    single: 'approvalStep',
    plural: 'approvalSteps',
    label: ['审批环节', 'Approval step'],
    search: ['comment'],
    defaultOrder: { dueOn: 'ASC' },
    operations: { create: false, update: false, delete: false },
    fields: {
        projectId: resource_1.f.ref('ServiceProject', 'project', '服务项目', 'Project', {
            required: true,
            readOnly: true,
            filter: true,
        }),
        approverOrganizationId: resource_1.f.ref('Organization', 'approverOrganization', '审批单位', 'Approver organization', {
            required: true,
            readOnly: true,
            filter: true,
        }),
        decision: resource_1.f.enum(project_enums_1.ApprovalDecision, 'ApprovalDecision', '审批结果', 'Decision', {
            readOnly: true,
            filter: true,
            sort: true,
        }),
        decidedById: resource_1.f.ref('User', 'decidedBy', '审批人', 'Decided by', { readOnly: true, filter: true }),
        decidedAt: resource_1.f.datetime('审批时间', 'Decided at', { readOnly: true, filter: true, sort: true }),
        dueOn: resource_1.f.date('办理期限', 'Due on', { required: true, readOnly: true, filter: true, sort: true }),
        comment: resource_1.f.text('审批意见', 'Comment', { readOnly: true }),
    },
});
//# sourceMappingURL=approval-step.resource.js.map