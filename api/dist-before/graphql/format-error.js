"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toFieldErrors = toFieldErrors;
exports.formatError = formatError;
exports.loggableError = loggableError;
const errors_1 = require("@apollo/server/errors");
const core_1 = require("@mikro-orm/core");
const type_graphql_1 = require("type-graphql");
/** class-validator errors → `{ field: message }`; nested paths joined with dots (`rows.0.status`). */
function toFieldErrors(errors, prefix = '') {
    const out = {};
    for (const e of errors) {
        const key = prefix + e.property;
        const messages = Object.values(e.constraints ?? {});
        if (messages.length)
            out[key] = messages[0];
        if (e.children?.length)
            Object.assign(out, toFieldErrors(e.children, key + '.'));
    }
    return out;
}
const PASS_THROUGH = new Set([
    'BAD_USER_INPUT',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'CONFLICT',
    'CLASS_FULL',
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_REQUEST',
    'PERSISTED_QUERY_NOT_FOUND',
    'PERSISTED_QUERY_NOT_SUPPORTED',
    'OPERATION_RESOLUTION_FAILURE',
]);
/**
 * The one place where errors become what a client sees. Known codes pass through; database and ORM
 * errors get their code; anything else is logged with the request id and reaches the client as
 * INTERNAL_SERVER_ERROR with no stack, SQL or personal data.
 */
function formatError(formatted, error) {
    const original = (0, errors_1.unwrapResolverError)(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof type_graphql_1.ArgumentValidationError) {
        return {
            ...base,
            message: '输入有误',
            extensions: { code: 'BAD_USER_INPUT', fieldErrors: toFieldErrors(original.extensions.validationErrors) },
        };
    }
    if (original instanceof core_1.OptimisticLockError) {
        return { ...base, message: '记录已被他人修改，请刷新后重试', extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof core_1.NotFoundError) {
        return { ...base, message: '记录不存在', extensions: { code: 'NOT_FOUND' } };
    }
    if (original instanceof core_1.UniqueConstraintViolationException) {
        return { ...base, message: '与已有记录重复', extensions: { code: 'CONFLICT', constraint: constraintOf(original) } };
    }
    if (original instanceof core_1.CheckConstraintViolationException ||
        original instanceof core_1.ForeignKeyConstraintViolationException ||
        original instanceof core_1.NotNullConstraintViolationException) {
        return {
            ...base,
            message: '数据不符合规则',
            extensions: { code: 'BAD_USER_INPUT', constraint: constraintOf(original), fieldErrors: {} },
        };
    }
    const code = formatted.extensions?.code;
    const coercion = code === 'BAD_USER_INPUT' && !formatted.extensions?.fieldErrors && coercionField(formatted.message);
    if (coercion) {
        // A variable the schema could not accept (31 Feb, an unknown enum value): name the field.
        return { ...base, extensions: { code, fieldErrors: { [coercion]: '格式不正确' } } };
    }
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
        const { exception: _e, stacktrace: _s, ...extensions } = formatted.extensions ?? {};
        return { ...base, extensions };
    }
    // Logged with the request id by the request plugin (request-plugin.ts), never sent.
    return { ...base, message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
/** What may be logged of an error: a driver error's message can hold the SQL and its values. */
function loggableError(e) {
    const err = e;
    if (err && typeof err === 'object' && 'sqlState' in err) {
        return { type: err.name, code: err.code, constraint: err.constraint, table: err.table };
    }
    return { type: err?.name, message: err?.message, stack: err?.stack };
}
/** `Variable "$data" got invalid value … at "data.birthDate"` → `birthDate` (`0.birthDate` in lists). */
function coercionField(message) {
    const at = /got invalid value .* at "([^"]+)"/.exec(message)?.[1];
    if (at)
        return (at
            .replace(/\[(\d+)\]/g, '.$1')
            .split('.')
            .slice(1)
            .join('.') || at);
    const whole = /^Variable "\$(\w+)" got invalid value/.exec(message)?.[1];
    return whole;
}
function constraintOf(e) {
    return e.constraint;
}
//# sourceMappingURL=format-error.js.map