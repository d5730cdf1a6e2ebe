import { defineResource, f } from '../../common/define-resource';
import { ApiKey } from './api-key.entity';

/** Read-only here; issuing and revoking keys are account mutations. The key hash is never exposed. */
export const apiKeyResource = defineResource({
  name: 'ApiKey',
  entity: ApiKey,
  single: 'apiKey',
  plural: 'apiKeys',
  label: ['接口密钥', 'API key'],
  listRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN'],
  search: ['name', 'prefix'],
  defaultOrder: { createdAt: 'DESC' },
  operations: { create: false, update: false, delete: false },
  // Keys are made by admins only (createApiKey): a key must never see more than its maker.
  writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN'],
  fields: {
    name: f.field('名称', 'Name', { readOnly: true, filter: true, sort: true }),
    prefix: f.field('密钥前缀', 'Prefix', {
      readOnly: true,
      filter: true,
      description: 'The non-secret start of the key, to tell keys apart',
    }),
    organizationId: f.field('所属组织', 'Organization', { readOnly: true, filter: true }),
    socialGroupId: f.field('所属社会组织', 'Social organization', { readOnly: true, filter: true }),
    createdById: f.field('创建人', 'Created by', { readOnly: true, filter: true }),
    expiresAt: f.field('过期时间', 'Expires at', { readOnly: true, filter: true, sort: true }),
    revokedAt: f.field('吊销时间', 'Revoked at', { readOnly: true, filter: true, sort: true }),
    lastUsedAt: f.field('最近使用时间', 'Last used at', { readOnly: true, filter: true, sort: true }),
  },
});
