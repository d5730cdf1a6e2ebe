"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.userRules = userRules;
const access_1 = require("../../common/scope/access");
/**
 * An account never sees more than the admin who makes it: organization admins make organization
 * accounts (admins, staff, analysts) of their subtree only; partner accounts, platform admins and
 * platform-wide analysts are made by platform admins. Nobody changes their own role or disables themselves.
 */
async function userRules(_tx, rows, ctx) {
    const me = ctx.principal;
    for (const row of rows) {
        if (me?.role !== 'PLATFORM_ADMIN') {
            if (row.role === 'PLATFORM_ADMIN')
                throw (0, access_1.forbidden)('只有平台管理员可以设置平台管理员');
            if (!['ORG_ADMIN', 'ORG_STAFF', 'ANALYST'].includes(row.role))
                throw (0, access_1.forbidden)('只有平台管理员可以创建此类账号');
            if (!row.organization || row.socialGroup)
                throw (0, access_1.forbidden)('账号须属于本组织或其下级组织');
        }
        if (row.id === me?.userId && (row.role !== me.role || !row.active))
            throw (0, access_1.forbidden)('不能修改自己的角色或停用自己');
    }
}
//# sourceMappingURL=user.rules.js.map