"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.userResource = void 0;
const resource_1 = require("../../common/resource");
const account_enums_1 = require("./account.enums");
const user_entity_1 = require("./user.entity");
const user_rules_1 = require("./user.rules");
exports.userResource = (0, resource_1.defineResource)({
    name: 'User',
    entity: user_entity_1.User,
    single: 'user',
    plural: 'users',
    label: ['用户', 'User'],
    listRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN'],
    writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN'],
    search: ['username', 'displayName'],
    defaultOrder: { username: 'ASC' },
    validate: user_rules_1.userRules,
    fields: {
        username: resource_1.f.string('用户名', 'Username', { required: true, filter: true, sort: true, maxLength: 50 }),
        displayName: resource_1.f.string('姓名', 'Display name', { required: true, filter: true, sort: true, maxLength: 100 }),
        role: resource_1.f.enum(account_enums_1.UserRole, 'UserRole', '角色', 'Role', {
            required: true,
            filter: true,
            sort: true,
            description: 'Partner users need socialGroupId; organization admins and staff need organizationId',
        }),
        organizationId: resource_1.f.ref('Organization', 'organization', '所属组织', 'Organization', { filter: true }),
        socialGroupId: resource_1.f.ref('SocialGroup', 'socialGroup', '所属社会组织', 'Social organization', { filter: true }),
        active: resource_1.f.boolean('启用', 'Active', { filter: true }),
        lastLoginAt: resource_1.f.datetime('最近登录时间', 'Last login at', { readOnly: true, filter: true, sort: true }),
    },
});
//# sourceMappingURL=user.resource.js.map