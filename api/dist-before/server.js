"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createServer = createServer;
exports.listen = listen;
const server_1 = require("@apollo/server");
const disabled_1 = require("@apollo/server/plugin/disabled");
const drainHttpServer_1 = require("@apollo/server/plugin/drainHttpServer");
const express_1 = __importDefault(require("express"));
const node_http_1 = __importDefault(require("node:http"));
const database_1 = require("./db/database");
const format_error_1 = require("./graphql/format-error");
const http_endpoint_1 = require("./graphql/http-endpoint");
const request_plugin_1 = require("./graphql/request-plugin");
const request_context_1 = require("./graphql/request-context");
const schema_1 = require("./graphql/schema");
const console_1 = require("./console");
const export_1 = require("./common/export");
const settlement_export_1 = require("./modules/settlement/settlement.export");
const report_export_1 = require("./modules/report/report.export");
/** The HTTP server and GraphQL endpoint; shared by main.ts and the tests. */
async function createServer(deps) {
    const { orm } = deps;
    const app = (0, express_1.default)();
    app.disable('x-powered-by');
    let graphql = null;
    // /graphql goes straight to Apollo (graphql/http-endpoint.ts); everything else to express.
    const httpServer = node_http_1.default.createServer((req, res) => {
        if (graphql && (0, http_endpoint_1.isGraphqlRequest)(req))
            graphql(req, res);
        else
            app(req, res);
    });
    const apollo = new server_1.ApolloServer({
        schema: (0, schema_1.buildLinliSchema)(),
        formatError: format_error_1.formatError,
        includeStacktraceInErrorResponses: false,
        // main.ts owns shutdown: HTTP server, then connections, then PostgreSQL, in that order.
        stopOnTerminationSignals: false,
        introspection: true,
        parseOptions: { maxTokens: 20000 },
        // No cache hints anywhere in the schema, so Apollo's default cache-control plugin only cost a hook on
        // every resolved field (~300 per dashboard report) to conclude `no-store`; requestPlugin sends that header.
        plugins: [
            (0, drainHttpServer_1.ApolloServerPluginDrainHttpServer)({ httpServer }),
            (0, disabled_1.ApolloServerPluginCacheControlDisabled)(),
            request_plugin_1.requestPlugin,
        ],
    });
    await apollo.start();
    app.get('/healthz', (_req, res) => {
        res.json({ status: 'ok' });
    });
    app.get('/readyz', async (_req, res) => {
        try {
            await orm.em.fork().execute('select 1');
            const pending = await (0, database_1.pendingMigrations)(orm);
            if (pending > 0) {
                res.status(503).json({ status: 'migrations pending', pending });
                return;
            }
            res.json({ status: 'ready' });
        }
        catch {
            res.status(503).json({ status: 'database unreachable' });
        }
    });
    (0, console_1.mountConsole)(app, deps.consoleDir);
    // Exports (台账): authenticated GET routes with the same request context as GraphQL (common/export).
    app.get('/exports/report.xlsx', (0, report_export_1.reportExportRoute)(deps));
    app.get('/exports/settlement.xlsx', (0, export_1.xlsxExportRoute)(deps, settlement_export_1.settlementExport));
    graphql = (0, http_endpoint_1.graphqlEndpoint)(apollo, (req) => (0, request_context_1.createRequestContext)(deps, req));
    return {
        app,
        httpServer,
        apollo,
        async stop() {
            await apollo.stop();
            if (httpServer.listening)
                await new Promise((resolve) => httpServer.close(() => resolve()));
        },
    };
}
async function listen(server, config) {
    await new Promise((resolve, reject) => {
        server.httpServer.once('error', reject);
        server.httpServer.listen(config.port, config.host, () => resolve());
    });
    const address = server.httpServer.address();
    return typeof address === 'object' && address ? address.port : config.port;
}
//# sourceMappingURL=server.js.map