"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_ACCOUNTS = exports.DEMO_PASSWORD = void 0;
exports.buildUsers = buildUsers;
const account_enums_1 = require("../../modules/account/account.enums");
const demo_context_1 = require("./demo-context");
const demo_dates_1 = require("./demo-dates");
/** The shared password of every demo account (printed at start-up next to the accounts). */
exports.DEMO_PASSWORD = 'linli-demo-2025';
/** One account per role and level, each scoped where the design puts it (§1). */
const ACCOUNTS = [
    {
        username: 'admin',
        role: account_enums_1.UserRole.PLATFORM_ADMIN,
        displayName: '平台管理员',
        description: '平台管理员（账号、角色、组织树）',
    },
    {
        username: 'kunming-admin',
        role: account_enums_1.UserRole.ORG_ADMIN,
        displayName: '昆明市总工会管理员',
        description: '昆明市总工会 管理员',
        org: 'kunming',
    },
    {
        username: 'xishan-staff',
        role: account_enums_1.UserRole.ORG_STAFF,
        displayName: '西山区总工会工作人员',
        description: '西山区总工会 工作人员',
        org: 'xishan',
    },
    {
        username: 'fuhai-staff',
        role: account_enums_1.UserRole.ORG_STAFF,
        displayName: '福海街道总工会工作人员',
        description: '福海街道总工会 工作人员',
        org: 'fuhai',
    },
    {
        username: 'jiangyang-fulian',
        role: account_enums_1.UserRole.ORG_STAFF,
        displayName: '江阳区妇联工作人员',
        description: '江阳区妇联 工作人员',
        org: 'jiangyang-fl',
    },
    {
        username: 'xiaocao',
        role: account_enums_1.UserRole.PARTNER,
        displayName: '小草社工',
        description: '兰州小草爱心社会工作服务中心 社工',
        group: 'xiaocao',
    },
    // No organization: aggregates across the whole platform, never personal data.
    { username: 'analyst', role: account_enums_1.UserRole.ANALYST, displayName: '数据分析员', description: '数据分析（全平台汇总）' },
];
exports.DEMO_ACCOUNTS = ACCOUNTS.map((a) => ({
    username: a.username,
    role: a.role,
    description: a.description,
    password: exports.DEMO_PASSWORD,
}));
function buildUsers(ctx, passwordHashes) {
    const at = (0, demo_dates_1.chinaTime)('2023-01-03', '09:00');
    for (const a of ACCOUNTS) {
        ctx.rows.user.push({
            id: ctx.register('user', a.username, ctx.id()),
            username: a.username,
            passwordHash: passwordHashes.get(a.username) ?? null,
            displayName: a.displayName,
            role: a.role,
            organization: a.org ? ctx.org(a.org) : null,
            socialGroup: a.group ? ctx.group(a.group) : null,
            active: true,
            ...demo_context_1.DemoContext.stamp(at),
        });
    }
}
//# sourceMappingURL=demo-users.js.map