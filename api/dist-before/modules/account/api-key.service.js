"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createApiKey = createApiKey;
exports.revokeApiKey = revokeApiKey;
const access_1 = require("../../common/scope/access");
const registry_1 = require("../../common/crud/registry");
const errors_1 = require("../../graphql/errors");
const audit_service_1 = require("../audit/audit.service");
const organization_entity_1 = require("../organization/organization.entity");
const social_group_entity_1 = require("../social-group/social-group.entity");
const api_key_entity_1 = require("./api-key.entity");
const tokens_1 = require("./tokens");
const user_entity_1 = require("./user.entity");
/** Keys look like `lk_<8 characters>_<secret>`; the first part is kept to tell keys apart in lists. */
async function createApiKey(em, ctx, input) {
    (0, access_1.assertCanWrite)(ctx, (0, registry_1.getResource)('ApiKey'));
    if (Boolean(input.organizationId) === Boolean(input.socialGroupId)) {
        throw (0, errors_1.badInput)({ organizationId: '请选择一个组织或一个社会组织（二选一）' });
    }
    if (input.expiresAt && input.expiresAt <= new Date())
        throw (0, errors_1.badInput)({ expiresAt: '到期时间应晚于现在' });
    // A social organization's key sees its projects wherever they are: only platform admins may mint one.
    if (input.socialGroupId && ctx.principal?.role !== 'PLATFORM_ADMIN') {
        throw (0, access_1.forbidden)('只有平台管理员可以为社会组织创建 API 密钥');
    }
    if (!input.name.trim())
        throw (0, errors_1.badInput)({ name: '不能为空' });
    return em.transactional(async (tx) => {
        // Looked up under the caller's scope: a key only for what the caller may see.
        const org = input.organizationId ? await tx.findOne(organization_entity_1.Organization, { id: input.organizationId }) : null;
        const group = input.socialGroupId ? await tx.findOne(social_group_entity_1.SocialGroup, { id: input.socialGroupId }) : null;
        if (input.organizationId && !org)
            throw (0, errors_1.badInput)({ organizationId: '关联记录不存在' });
        if (input.socialGroupId && !group)
            throw (0, errors_1.badInput)({ socialGroupId: '关联记录不存在' });
        const prefix = (0, tokens_1.randomToken)(6).slice(0, 8);
        const secret = `lk_${prefix}_${(0, tokens_1.randomToken)(32)}`;
        const key = tx.create(api_key_entity_1.ApiKey, {
            name: input.name.trim(),
            prefix,
            keyHash: (0, tokens_1.sha256)(secret),
            organization: org,
            socialGroup: group,
            createdBy: ctx.principal?.userId ? tx.getReference(user_entity_1.User, ctx.principal.userId) : null,
            expiresAt: input.expiresAt ?? null,
        });
        audit(tx, ctx, 'create', key.id, ['name', 'organizationId', 'socialGroupId', 'expiresAt']);
        await tx.flush();
        return { key, secret };
    });
}
async function revokeApiKey(em, ctx, id) {
    (0, access_1.assertCanWrite)(ctx, (0, registry_1.getResource)('ApiKey'));
    return em.transactional(async (tx) => {
        const key = await tx.findOne(api_key_entity_1.ApiKey, { id });
        if (!key)
            throw (0, errors_1.notFound)('ApiKey', id);
        key.revokedAt ??= new Date();
        audit(tx, ctx, 'revoke', key.id, ['revokedAt']);
        await tx.flush();
        return key;
    });
}
const audit = (tx, ctx, action, id, fields) => (0, audit_service_1.recordAudit)(tx, ctx, { action, entityType: 'ApiKey', entityId: id, fields });
//# sourceMappingURL=api-key.service.js.map