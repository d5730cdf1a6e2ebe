"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PEOPLE_VIEWERS = exports.DEFAULT_LISTERS = exports.forbidden = exports.unauthenticated = exports.DEFAULT_WRITERS = void 0;
exports.assertCanRead = assertCanRead;
exports.assertCanWrite = assertCanWrite;
exports.canReadField = canReadField;
const errors_1 = require("../../graphql/errors");
/** Who may write a resource when its declaration does not say: everyone but analysts. */
exports.DEFAULT_WRITERS = ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF', 'PARTNER'];
const unauthenticated = () => new errors_1.AppError('UNAUTHENTICATED', '请先登录');
exports.unauthenticated = unauthenticated;
const forbidden = (message = '没有权限执行此操作') => new errors_1.AppError('FORBIDDEN', message);
exports.forbidden = forbidden;
/** Reading needs a signed-in caller; which rows they see is the scope filter's business. */
function assertCanRead(ctx) {
    if (!ctx.principal)
        throw (0, exports.unauthenticated)();
}
function assertCanWrite(ctx, spec) {
    if (!ctx.principal)
        throw (0, exports.unauthenticated)();
    const writers = spec.writeRoles ?? exports.DEFAULT_WRITERS;
    if (!writers.includes(ctx.principal.role))
        throw (0, exports.forbidden)();
}
/** Analysts see aggregates only: no personal field, not even to filter or sort on (no oracle). */
function canReadField(ctx, field) {
    return !(field?.personal && ctx.principal?.role === 'ANALYST');
}
/**
 * Roles the console offers a resource's list to when its declaration does not say: everyone but
 * analysts, whose only screen is the dashboard (aggregates through `report`, never rows).
 */
exports.DEFAULT_LISTERS = exports.DEFAULT_WRITERS;
/** Roles the console shows lists of people to: analysts see aggregates only. */
exports.PEOPLE_VIEWERS = exports.DEFAULT_WRITERS;
//# sourceMappingURL=access.js.map