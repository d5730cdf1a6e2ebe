"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.apiKeyResource = void 0;
const resource_1 = require("../../common/resource");
const api_key_entity_1 = require("./api-key.entity");
/** Read-only here; issuing and revoking keys are account mutations. The key hash is never exposed. */
exports.apiKeyResource = (0, resource_1.defineResource)({
    name: 'ApiKey',
    entity: api_key_entity_1.ApiKey,
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
        name: resource_1.f.string('名称', 'Name', { required: true, readOnly: true, filter: true, sort: true, maxLength: 100 }),
        prefix: resource_1.f.string('密钥前缀', 'Prefix', {
            required: true,
            readOnly: true,
            filter: true,
            maxLength: 12,
            description: 'The non-secret start of the key, to tell keys apart',
        }),
        organizationId: resource_1.f.ref('Organization', 'organization', '所属组织', 'Organization', { readOnly: true, filter: true }),
        socialGroupId: resource_1.f.ref('SocialGroup', 'socialGroup', '所属社会组织', 'Social organization', {
            readOnly: true,
            filter: true,
        }),
        createdById: resource_1.f.ref('User', 'createdBy', '创建人', 'Created by', { readOnly: true, filter: true }),
        expiresAt: resource_1.f.datetime('过期时间', 'Expires at', { readOnly: true, filter: true, sort: true }),
        revokedAt: resource_1.f.datetime('吊销时间', 'Revoked at', { readOnly: true, filter: true, sort: true }),
        lastUsedAt: resource_1.f.datetime('最近使用时间', 'Last used at', { readOnly: true, filter: true, sort: true }),
    },
});
//# sourceMappingURL=api-key.resource.js.map