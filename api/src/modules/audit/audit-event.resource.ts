import { defineResource, f } from '../../common/resource';
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
    occurredAt: f.datetime('发生时间', 'Occurred at', { readOnly: true, filter: true, sort: true }),
    actorId: f.ref('User', 'actor', '操作人', 'Actor', { readOnly: true, filter: true }),
    // The account name (an API key's too); lists show the user by name instead.
    actorLabel: f.string('操作人账号', 'Actor label', {
      readOnly: true,
      filter: true,
      maxLength: 100,
      showAs: 'detail',
    }),
    action: f.string('操作', 'Action', {
      required: true,
      readOnly: true,
      filter: true,
      sort: true,
      maxLength: 40,
      enumName: 'AuditAction',
    }),
    entityType: f.string('对象类型', 'Entity type', {
      required: true,
      readOnly: true,
      filter: true,
      sort: true,
      maxLength: 60,
      showAs: 'resourceName',
    }),
    entityId: f.string('对象', 'Entity id', { readOnly: true, filter: true, maxLength: 64, showAs: 'recordLink' }),
    // The DSL has no string-list or JSON kind: both are shown as text.
    changedFields: f.string('变更字段', 'Changed fields', {
      readOnly: true,
      description: 'Comma-separated names of the fields changed',
      showAs: 'fieldNames',
      reads: ['changedFields'],
      output: (e: AuditEvent) => e.changedFields.join(','),
    }),
    requestId: f.string('请求编号', 'Request id', { readOnly: true, filter: true, maxLength: 64, showAs: 'internal' }),
    detail: f.text('详情', 'Detail', {
      readOnly: true,
      description: 'JSON text; never holds personal values, but a reveal reason is free text: not for analysts',
      personal: true,
      reads: ['detail'],
      output: (e: AuditEvent) => (e.detail == null ? null : JSON.stringify(e.detail)),
    }),
  },
});
