"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordAudit = recordAudit;
const user_entity_1 = require("../account/user.entity");
const audit_event_entity_1 = require("./audit-event.entity");
/**
 * Adds one audit event to the transaction's unit of work: it is written with the change it records,
 * or not at all. Names of fields only, never values; `detail` carries non-personal context.
 */
function recordAudit(tx, ctx, event) {
    const p = ctx.principal;
    tx.create(audit_event_entity_1.AuditEvent, {
        actor: p?.userId ? tx.getReference(user_entity_1.User, p.userId) : null,
        actorLabel: p?.label ?? null,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        changedFields: event.fields,
        requestId: ctx.requestId,
        detail: event.detail ?? null,
    });
}
//# sourceMappingURL=audit.service.js.map