"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.systemFork = systemFork;
exports.scopedFork = scopedFork;
exports.scopeFork = scopeFork;
exports.initOrm = initOrm;
exports.ensureDatabase = ensureDatabase;
exports.migrate = migrate;
exports.pendingMigrations = pendingMigrations;
const postgresql_1 = require("@mikro-orm/postgresql");
const scope_params_1 = require("../common/scope/scope-params");
const pg_1 = require("pg");
const mikro_orm_config_1 = require("./mikro-orm.config");
/** An EntityManager that sees every row: for sign-in, seeding and jobs, never for a caller's request. */
function systemFork(orm) {
    const em = orm.em.fork();
    em.setFilterParams('scope', scope_params_1.SYSTEM_SCOPE);
    return em;
}
/** The EntityManager of one request: it sees what the caller's scope allows. */
function scopedFork(orm, params) {
    return scopeFork(orm.em.fork(), params);
}
/**
 * Gives a fresh fork its caller's scope. Until then any entity query on it throws (no scope parameter:
 * fails closed), which lets a request look its caller up with raw SQL on its own fork first (request-context.ts).
 */
function scopeFork(em, params) {
    em.setFilterParams('scope', params);
    return em;
}
async function initOrm(url, overrides = {}) {
    return postgresql_1.MikroORM.init((0, mikro_orm_config_1.ormOptions)(url, overrides));
}
/** Creates the database named in `url` if the server does not have it yet. */
async function ensureDatabase(url) {
    const target = new URL(url);
    const name = decodeURIComponent(target.pathname.slice(1));
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const client = new pg_1.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
        const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (!rowCount)
            await client.query(`create database "${name.replace(/"/g, '""')}"`);
    }
    finally {
        await client.end();
    }
}
async function migrate(orm) {
    const done = await orm.getMigrator().up();
    return done.map((m) => m.name);
}
async function pendingMigrations(orm) {
    return (await orm.getMigrator().getPendingMigrations()).length;
}
//# sourceMappingURL=database.js.map