"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.auditEventResource = void 0;
const resource_1 = require("../../common/resource");
const audit_event_entity_1 = require("./audit-event.entity");
/** Read-only: events are appended by the server. */
exports.auditEventResource = (0, resource_1.defineResource)({
    name: 'AuditEvent',
    entity: audit_event_entity_1.AuditEvent,
    single: 'auditEvent',
    plural: 'auditEvents',
    label: ['审计日志', 'Audit event'],
    listRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN'],
    search: ['actorLabel', 'action', 'entityType'],
    defaultOrder: { occurredAt: 'DESC' },
    operations: { create: false, update: false, delete: false },
    fields: {
        occurredAt: resource_1.f.datetime('发生时间', 'Occurred at', { readOnly: true, filter: true, sort: true }),
        actorId: resource_1.f.ref('User', 'actor', '操作人', 'Actor', { readOnly: true, filter: true }),
        actorLabel: resource_1.f.string('操作人名称', 'Actor label', { readOnly: true, filter: true, maxLength: 100 }),
        action: resource_1.f.string('操作', 'Action', { required: true, readOnly: true, filter: true, sort: true, maxLength: 40 }),
        entityType: resource_1.f.string('对象类型', 'Entity type', {
            required: true,
            readOnly: true,
            filter: true,
            sort: true,
            maxLength: 60,
        }),
        entityId: resource_1.f.string('对象编号', 'Entity id', { readOnly: true, filter: true, maxLength: 64 }),
        // The DSL has no string-list or JSON kind: both are shown as text.
        changedFields: resource_1.f.string('变更字段', 'Changed fields', {
            readOnly: true,
            description: 'Comma-separated names of the fields changed',
            output: (e) => e.changedFields.join(','),
        }),
        requestId: resource_1.f.string('请求编号', 'Request id', { readOnly: true, filter: true, maxLength: 64 }),
        detail: resource_1.f.text('详情', 'Detail', {
            readOnly: true,
            description: 'JSON text; never holds personal values, but a reveal reason is free text: not for analysts',
            personal: true,
            output: (e) => (e.detail == null ? null : JSON.stringify(e.detail)),
        }),
    },
});
//# sourceMappingURL=audit-event.resource.js.map