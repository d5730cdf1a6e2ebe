import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { CrudService, type CrudContext } from '../../common/crud/crud-service';
import { isUuid } from '../../common/crud/paging';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { badInput, conflict, notFound } from '../../common/errors';
import { User } from '../account/user.entity';
import { recordAudit } from '../audit/audit.service';
import { Organization } from '../organization/organization.entity';
import { ApprovalStep } from './approval-step.entity';
import { ApprovalDecision, ProjectStatus } from './project.enums';
import { addDays, APPROVAL_DUE_DAYS, assertMove, chinaToday } from './project-status.rules';
import { ServiceProject } from './service-project.entity';
import { serviceProjectResource } from './service-project.resource';
import type { AuditAction } from '../audit/audit-actions';

/**
 * The project's domain actions other than the approver's decision (project-approval.service.ts).
 * Each is one transaction that first locks the project row (SELECT … FOR UPDATE, found through the
 * caller's scope, so an unseen project is NOT_FOUND), then checks the move against the lifecycle
 * table (project-status.rules.ts; CONFLICT when illegal), writes, and leaves one audit event per
 * written row. Who may act: the roles that may write projects (staff and platform admins), on a
 * project they can see.
 */
export const projectSpec = serviceProjectResource as unknown as ResourceSpec;
const crud = new CrudService(projectSpec);
const NO_SCOPE = { filters: { scope: false } } as const;
export const COMMENT_MAX = 2000;

/** The project row, locked until the transaction ends; NOT_FOUND when missing or out of scope. */
export async function lockProject(tx: EntityManager, id: string): Promise<ServiceProject> {
  const project = isUuid(id)
    ? await tx.findOne(ServiceProject, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (!project) throw notFound('ServiceProject', id);
  return project;
}

/** A trimmed optional comment, at most COMMENT_MAX characters. */
export function cleanComment(comment: string | null | undefined, required: boolean, message: string): string | null {
  const text = (comment ?? '').trim();
  if (required && !text) throw badInput({ comment: message }, message);
  if (text.length > COMMENT_MAX) throw badInput({ comment: `意见不能超过${COMMENT_MAX}个字` });
  return text || null;
}

/** Flushes and maps constraint violations (a second pending step, the status trigger) to typed errors. */
export async function flushMapped(tx: EntityManager): Promise<void> {
  try {
    await tx.flush();
  } catch (e) {
    const constraint = (e as { constraint?: string }).constraint;
    if (constraint === 'approval_step_project_id_pending_unique') throw conflict('该项目已有待审批的环节');
    if (constraint === 'service_project_status_transition') throw conflict('项目状态已被他人变更，请刷新后重试');
    throw crud.mapDriverError(e);
  }
}

export function auditStatus(tx: EntityManager, ctx: CrudContext, p: ServiceProject, action: AuditAction, from: string) {
  recordAudit(tx, ctx, {
    action,
    entityType: 'ServiceProject',
    entityId: p.id,
    fields: ['status'],
    detail: { from, to: p.status },
  });
}

/** The organization that decides: the sponsor's parent, or the sponsor itself at the top of the tree. */
async function approverOf(tx: EntityManager, sponsorId: string): Promise<string> {
  // Unscoped: the parent of a caller's own top organization lies outside the caller's subtree.
  const sponsor = await tx.findOneOrFail(Organization, { id: sponsorId }, NO_SCOPE);
  return sponsor.parent?.id ?? sponsor.id;
}

/** DRAFT → SUBMITTED, with a PENDING approval step for the approver organization, due in a week. */
export async function submitProject(ctx: CrudContext, id: string, expectedVersion?: number | null) {
  assertCanWrite(ctx, projectSpec);
  return ctx.em.transactional(async (tx) => {
    const project = await lockProject(tx, id);
    if (expectedVersion != null && project.version !== expectedVersion) throw conflict();
    assertMove(project.status, ProjectStatus.SUBMITTED);
    const from = project.status;
    project.status = ProjectStatus.SUBMITTED;
    const step = tx.create(ApprovalStep, {
      project,
      approverOrganization: tx.getReference(Organization, await approverOf(tx, project.sponsor.id)),
      decision: ApprovalDecision.PENDING,
      dueOn: addDays(chinaToday(), APPROVAL_DUE_DAYS),
    });
    auditStatus(tx, ctx, project, 'submit', from);
    recordAudit(tx, ctx, {
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
export async function moveProject(ctx: CrudContext, id: string, to: ProjectStatus, action: AuditAction) {
  assertCanWrite(ctx, projectSpec);
  return ctx.em.transactional(async (tx) => {
    const project = await lockProject(tx, id);
    assertMove(project.status, to);
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
export async function cancelProject(ctx: CrudContext, id: string, comment?: string | null) {
  assertCanWrite(ctx, projectSpec);
  const text = cleanComment(comment, false, '');
  return ctx.em.transactional(async (tx) => {
    const project = await lockProject(tx, id);
    assertMove(project.status, ProjectStatus.CANCELLED);
    const from = project.status;
    project.status = ProjectStatus.CANCELLED;
    project.cancelReason = text;
    const pending = await tx.find(ApprovalStep, { project: project.id, decision: ApprovalDecision.PENDING }, NO_SCOPE);
    for (const step of pending) {
      step.decision = ApprovalDecision.WITHDRAWN;
      step.decidedAt = new Date();
      step.decidedBy = ctx.principal?.userId ? tx.getReference(User, ctx.principal.userId) : null;
      step.comment = text;
      recordAudit(tx, ctx, {
        action: 'withdraw',
        entityType: 'ApprovalStep',
        entityId: step.id,
        fields: ['decision', 'decidedById', 'decidedAt', 'comment'],
      });
    }
    recordAudit(tx, ctx, {
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
