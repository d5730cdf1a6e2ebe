import { defineResource, f } from '../../common/define-resource';
import './audit-actions';
import { AuditEvent } from './audit-event.entity';

/** Read-only: events are appended by the server. */
export const auditEventResource = defineResource({
  name: 'AuditEvent',
  entity: AuditEvent,
  single: 'auditEvent',
  plural: 'auditEvents',
  label: ['审计日志', 'Audit event'],
  listRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN'],
  search: ['actorLabel', 'action', 'entityType'],
  defaultOrder: { occurredAt: 'DESC' },
  operations: { create: false, update: false, delete: false },
  fields: {
    occurredAt: f.field('发生时间', 'Occurred at', { readOnly: true, filter: true, sort: true }),
    actorId: f.field('操作人', 'Actor', { readOnly: true, filter: true }),
    // The account name (an API key's too); lists show the user by name instead.
    actorLabel: f.field('操作人账号', 'Actor label', { readOnly: true, filter: true, showAs: 'detail' }),
    action: f.field('操作', 'Action', { readOnly: true, filter: true, sort: true, enumName: 'AuditAction' }),
    entityType: f.field('对象类型', 'Entity type', {
      readOnly: true,
      filter: true,
      sort: true,
      showAs: 'resourceName',
    }),
    entityId: f.field('对象', 'Entity id', { readOnly: true, filter: true, showAs: 'recordLink' }),
    // The DSL has no string-list or JSON kind: both are shown as text.
    changedFields: f.field('变更字段', 'Changed fields', {
      kind: 'string',
      readOnly: true,
      description: 'Comma-separated names of the fields changed',
      showAs: 'fieldNames',
      reads: ['changedFields'],
      output: (e: AuditEvent) => e.changedFields.join(','),
    }),
    requestId: f.field('请求编号', 'Request id', { readOnly: true, filter: true, showAs: 'internal' }),
    detail: f.field('详情', 'Detail', {
      kind: 'text',
      readOnly: true,
      description: 'JSON text; never holds personal values, but a reveal reason is free text: not for analysts',
      personal: true,
      reads: ['detail'],
      output: (e: AuditEvent) => (e.detail == null ? null : JSON.stringify(e.detail)),
    }),
  },
});
