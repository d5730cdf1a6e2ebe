"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setUserPassword = setUserPassword;
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const audit_service_1 = require("../audit/audit.service");
const password_1 = require("./password");
const refresh_token_entity_1 = require("./refresh-token.entity");
const user_entity_1 = require("./user.entity");
/** Admins set passwords of users in their scope; anyone may set their own. Sessions of the user end. */
async function setUserPassword(em, ctx, userId, password) {
    const me = ctx.principal;
    if (!me)
        throw (0, access_1.unauthenticated)();
    const self = me.kind === 'user' && me.userId === userId;
    if (!self && me.role !== 'PLATFORM_ADMIN' && me.role !== 'ORG_ADMIN')
        throw (0, access_1.forbidden)();
    if (password.length < 10)
        throw (0, errors_1.badInput)({ password: '密码至少10位' });
    return em.transactional(async (tx) => {
        const user = await tx.findOne(user_entity_1.User, { id: userId }, self ? { filters: { scope: false } } : undefined);
        if (!user)
            throw (0, errors_1.notFound)('User', userId);
        if (user.role === 'PLATFORM_ADMIN' && me.role !== 'PLATFORM_ADMIN')
            throw (0, access_1.forbidden)();
        user.passwordHash = await (0, password_1.hashPassword)(password);
        await tx.nativeUpdate(refresh_token_entity_1.RefreshToken, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
        (0, audit_service_1.recordAudit)(tx, ctx, { action: 'set-password', entityType: 'User', entityId: user.id, fields: ['password'] });
        await tx.flush();
        return true;
    });
}
//# sourceMappingURL=user-password.service.js.map