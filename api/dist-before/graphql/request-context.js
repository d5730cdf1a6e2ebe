"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createRequestContext = createRequestContext;
const node_crypto_1 = require("node:crypto");
const loaders_1 = require("../common/crud/loaders");
const access_1 = require("../common/scope/access");
const scope_params_1 = require("../common/scope/scope-params");
const database_1 = require("../db/database");
const header = (v) => (Array.isArray(v) ? v[0] : v);
/**
 * The one way a request becomes a Context: request id (the client's `X-Request-Id` or a new one), the
 * principal from `Authorization: Bearer` or `X-Api-Key` (throws UNAUTHENTICATED for bad credentials), and an
 * EntityManager fork carrying the caller's scope. GraphQL and the export routes must never differ here.
 */
async function createRequestContext(deps, req) {
    const { orm, logger, pii, auth } = deps;
    const requestId = header(req.headers['x-request-id'])?.slice(0, 64) || (0, node_crypto_1.randomUUID)();
    const systemEm = () => (0, database_1.systemFork)(orm);
    // One fork per request: a signed-in user is looked up with one raw statement on the request's own fork
    // before its scope is set (raw SQL loads no entities into it); API keys are loaded on a system fork.
    const em = orm.em.fork();
    const principal = await auth.principal({ sql: em, system: systemEm }, header(req.headers.authorization), header(req.headers['x-api-key']));
    (0, database_1.scopeFork)(em, (0, scope_params_1.scopeOf)(principal));
    return {
        em,
        loaders: new loaders_1.Loaders(em, (field) => (0, access_1.canReadField)({ principal }, field)),
        requestId,
        logger: logger.child({ requestId }),
        pii,
        principal,
        auth,
        systemEm,
    };
}
//# sourceMappingURL=request-context.js.map