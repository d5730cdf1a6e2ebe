"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ormOptions = ormOptions;
const postgresql_1 = require("@mikro-orm/postgresql");
const migrations_1 = require("@mikro-orm/migrations");
const node_path_1 = __importDefault(require("node:path"));
const scope_rules_1 = require("../common/scope/scope-rules");
const entities_1 = require("../modules/entities");
const migrations_2 = require("./migrations");
/** Migrations are kept as TypeScript in src/db/migrations and run compiled from dist/db/migrations. */
const migrationsTs = node_path_1.default.resolve(__dirname, '..', '..', 'src', 'db', 'migrations');
const migrationsJs = node_path_1.default.resolve(__dirname, '..', '..', 'dist', 'db', 'migrations');
function ormOptions(clientUrl, overrides = {}) {
    return (0, postgresql_1.defineConfig)({
        clientUrl,
        entities: overrides.migrationsOnly ? [] : entities_1.entities,
        discovery: {
            disableDynamicFileAccess: true,
            warnWhenNoEntities: !overrides.migrationsOnly,
            // Every foreign key gets an index (PostgreSQL does not make one): joins, relation loaders and
            // the "still referenced?" check before a soft delete all filter on them.
            onMetadata: (meta) => {
                for (const prop of meta.props) {
                    if (prop.kind === postgresql_1.ReferenceKind.MANY_TO_ONE && prop.index === undefined)
                        prop.index = true;
                }
            },
        },
        // Soft delete: every read path (find, count, populate, loaders) hides deleted rows.
        filters: {
            notDeleted: { name: 'notDeleted', cond: { deletedAt: null }, default: true },
            // Who may see which rows (common/scope/scope-rules.ts). It takes arguments, so a query on an
            // EntityManager where none were set throws: scoping fails closed.
            scope: {
                name: 'scope',
                cond: (args, _type, em, _options, entityName) => (0, scope_rules_1.scopeCondition)(em, entityNameOf(entityName), args),
                default: true,
                args: true,
            },
        },
        // Cross-scope references are normal here (a child registered in another community): never drop a
        // row because its parent is filtered out; relation fields resolve to null instead.
        autoJoinRefsForFilters: false,
        forceUtcTimezone: true,
        // The report summaries (report_*) are kept by SQL functions and triggers, not by entities.
        schemaGenerator: { skipTables: [/^report_/] },
        preferTs: overrides.preferTs ?? false,
        allowGlobalContext: false,
        pool: { min: 0, max: overrides.poolMax ?? 10 },
        extensions: [migrations_1.Migrator],
        migrations: {
            path: migrationsJs,
            pathTs: migrationsTs,
            glob: '!(*.d).{js,ts}',
            // Run from a static list (migrations/index.ts), not by scanning a folder: see migrations-index.ts.
            migrationsList: migrations_2.migrationsList,
            transactional: true,
            allOrNothing: true,
            // No snapshot: new migrations are diffed against a real database migrated to the latest one.
            snapshot: false,
            emit: 'ts',
            fileName: (timestamp, name) => `Migration${timestamp}${name ? '_' + name : ''}`,
        },
        debug: overrides.onQuery ? ['query'] : false,
        logger: overrides.onQuery ? (message) => overrides.onQuery?.(message) : () => undefined,
    });
}
const entityNameOf = (name) => typeof name === 'string' ? name : (name?.name ?? '');
//# sourceMappingURL=mikro-orm.config.js.map