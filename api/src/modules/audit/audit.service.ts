import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../common/principal';
import { User } from '../account/user.entity';
import type { AuditAction } from './audit-actions';
import { AuditEvent } from './audit-event.entity';

/**
 * Adds one audit event to the transaction's unit of work: it is written with the change it records,
 * or not at all. Names of fields only, never values; `detail` carries non-personal context.
 */
export function recordAudit(
  tx: EntityManager,
  ctx: { principal: Principal | null; requestId: string },
  event: {
    action: AuditAction;
    entityType: string;
    entityId: string;
    fields: string[];
    detail?: Record<string, unknown>;
  },
): void {
  const p = ctx.principal;
  tx.create(AuditEvent, {
    actor: p?.userId ? tx.getReference(User, p.userId) : null,
    actorLabel: p?.label ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changedFields: event.fields,
    requestId: ctx.requestId,
    detail: event.detail ?? null,
  });
}
