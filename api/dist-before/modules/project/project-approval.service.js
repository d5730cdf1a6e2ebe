"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mayDecide = mayDecide;
exports.decideProject = decideProject;
exports.pendingApprovals = pendingApprovals;
exports.pendingApprovalsCount = pendingApprovalsCount;
const paging_1 = require("../../common/crud/paging");
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const user_entity_1 = require("../account/user.entity");
const audit_service_1 = require("../audit/audit.service");
const approval_step_entity_1 = require("./approval-step.entity");
const project_enums_1 = require("./project.enums");
const project_lifecycle_service_1 = require("./project-lifecycle.service");
const project_status_rules_1 = require("./project-status.rules");
const service_project_entity_1 = require("./service-project.entity");
/**
 * The approver's decision (审批) on a submitted project, and the approver's queue.
 *
 * Who decides a step: a signed-in person (not an API key: a decision is someone's responsibility)
 * who is ORG_ADMIN or ORG_STAFF of exactly the step's approver organization, or a PLATFORM_ADMIN.
 * Everyone else who can see the project gets FORBIDDEN; who cannot see it, NOT_FOUND (the scope
 * filter finds nothing). The approver organization is the sponsor's parent, so the sponsor's own
 * staff never approve their own project, except at the top of the tree where the sponsor approves.
 *
 * Two deciders at once: both lock the project row; the second reads it after the first committed,
 * finds it no longer SUBMITTED and gets CONFLICT. Exactly one decision is recorded.
 */
const NOT_APPROVER = '只有审批单位（主办单位的上级组织）的工作人员或平台管理员可以审批该项目';
/** Which pending steps the caller may decide, as a condition; null when none. */
function decidable(p) {
    if (!p || p.kind !== 'user' || !p.userId)
        return null;
    if (p.role === 'PLATFORM_ADMIN')
        return { decision: project_enums_1.ApprovalDecision.PENDING };
    if ((p.role === 'ORG_ADMIN' || p.role === 'ORG_STAFF') && p.organizationId) {
        return { decision: project_enums_1.ApprovalDecision.PENDING, approverOrganization: p.organizationId };
    }
    return null;
}
function mayDecide(p, step) {
    const rule = decidable(p);
    return rule !== null && (!rule.approverOrganization || rule.approverOrganization === step.approverOrganization.id);
}
async function decideProject(ctx, id, decision, comment) {
    if (!ctx.principal)
        throw (0, access_1.unauthenticated)();
    const approve = decision === project_enums_1.ApprovalDecision.APPROVED;
    const text = (0, project_lifecycle_service_1.cleanComment)(comment, !approve, '驳回时须填写审批意见');
    if (!decidable(ctx.principal)) {
        // Decides nothing (a partner, an analyst, an API key): no row lock for them, only the answer.
        if (!(0, paging_1.isUuid)(id) || !(await ctx.em.findOne(service_project_entity_1.ServiceProject, { id })))
            throw (0, errors_1.notFound)('ServiceProject', id);
        throw (0, access_1.forbidden)(NOT_APPROVER);
    }
    return ctx.em.transactional(async (tx) => {
        const project = await (0, project_lifecycle_service_1.lockProject)(tx, id);
        const to = approve ? project_enums_1.ProjectStatus.APPROVED : project_enums_1.ProjectStatus.REJECTED;
        (0, project_status_rules_1.assertMove)(project.status, to);
        const step = await tx.findOne(approval_step_entity_1.ApprovalStep, { project: project.id, decision: project_enums_1.ApprovalDecision.PENDING }, { filters: { scope: false }, refresh: true });
        // Every SUBMITTED project has its pending step (submitServiceProject writes both at once).
        if (!step)
            throw (0, errors_1.conflict)('该项目没有待审批的环节');
        if (!mayDecide(ctx.principal, step))
            throw (0, access_1.forbidden)(NOT_APPROVER);
        const from = project.status;
        project.status = to;
        step.decision = decision;
        step.decidedBy = tx.getReference(user_entity_1.User, ctx.principal.userId);
        step.decidedAt = new Date();
        step.comment = text;
        (0, project_lifecycle_service_1.auditStatus)(tx, ctx, project, approve ? 'approve' : 'reject', from);
        (0, audit_service_1.recordAudit)(tx, ctx, {
            action: 'decide',
            entityType: 'ApprovalStep',
            entityId: step.id,
            fields: ['decision', 'decidedById', 'decidedAt', 'comment'],
            detail: { decision },
        });
        await (0, project_lifecycle_service_1.flushMapped)(tx);
        return project;
    });
}
/** The pending steps the caller may decide, oldest due first (then id): the approver's queue. */
async function pendingApprovals(ctx, skip, take) {
    (0, access_1.assertCanRead)(ctx);
    const { offset, limit } = (0, paging_1.paging)(skip, take);
    const where = decidable(ctx.principal);
    if (!where || limit === 0)
        return [];
    return ctx.em.find(approval_step_entity_1.ApprovalStep, where, { orderBy: { dueOn: 'ASC', id: 'ASC' }, offset, limit });
}
async function pendingApprovalsCount(ctx) {
    (0, access_1.assertCanRead)(ctx);
    const where = decidable(ctx.principal);
    return where ? ctx.em.count(approval_step_entity_1.ApprovalStep, where) : 0;
}
//# sourceMappingURL=project-approval.service.js.map