"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_path_1 = __importDefault(require("node:path"));
const pii_1 = require("../common/crypto/pii");
const logger_1 = require("../common/logger");
const config_1 = require("../config");
const database_1 = require("./database");
const embedded_postgres_1 = require("./embedded-postgres");
const pii_key_1 = require("./pii-key");
const demo_1 = require("./seeders/demo");
/**
 * `npm run seed`: loads the demo data into the configured database (DATABASE_URL, or the embedded
 * PostgreSQL under the data directory, exactly as `npm start` finds it) when it has no organization yet.
 * Migrates first. Exit code 0 when seeded or when there was data already, 1 on any error.
 */
const out = (line = '') => process.stdout.write(`${line}\n`);
async function run(config) {
    const logger = (0, logger_1.createLogger)(config.logLevel);
    let embedded;
    let orm;
    try {
        let url = config.databaseUrl;
        if (!url) {
            out(`linli seed: starting embedded PostgreSQL (data in ${node_path_1.default.join(config.dataDir, 'pg')})`);
            embedded = await (0, embedded_postgres_1.startEmbeddedPostgres)({ dataDir: node_path_1.default.join(config.dataDir, 'pg') });
            if (embedded.attachedTo)
                out((0, embedded_postgres_1.attachedNote)(embedded.attachedTo));
            url = embedded.urlFor('linli');
        }
        await (0, database_1.ensureDatabase)(url);
        orm = await (0, database_1.initOrm)(url, { poolMax: config.dbPoolMax });
        const applied = await (0, database_1.migrate)(orm);
        if (applied.length)
            out(`linli seed: ${applied.length} migration(s) applied`);
        // The same key as the server's, or the encrypted ID numbers would be unreadable to it.
        const pii = new pii_1.PiiCipher(config.piiKey ?? (0, pii_key_1.loadOrCreateDevKey)(config.dataDir));
        const started = Date.now();
        const counts = await (0, demo_1.loadDemoIfEmpty)(orm, pii, logger);
        if (!counts) {
            out('linli seed: the database already has organizations; demo data not loaded (nothing changed)');
            return 0;
        }
        out(`linli seed: demo data loaded in ${Date.now() - started} ms`);
        for (const [table, n] of Object.entries(counts))
            out(`  ${table.padEnd(16)} ${n}`);
        out();
        out('  Demo accounts:');
        for (const a of demo_1.DEMO_ACCOUNTS)
            out(`    ${a.username.padEnd(18)} ${a.role.padEnd(14)} ${a.description}`);
        out(`  Password: ${demo_1.DEMO_ACCOUNTS[0]?.password ?? ''}`);
        return 0;
    }
    catch (e) {
        logger.fatal({ err: e instanceof Error ? { message: e.message, stack: e.stack } : String(e) }, 'seeding failed');
        return 1;
    }
    finally {
        await orm?.close(true).catch(() => undefined);
        await embedded?.stop().catch(() => undefined);
    }
}
async function main() {
    let config;
    try {
        config = (0, config_1.loadConfig)();
    }
    catch (e) {
        if (e instanceof config_1.ConfigError) {
            process.stderr.write(`linli seed: configuration error: ${e.message}\n`);
            process.exit(1);
        }
        throw e;
    }
    process.exit(await run(config));
}
void main();
//# sourceMappingURL=seed-cli.js.map