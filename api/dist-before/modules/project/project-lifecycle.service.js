"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMMENT_MAX = exports.projectSpec = void 0;
exports.lockProject = lockProject;
exports.cleanComment = cleanComment;
exports.flushMapped = flushMapped;
exports.auditStatus = auditStatus;
exports.submitProject = submitProject;
exports.moveProject = moveProject;
exports.cancelProject = cancelProject;
const postgresql_1 = require("@mikro-orm/postgresql");
const crud_service_1 = require("../../common/crud/crud-service");
const paging_1 = require("../../common/crud/paging");
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const user_entity_1 = require("../account/user.entity");
const audit_service_1 = require("../audit/audit.service");
const organization_entity_1 = require("../organization/organization.entity");
const approval_step_entity_1 = require("./approval-step.entity");
const project_enums_1 = require("./project.enums");
const project_status_rules_1 = require("./project-status.rules");
const service_project_entity_1 = require("./service-project.entity");
const service_project_resource_1 = require("./service-project.resource");
/**
 * The project's domain actions other than the approver's decision (project-approval.service.ts).
 * Each is one transaction that first locks the project row (SELECT … FOR UPDATE, found through the
 * caller's scope, so an unseen project is NOT_FOUND), then checks the move against the lifecycle
 * table (project-status.rules.ts; CONFLICT when illegal), writes, and leaves one audit event per
 * written row. Who may act: the roles that may write projects (staff and platform admins), on a
 * project they can see.
 */
exports.projectSpec = service_project_resource_1.serviceProjectResource;
const crud = new crud_service_1.CrudService(exports.projectSpec);
const NO_SCOPE = { filters: { scope: false } };
exports.COMMENT_MAX = 2000;
/** The project row, locked until the transaction ends; NOT_FOUND when missing or out of scope. */
async function lockProject(tx, id) {
    const project = (0, paging_1.isUuid)(id)
        ? await tx.findOne(service_project_entity_1.ServiceProject, { id }, { lockMode: postgresql_1.LockMode.PESSIMISTIC_WRITE, refresh: true })
        : null;
    if (!project)
        throw (0, errors_1.notFound)('ServiceProject', id);
    return project;
}
/** A trimmed optional comment, at most COMMENT_MAX characters. */
function cleanComment(comment, required, message) {
    const text = (comment ?? '').trim();
    if (required && !text)
        throw (0, errors_1.badInput)({ comment: message }, message);
    if (text.length > exports.COMMENT_MAX)
        throw (0, errors_1.badInput)({ comment: `意见不能超过${exports.COMMENT_MAX}个字` });
    return text || null;
}
/** Flushes and maps constraint violations (a second pending step, the status trigger) to typed errors. */
async function flushMapped(tx) {
    try {
        await tx.flush();
    }
    catch (e) {
        const constraint = e.constraint;
        if (constraint === 'approval_step_project_id_pending_unique')
            throw (0, errors_1.conflict)('该项目已有待审批的环节');
        if (constraint === 'service_project_status_transition')
            throw (0, errors_1.conflict)('项目状态已被他人变更，请刷新后重试');
        throw crud.mapDriverError(e);
    }
}
function auditStatus(tx, ctx, p, action, from) {
    (0, audit_service_1.recordAudit)(tx, ctx, {
        action,
        entityType: 'ServiceProject',
        entityId: p.id,
        fields: ['status'],
        detail: { from, to: p.status },
    });
}
/** The organization that decides: the sponsor's parent, or the sponsor itself at the top of the tree. */
async function approverOf(tx, sponsorId) {
    // Unscoped: the parent of a caller's own top organization lies outside the caller's subtree.
    const sponsor = await tx.findOneOrFail(organization_entity_1.Organization, { id: sponsorId }, NO_SCOPE);
    return sponsor.parent?.id ?? sponsor.id;
}
/** DRAFT → SUBMITTED, with a PENDING approval step for the approver organization, due in a week. */
async function submitProject(ctx, id, expectedVersion) {
    (0, access_1.assertCanWrite)(ctx, exports.projectSpec);
    return ctx.em.transactional(async (tx) => {
        const project = await lockProject(tx, id);
        if (expectedVersion != null && project.version !== expectedVersion)
            throw (0, errors_1.conflict)();
        (0, project_status_rules_1.assertMove)(project.status, project_enums_1.ProjectStatus.SUBMITTED);
        const from = project.status;
        project.status = project_enums_1.ProjectStatus.SUBMITTED;
        const step = tx.create(approval_step_entity_1.ApprovalStep, {
            project,
            approverOrganization: tx.getReference(organization_entity_1.Organization, await approverOf(tx, project.sponsor.id)),
            decision: project_enums_1.ApprovalDecision.PENDING,
            dueOn: (0, project_status_rules_1.addDays)((0, project_status_rules_1.chinaToday)(), project_status_rules_1.APPROVAL_DUE_DAYS),
        });
        auditStatus(tx, ctx, project, 'submit', from);
        (0, audit_service_1.recordAudit)(tx, ctx, {
            action: 'create',
            entityType: 'ApprovalStep',
            entityId: step.id,
            fields: ['projectId', 'approverOrganizationId', 'decision', 'dueOn'],
        });
        await flushMapped(tx);
        return project;
    });
}
/** A move that only changes the status: REJECTED → DRAFT, APPROVED → ACTIVE, ACTIVE → COMPLETED. */
async function moveProject(ctx, id, to, action) {
    (0, access_1.assertCanWrite)(ctx, exports.projectSpec);
    return ctx.em.transactional(async (tx) => {
        const project = await lockProject(tx, id);
        (0, project_status_rules_1.assertMove)(project.status, to);
        const from = project.status;
        project.status = to;
        auditStatus(tx, ctx, project, action, from);
        await flushMapped(tx);
        return project;
    });
}
/**
 * → CANCELLED from any state but COMPLETED and CANCELLED. A pending approval step is closed as
 * WITHDRAWN (by the canceller, now, with the comment), so that it leaves every approver's queue.
 */
async function cancelProject(ctx, id, comment) {
    (0, access_1.assertCanWrite)(ctx, exports.projectSpec);
    const text = cleanComment(comment, false, '');
    return ctx.em.transactional(async (tx) => {
        const project = await lockProject(tx, id);
        (0, project_status_rules_1.assertMove)(project.status, project_enums_1.ProjectStatus.CANCELLED);
        const from = project.status;
        project.status = project_enums_1.ProjectStatus.CANCELLED;
        project.cancelReason = text;
        const pending = await tx.find(approval_step_entity_1.ApprovalStep, { project: project.id, decision: project_enums_1.ApprovalDecision.PENDING }, NO_SCOPE);
        for (const step of pending) {
            step.decision = project_enums_1.ApprovalDecision.WITHDRAWN;
            step.decidedAt = new Date();
            step.decidedBy = ctx.principal?.userId ? tx.getReference(user_entity_1.User, ctx.principal.userId) : null;
            step.comment = text;
            (0, audit_service_1.recordAudit)(tx, ctx, {
                action: 'withdraw',
                entityType: 'ApprovalStep',
                entityId: step.id,
                fields: ['decision', 'decidedById', 'decidedAt', 'comment'],
            });
        }
        (0, audit_service_1.recordAudit)(tx, ctx, {
            action: 'cancel',
            entityType: 'ServiceProject',
            entityId: project.id,
            fields: ['status', 'cancelReason'],
            detail: { from, to: project.status },
        });
        await flushMapped(tx);
        return project;
    });
}
//# sourceMappingURL=project-lifecycle.service.js.map