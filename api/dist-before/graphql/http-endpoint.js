"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GRAPHQL_PATH = exports.GRAPHQL_BODY_LIMIT = void 0;
exports.graphqlEndpoint = graphqlEndpoint;
exports.isGraphqlRequest = isGraphqlRequest;
const server_1 = require("@apollo/server");
/** The largest request body the endpoint reads (a roster import of a few thousand rows fits). */
exports.GRAPHQL_BODY_LIMIT = 5 * 1024 * 1024;
exports.GRAPHQL_PATH = '/graphql';
class BodyError extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            // Past the limit the rest is read and dropped, so that the client gets the 413 rather than a reset
            // socket; far past it the upload is cut off.
            if (size > 4 * exports.GRAPHQL_BODY_LIMIT)
                req.destroy();
            else if (size <= exports.GRAPHQL_BODY_LIMIT)
                chunks.push(chunk);
        });
        req.on('end', () => {
            if (size > exports.GRAPHQL_BODY_LIMIT)
                reject(new BodyError(413, '请求体过大'));
            else
                resolve(Buffer.concat(chunks).toString('utf8'));
        });
        req.on('error', reject);
    });
}
async function parseBody(req) {
    if (req.method !== 'POST')
        return undefined;
    // Compressed request bodies are not accepted (express.json inflated them; no client of ours sends them).
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity')
        throw new BodyError(415, '不支持压缩的请求体');
    const text = await readBody(req);
    const type = req.headers['content-type'] ?? '';
    if (!type.toLowerCase().includes('json') || text.length === 0)
        return text;
    try {
        return JSON.parse(text);
    }
    catch {
        throw new BodyError(400, '请求体不是有效的 JSON');
    }
}
function sendError(res, status, message) {
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }));
}
/**
 * POST/GET /graphql straight from node:http to Apollo (`executeHTTPGraphQLRequest`, the API Apollo's own
 * integrations are built on), without express: its router, body parser and response helpers were about a
 * fifth of the API's JavaScript time per dashboard request (bench/api-overhead). Everything else (console,
 * exports, health) stays on express. Bodies over GRAPHQL_BODY_LIMIT get 413, malformed JSON 400, compressed
 * bodies 415, all as a GraphQL error body; what Apollo answers (its CSRF check, status codes, headers) is passed
 * through as is.
 */
function graphqlEndpoint(apollo, context) {
    return (req, res) => {
        void (async () => {
            let body;
            try {
                body = await parseBody(req);
            }
            catch (e) {
                if (e instanceof BodyError)
                    sendError(res, e.status, e.message);
                else
                    res.destroy();
                return;
            }
            const headers = new server_1.HeaderMap();
            for (const [key, value] of Object.entries(req.headers)) {
                if (value !== undefined)
                    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
            }
            const url = req.url ?? '';
            const q = url.indexOf('?');
            const response = await apollo.executeHTTPGraphQLRequest({
                httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: q < 0 ? '' : url.slice(q), body },
                context: () => context(req),
            });
            for (const [key, value] of response.headers)
                res.setHeader(key, value);
            res.statusCode = response.status ?? 200;
            if (response.body.kind === 'complete') {
                res.end(response.body.string);
                return;
            }
            for await (const chunk of response.body.asyncIterator)
                res.write(chunk);
            res.end();
        })().catch(() => {
            if (!res.headersSent)
                sendError(res, 500, '服务器内部错误');
            else
                res.destroy();
        });
    };
}
/** Whether a request is for the GraphQL endpoint: /graphql or /graphql/, with or without a query string. */
function isGraphqlRequest(req) {
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    return path === exports.GRAPHQL_PATH || path === `${exports.GRAPHQL_PATH}/`;
}
//# sourceMappingURL=http-endpoint.js.map