import type { CrudContext } from '../../common/crud/crud-service';
import { isUuid, paging } from '../../common/crud/paging';
import { assertCanRead, forbidden, unauthenticated } from '../../common/scope/access';
import type { Principal } from '../../common/principal';
import { conflict, notFound } from '../../common/errors';
import { User } from '../account/user.entity';
import { recordAudit } from '../audit/audit.service';
import { ApprovalStep } from './approval-step.entity';
import { ApprovalDecision, ProjectStatus } from './project.enums';
import { auditStatus, cleanComment, flushMapped, lockProject } from './project-lifecycle.service';
import { assertMove } from './project-status.rules';
import { ServiceProject } from './service-project.entity';

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
type Decidable = { decision: ApprovalDecision; approverOrganization?: string };

/** Which pending steps the caller may decide, as a condition; null when none. */
function decidable(p: Principal | null): Decidable | null {
  if (!p || p.kind !== 'user' || !p.userId) return null;
  if (p.role === 'PLATFORM_ADMIN') return { decision: ApprovalDecision.PENDING };
  if ((p.role === 'ORG_ADMIN' || p.role === 'ORG_STAFF') && p.organizationId) {
    return { decision: ApprovalDecision.PENDING, approverOrganization: p.organizationId };
  }
  return null;
}

export function mayDecide(p: Principal | null, step: ApprovalStep): boolean {
  const rule = decidable(p);
  return rule !== null && (!rule.approverOrganization || rule.approverOrganization === step.approverOrganization.id);
}

export async function decideProject(
  ctx: CrudContext,
  id: string,
  decision: typeof ApprovalDecision.APPROVED | typeof ApprovalDecision.REJECTED,
  comment: string | null | undefined,
) {
  if (!ctx.principal) throw unauthenticated();
  const approve = decision === ApprovalDecision.APPROVED;
  const text = cleanComment(comment, !approve, '驳回时须填写审批意见');
  if (!decidable(ctx.principal)) {
    // Decides nothing (a partner, an analyst, an API key): no row lock for them, only the answer.
    if (!isUuid(id) || !(await ctx.em.findOne(ServiceProject, { id }))) throw notFound('ServiceProject', id);
    throw forbidden(NOT_APPROVER);
  }
  return ctx.em.transactional(async (tx) => {
    const project = await lockProject(tx, id);
    const to = approve ? ProjectStatus.APPROVED : ProjectStatus.REJECTED;
    assertMove(project.status, to);
    const step = await tx.findOne(
      ApprovalStep,
      { project: project.id, decision: ApprovalDecision.PENDING },
      { filters: { scope: false }, refresh: true },
    );
    // Every SUBMITTED project has its pending step (submitServiceProject writes both at once).
    if (!step) throw conflict('该项目没有待审批的环节');
    if (!mayDecide(ctx.principal, step)) throw forbidden(NOT_APPROVER);
    const from = project.status;
    project.status = to;
    step.decision = decision;
    step.decidedBy = tx.getReference(User, ctx.principal!.userId!);
    step.decidedAt = new Date();
    step.comment = text;
    auditStatus(tx, ctx, project, approve ? 'approve' : 'reject', from);
    recordAudit(tx, ctx, {
      action: 'decide',
      entityType: 'ApprovalStep',
      entityId: step.id,
      fields: ['decision', 'decidedById', 'decidedAt', 'comment'],
      detail: { decision },
    });
    await flushMapped(tx);
    return project;
  });
}

/** The pending steps the caller may decide, oldest due first (then id): the approver's queue. */
export async function pendingApprovals(ctx: CrudContext, skip?: number | null, take?: number | null) {
  assertCanRead(ctx);
  const { offset, limit } = paging(skip, take);
  const where = decidable(ctx.principal);
  if (!where) return [];
  return ctx.em.find(ApprovalStep, where, { orderBy: { dueOn: 'ASC', id: 'ASC' }, offset, limit });
}

export async function pendingApprovalsCount(ctx: CrudContext): Promise<number> {
  assertCanRead(ctx);
  const where = decidable(ctx.principal);
  return where ? ctx.em.count(ApprovalStep, where) : 0;
}
