import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestScope } from '../context';

/** The writes the generic CRUD service makes, each one audited. */
export type CrudAuditAction = 'create' | 'update' | 'delete' | 'restore';

/** Writes one audit event in the write's own transaction (modules/audit/audit.service.ts recordAudit). */
export type AuditSink = (
  tx: EntityManager,
  ctx: Pick<RequestScope, 'principal' | 'requestId'>,
  event: { action: CrudAuditAction; entityType: string; entityId: string; fields: string[] },
) => void;

let sink: AuditSink | null = null;

/**
 * The audit trail is a module built on the CRUD machinery, so the machinery cannot import it: the
 * composition root (graphql/schema.ts) registers it here before any write can run.
 */
export function setCrudAuditSink(s: AuditSink): void {
  sink = s;
}

export function crudAuditSink(): AuditSink {
  // No silent gap in the trail: a write with nowhere to record itself fails instead.
  if (!sink) throw new Error('no audit sink registered (graphql/schema.ts registers recordAudit)');
  return sink;
}
