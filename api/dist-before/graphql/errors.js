"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.conflict = exports.notFound = exports.badInput = exports.AppError = void 0;
const graphql_1 = require("graphql");
class AppError extends graphql_1.GraphQLError {
    constructor(code, message, extra = {}) {
        // Thrown while building the request context (bad credentials), the status becomes the HTTP one.
        const http = code === 'UNAUTHENTICATED' ? { http: { status: 401 } } : {};
        super(message, { extensions: { code, ...extra, ...http } });
        this.name = 'AppError';
    }
}
exports.AppError = AppError;
const badInput = (fieldErrors, message = '输入有误') => new AppError('BAD_USER_INPUT', message, { fieldErrors });
exports.badInput = badInput;
/** Used for records that do not exist and for records the caller may not see: the same answer. */
const notFound = (type, id) => new AppError('NOT_FOUND', `${type} ${id} 不存在`, { entity: type, id });
exports.notFound = notFound;
const conflict = (message = '记录已被他人修改，请刷新后重试', extra = {}) => new AppError('CONFLICT', message, extra);
exports.conflict = conflict;
//# sourceMappingURL=errors.js.map