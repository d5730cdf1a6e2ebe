"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_path_1 = __importDefault(require("node:path"));
const pii_1 = require("./common/crypto/pii");
const logger_1 = require("./common/logger");
const config_1 = require("./config");
const database_1 = require("./db/database");
const embedded_postgres_1 = require("./db/embedded-postgres");
const pii_key_1 = require("./db/pii-key");
const auth_service_1 = require("./modules/account/auth.service");
const tokens_1 = require("./modules/account/tokens");
const demo_1 = require("./db/seeders/demo");
const server_1 = require("./server");
function readConfig() {
    try {
        return (0, config_1.loadConfig)();
    }
    catch (e) {
        if (e instanceof config_1.ConfigError) {
            process.stderr.write(`linli: configuration error: ${e.message}\n`);
            process.exit(1);
        }
        throw e;
    }
}
async function main() {
    const config = readConfig();
    const logger = (0, logger_1.createLogger)(config.logLevel);
    let embedded;
    let url = config.databaseUrl;
    if (!url) {
        logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
        embedded = await (0, embedded_postgres_1.startEmbeddedPostgres)({ dataDir: node_path_1.default.join(config.dataDir, 'pg') });
        if (embedded.attachedTo)
            logger.warn({ owner: embedded.attachedTo }, 'using the PostgreSQL of another Linli process');
        url = embedded.urlFor('linli');
    }
    let stopping = false;
    const stopEmbedded = async () => embedded?.stop().catch((e) => logger.error({ err: String(e) }, 'stopping PostgreSQL'));
    try {
        await (0, database_1.ensureDatabase)(url);
        const orm = await (0, database_1.initOrm)(url, { poolMax: config.dbPoolMax });
        const applied = await (0, database_1.migrate)(orm);
        if (applied.length)
            logger.info({ migrations: applied }, 'migrations applied');
        const pii = new pii_1.PiiCipher(config.piiKey ?? (0, pii_key_1.loadOrCreateDevKey)(config.dataDir));
        let seeded = false;
        if (config.seedDemo)
            seeded = await (0, demo_1.seedDemoIfEmpty)(orm, pii, logger);
        const jwtSecret = config.jwtSecret ?? (0, pii_key_1.loadOrCreateDevJwtSecret)(config.dataDir);
        const auth = new auth_service_1.AuthService(new tokens_1.TokenService(jwtSecret, config.accessTokenMinutes), config.refreshTokenDays);
        const server = await (0, server_1.createServer)({ config, orm, logger, pii, auth });
        const port = await (0, server_1.listen)(server, config);
        const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
        printBanner(`http://${host}:${port}`, Boolean(embedded), seeded || config.seedDemo);
        const shutdown = async (signal) => {
            if (stopping)
                return;
            stopping = true;
            logger.info({ signal }, 'shutting down');
            await server.stop().catch((e) => logger.error({ err: String(e) }, 'stopping the HTTP server'));
            logger.info('HTTP server stopped');
            await orm.close(true).catch((e) => logger.error({ err: String(e) }, 'closing database connections'));
            await stopEmbedded();
            if (embedded)
                logger.info('PostgreSQL stopped');
            process.exit(0);
        };
        process.on('SIGINT', () => void shutdown('SIGINT'));
        process.on('SIGTERM', () => void shutdown('SIGTERM'));
    }
    catch (e) {
        logger.fatal({ err: e instanceof Error ? { message: e.message, stack: e.stack } : String(e) }, 'start-up failed');
        await stopEmbedded();
        process.exit(1);
    }
}
function printBanner(base, embedded, demo) {
    const lines = [
        '',
        `  Linli (邻里) is running`,
        `  GraphQL   ${base}/graphql`,
        `  Health    ${base}/healthz   Ready ${base}/readyz`,
        `  Database  ${embedded ? 'embedded PostgreSQL (data in .data/pg)' : 'DATABASE_URL'}`,
    ];
    if (demo) {
        lines.push('', '  Demo accounts (password for all: see below)');
        for (const a of demo_1.DEMO_ACCOUNTS)
            lines.push(`    ${a.username.padEnd(18)} ${a.role.padEnd(14)} ${a.description}`);
        lines.push(`  Password: ${demo_1.DEMO_ACCOUNTS[0]?.password ?? ''}`);
    }
    lines.push('', '  Ctrl-C stops the server and the database cleanly.', '');
    process.stdout.write(lines.join('\n') + '\n');
}
void main();
//# sourceMappingURL=main.js.map