"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.errorBody = errorBody;
exports.authedGetRoute = authedGetRoute;
exports.xlsxExportRoute = xlsxExportRoute;
exports.oneParam = oneParam;
exports.listParam = listParam;
const core_1 = require("@mikro-orm/core");
const node_crypto_1 = require("node:crypto");
const graphql_1 = require("graphql");
const errors_1 = require("../../graphql/errors");
const format_error_1 = require("../../graphql/format-error");
const request_context_1 = require("../../graphql/request-context");
const access_1 = require("../scope/access");
const content_disposition_1 = require("./content-disposition");
const ledger_writer_1 = require("./ledger-writer");
const STATUS = {
    BAD_USER_INPUT: 400,
    UNAUTHENTICATED: 401,
    FORBIDDEN: 403,
    NOT_FOUND: 404,
    CONFLICT: 409,
    CLASS_FULL: 409,
};
/** An error as the JSON body of a non-GraphQL route: the same codes and messages the GraphQL API gives. */
function errorBody(e, requestId) {
    if (e instanceof core_1.NotFoundError)
        return { status: 404, body: { code: 'NOT_FOUND', message: '记录不存在', fieldErrors: {} } };
    const code = e instanceof graphql_1.GraphQLError ? e.extensions?.code : undefined;
    if (e instanceof errors_1.AppError || (typeof code === 'string' && code in STATUS)) {
        const err = e;
        const fieldErrors = err.extensions?.fieldErrors ?? {};
        return { status: STATUS[String(err.extensions.code)] ?? 500, body: { code, message: err.message, fieldErrors } };
    }
    return {
        status: 500,
        body: { code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误', fieldErrors: {}, requestId },
    };
}
/**
 * An authenticated GET route with the same request context as GraphQL (createRequestContext): principal from
 * `Authorization: Bearer` or `X-Api-Key`, the scoped EntityManager fork, a request id. Errors thrown before the
 * handler starts writing become `{ code, message, fieldErrors }` with the matching HTTP status; unexpected ones
 * are logged with the request id (never parameters: they may hold personal data) and answer 500. One log line
 * per request, like GraphQL's.
 */
function authedGetRoute(deps, name, handler) {
    return async (req, res) => {
        const started = Date.now();
        let requestId = String(req.headers['x-request-id'] ?? '').slice(0, 64) || (0, node_crypto_1.randomUUID)();
        let ctx;
        try {
            ctx = await (0, request_context_1.createRequestContext)(deps, req);
            requestId = ctx.requestId;
            if (!ctx.principal)
                throw (0, access_1.unauthenticated)();
            await handler(ctx, req, res);
        }
        catch (e) {
            const { status, body } = errorBody(e, requestId);
            const log = ctx?.logger ?? deps.logger;
            if (status === 500)
                log.error({ requestId, route: name, err: (0, format_error_1.loggableError)(e) }, 'unexpected error');
            if (!res.headersSent)
                res.status(status).json(body);
            else
                res.destroy(); // a broken file must not look complete: cut the connection
        }
        finally {
            (ctx?.logger ?? deps.logger).info({ requestId, route: name, status: res.statusCode, ms: Date.now() - started }, 'http');
        }
    };
}
/** GET route streaming an .xlsx ledger: parse (and fail with JSON) first, then headers, then rows. */
function xlsxExportRoute(deps, spec) {
    return authedGetRoute(deps, spec.name, async (ctx, req, res) => {
        const params = await spec.parse(req.query, ctx);
        res.status(200);
        res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        res.setHeader('Content-Disposition', (0, content_disposition_1.attachmentHeader)(spec.filename(params, ctx)));
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Request-Id', ctx.requestId);
        const workbook = new ledger_writer_1.LedgerWorkbook(res);
        await spec.write(workbook, params, ctx);
        await workbook.commit();
    });
}
/** One query-string value (the first when repeated), trimmed; undefined when absent or empty. */
function oneParam(query, key) {
    const v = query[key];
    const s = Array.isArray(v) ? v[0] : v;
    return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
}
/** A list parameter: repeated keys or comma-separated values. */
function listParam(query, key) {
    const v = query[key];
    const all = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((s) => typeof s === 'string');
    return all
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean);
}
//# sourceMappingURL=http-route.js.map