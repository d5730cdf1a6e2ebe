"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UserRole = void 0;
const enums_1 = require("../../common/enums");
exports.UserRole = (0, enums_1.defineEnum)('UserRole', {
    PLATFORM_ADMIN: ['平台管理员', 'Platform administrator'],
    ORG_ADMIN: ['组织管理员', 'Organization administrator'],
    ORG_STAFF: ['组织工作人员', 'Organization staff'],
    PARTNER: ['社会组织用户', 'Partner (social organization) user'],
    ANALYST: ['数据分析', 'Analyst'],
});
//# sourceMappingURL=account.enums.js.map